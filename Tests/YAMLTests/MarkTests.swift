import Testing
import YAML

@Suite struct MarkTests {
    @Test func scalarMarksAreOneBased() throws {
        let root = try #require(try parse("name: plumbline\nlevel: 3\n"))
        let pairs = try #require(root.mappingPairs)
        #expect(pairs.map(\.key.mark) == [mark(1, 1), mark(2, 1)])
        #expect(pairs.map(\.value.mark) == [mark(1, 7), mark(2, 8)])
    }

    @Test func blockMappingStartsAtItsFirstKey() throws {
        let root = try #require(try parse("# header\n\nrules:\n  first:\n    id: x\n"))
        #expect(root.mark == mark(3, 1))
        #expect(root["rules"]?.mark == mark(4, 3))
        #expect(root["rules"]?["first"]?.mark == mark(5, 5))
    }

    @Test func blockSequenceStartsAtItsFirstDash() throws {
        let root = try #require(try parse("items:\n  - a\n  - k: v\n    j: w\n"))
        let items = try #require(root["items"]?.sequenceItems)
        #expect(root["items"]?.mark == mark(2, 3))
        #expect(items.map(\.mark) == [mark(2, 5), mark(3, 5)])
        #expect(items[1]["j"]?.mark == mark(4, 8))
    }

    @Test func flowCollectionsStartAtTheirBracket() throws {
        let root = try #require(try parse("a: [1, {b: 2}]\n"))
        let sequence = try #require(root["a"])
        #expect(sequence.mark == mark(1, 4))
        #expect(sequence.sequenceItems?.map(\.mark) == [mark(1, 5), mark(1, 8)])
        #expect(sequence.sequenceItems?[1]["b"]?.mark == mark(1, 12))
    }

    @Test func nodePropertiesStartTheNode() throws {
        let root = try #require(try parse("a: &anchor\n  b: 1\nc: !tagged [x]\n"))
        #expect(root["a"]?.mark == mark(1, 4))
        #expect(root["c"]?.mark == mark(3, 4))
    }

    @Test func columnsCountUnicodeScalars() throws {
        let root = try #require(try parse("ünïcode: [é, 🎉, x]\n"))
        let items = try #require(root["ünïcode"]?.sequenceItems)
        #expect(items.map(\.mark) == [mark(1, 11), mark(1, 14), mark(1, 17)])
    }

    @Test func marksOrderByLineThenColumn() {
        #expect(mark(1, 9) < mark(2, 1))
        #expect(mark(2, 1) < mark(2, 2))
        #expect(!(mark(2, 2) < mark(2, 2)))
        #expect([mark(3, 1), mark(1, 5), mark(1, 2)].sorted() == [mark(1, 2), mark(1, 5), mark(3, 1)])
        #expect(mark(12, 7).description == "12:7")
        #expect(Mark.start == mark(1, 1))
    }
}
