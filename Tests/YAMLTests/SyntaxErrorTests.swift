import Testing
import YAML

/// libyaml's own problem and context texts, with marks made 1-based.
@Suite struct SyntaxErrorTests {
    @Test func aTabUsedForIndentation() {
        #expect(parseError("a:\n\tb: 1\n")?.description
            == "test.yaml:2:1: found character that cannot start any token (while scanning for the next token at 2:1)")
    }

    @Test func aKeyIndentedLessThanItsSiblings() {
        #expect(parseError("rules:\n  a: 1\n b: 2\n") == YAMLError(
            file: "test.yaml", mark: mark(3, 2), message: "did not find expected key (while parsing a block mapping at 1:1)"))
        #expect(parseError("x:\n    a: 1\n  b: 2\n")?.message == "did not find expected key (while parsing a block mapping at 1:1)")
    }

    @Test func aMoreIndentedKeyAfterAValue() {
        #expect(parseError("a: 1\n  b: 2\n") == YAMLError(
            file: "test.yaml", mark: mark(2, 4), message: "mapping values are not allowed in this context"))
    }

    @Test func aMappingKeyInsideABlockSequence() {
        #expect(parseError("- a\nb: 1\n")?.description
            == "test.yaml:2:1: did not find expected '-' indicator (while parsing a block collection at 1:1)")
    }

    @Test func truncatedQuotedScalar() {
        #expect(parseError("a: \"abc") == YAMLError(
            file: "test.yaml", mark: mark(1, 8), message: "found unexpected end of stream (while scanning a quoted scalar at 1:4)"))
    }

    @Test func truncatedFlowSequence() {
        #expect(parseError("a: [1, 2") == YAMLError(
            file: "test.yaml", mark: mark(2, 1), message: "did not find expected ',' or ']' (while parsing a flow sequence at 1:4)"))
    }

    @Test func everyTruncationParsesOrFailsWithAMarkInsideTheInput() throws {
        let text = "a: &x {b: [1, 'two', \"th\\u00e9\"]}\nc: |\n  lit\nd: *x\ne: !!str >\n  folded\n"
        let bytes = Array(text.utf8)
        #expect(try parse(text)?["d"]?["b"]?.sequenceItems?.last?.scalarValue == "thé")
        var failures = 0
        for length in 0..<bytes.count {
            guard let error = parseError(bytes: Array(bytes[..<length])) else { continue }
            failures += 1
            let prefix = String(decoding: bytes[..<length], as: UTF8.self)
            let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(error.mark.line <= lines.count + 1, "length \(length): \(error)")
            #expect(error.mark.column >= 1)
        }
        // Cutting inside the quotes, the flow mapping or before the alias's anchor is complete must fail.
        #expect(failures >= 30)
    }
}
