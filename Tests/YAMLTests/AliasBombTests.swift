import Testing
import YAML

@Suite struct AliasBombTests {
    /// Nine levels of nine aliases each: about 4.3e8 nodes if expanded.
    static let billionLaughs: String = {
        var lines = ["a: &a [\(Array(repeating: "\"lol\"", count: 9).joined(separator: ","))]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for level in 1..<names.count {
            let aliases = Array(repeating: "*\(names[level - 1])", count: 9).joined(separator: ",")
            lines.append("\(names[level]): &\(names[level]) [\(aliases)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func billionLaughsStopsAtTheFirstAliasPastTheLimit() {
        // Running totals: a line adds 1 key + its sequence; sizes are 10, 91, 820, 7381, 66430, 597871.
        // After line f the document has 672,610 nodes; line g's key and sequence make 672,612, and its
        // first *f (597,871 more) crosses 1,000,000.
        #expect(parseError(Self.billionLaughs) == YAMLError(
            file: "test.yaml", mark: mark(7, 8),
            message: "alias '*f' expands the document to more than 1000000 nodes (alias bomb?)"))
    }

    @Test func theLimitCountsExpandedNodesExactly() throws {
        let text = "a: &a [1, 2]\nb: [*a, *a]\n"
        // root 1 + a 1 + [1, 2] 3 + b 1 + seq 1 + 2 × 3 = 13 nodes.
        #expect(try parse(text, limits: YAMLLimits(maxNodes: 13))?["b"]?.sequenceItems?.count == 2)
        #expect(parseError(text, limits: YAMLLimits(maxNodes: 12)) == YAMLError(
            file: "test.yaml", mark: mark(2, 9),
            message: "alias '*a' expands the document to more than 12 nodes (alias bomb?)"))
    }

    @Test func plainNodesCountTowardsTheSameLimit() {
        #expect(parseError("[1, 2, 3, 4]", limits: YAMLLimits(maxNodes: 4)) == YAMLError(
            file: "test.yaml", mark: mark(1, 11), message: "document has more than 4 nodes"))
    }
}
