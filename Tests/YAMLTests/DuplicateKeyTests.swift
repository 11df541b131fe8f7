import Testing
import YAML

@Suite struct DuplicateKeyTests {
    @Test func aRepeatedKeyIsAnErrorAtTheSecondKey() {
        #expect(parseError("rules:\n  - id: a\n    level: 1\n    id: b\n") == YAMLError(
            file: "test.yaml", mark: mark(4, 5), message: "duplicate key 'id' (first at 2:5)"))
    }

    @Test func quotingDoesNotMakeAKeyDifferent() {
        #expect(parseError("x: 1\n\"x\": 2\n")?.message == "duplicate key 'x' (first at 1:1)")
        #expect(parseError("{a: 1, 'a': 2}")?.mark == mark(1, 8))
    }

    @Test func theSameKeyInDifferentMappingsIsFine() throws {
        let root = try #require(try parse("a: {id: 1}\nb: {id: 2}\nc:\n  - id: 3\n  - id: 4\n"))
        #expect(root["b"]?["id"]?.intValue == 2)
        #expect(root["c"]?.sequenceItems?.compactMap { $0["id"]?.intValue } == [3, 4])
    }

    @Test func longKeysAreAbbreviatedInTheMessage() {
        let key = String(repeating: "k", count: 70)
        let expected = "duplicate key '\(String(repeating: "k", count: 60))…' (first at 1:1)"
        #expect(parseError("\(key): 1\n\(key): 2\n")?.message == expected)
    }

    @Test func collectionKeysAreNotCompared() throws {
        let root = try #require(try parse("? [a]\n: 1\n? [a]\n: 2\n"))
        #expect(root.mappingPairs?.count == 2)
    }
}
