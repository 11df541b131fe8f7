import Testing
import YAML

@Suite struct CollectionAccessorTests {
    @Test func subscriptFindsScalarKeysOfAnyStyle() throws {
        let root = try #require(try parse("plain: 1\n'quoted': 2\n3: three\n"))
        #expect(root["plain"] == plain("1", at: mark(1, 8)))
        #expect(root["quoted"]?.intValue == 2)
        #expect(root["3"]?.scalarValue == "three")
        #expect(root["missing"] == nil)
    }

    @Test func subscriptOnNonMappingsIsNil() throws {
        let root = try #require(try parse("list: [a, b]\ntext: a\n"))
        #expect(root["list"]?["a"] == nil)
        #expect(root["text"]?["a"] == nil)
    }

    @Test func pairsAndItemsKeepSourceOrder() throws {
        let root = try #require(try parse("z: 1\na: 2\nm: [c, b, a]\n"))
        #expect(root.mappingPairs?.compactMap { $0.key.scalarValue } == ["z", "a", "m"])
        #expect(root["m"]?.sequenceItems?.compactMap(\.scalarValue) == ["c", "b", "a"])
        #expect(root.sequenceItems == nil)
        #expect(root["m"]?.mappingPairs == nil)
    }

    @Test func emptyCollections() throws {
        let root = try #require(try parse("a: []\nb: {}\n"))
        #expect(root["a"]?.sequenceItems?.isEmpty == true)
        #expect(root["b"]?.mappingPairs?.isEmpty == true)
        #expect(root["a"]?.isNull == false)
    }
}
