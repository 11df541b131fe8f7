import Testing
import YAML

@Suite struct MergeKeyTests {
    @Test func mergeKeysAreOrdinaryKeys() throws {
        let root = try #require(try parse("base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n"))
        let derived = try #require(root["derived"])
        #expect(derived.mappingPairs?.map { $0.key.scalarValue } == ["<<", "y"])
        #expect(derived["x"] == nil)
        #expect(derived["<<"]?["x"]?.intValue == 1)
    }

    @Test func twoMergeKeysAreDuplicates() {
        #expect(parseError("a: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: *a\n  <<: *b\n") == YAMLError(
            file: "test.yaml", mark: mark(5, 3), message: "duplicate key '<<' (first at 4:3)"))
    }
}
