import Testing
import YAML

@Suite struct AliasTests {
    @Test func aliasesBecomeCopiesOfTheAnchoredNode() throws {
        let root = try #require(try parse("base: &b {x: 1, y: [2]}\nuse: *b\nname: &n plumb\nagain: *n\n"))
        let base = try #require(root["base"])
        #expect(base.mark == mark(1, 7))
        #expect(root["use"] == base)
        #expect(root["use"]?["y"]?.sequenceItems == [plain("2", at: mark(1, 21))])
        #expect(root["again"] == plain("plumb", at: mark(3, 7)))
    }

    @Test func anAliasUsedAsAKeyIsCheckedForDuplicatesAtTheAlias() {
        #expect(parseError("k: &x a\na: 1\n*x : 2\n") == YAMLError(
            file: "test.yaml", mark: mark(3, 1), message: "duplicate key 'a' (first at 2:1)"))
    }

    @Test func anUndefinedAliasIsAnErrorAtTheAlias() {
        #expect(parseError("a: 1\nb: [x, *missing]\n") == YAMLError(
            file: "test.yaml", mark: mark(2, 8), message: "undefined alias '*missing'"))
    }

    @Test func anAliasBeforeItsAnchorIsUndefined() {
        #expect(parseError("a: *later\nb: &later 1\n")?.message == "undefined alias '*later'")
    }

    @Test func anAliasInsideItsOwnAnchoredNodeIsRecursive() {
        // libyaml's event parser accepts this; the builder must catch it.
        #expect(parseError("a: &x [1, *x]\n") == YAMLError(
            file: "test.yaml", mark: mark(1, 11),
            message: "recursive alias '*x': it is inside the node anchored at 1:4"))
        #expect(parseError("&top\nk:\n  - *top\n")?.mark == mark(3, 5))
    }

    @Test func anAnchorDefinedTwiceIsAnError() {
        #expect(parseError("a: &x 1\nb: &x 2\n") == YAMLError(
            file: "test.yaml", mark: mark(2, 4), message: "anchor '&x' is defined twice (first at 1:4)"))
        #expect(parseError("a: &x [&x 1]\n")?.message == "anchor '&x' is defined twice (first at 1:4)")
    }
}
