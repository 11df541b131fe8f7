import Testing
import YAML

@Suite struct DocumentStreamTests {
    @Test func emptyStreamsHaveNoDocument() throws {
        #expect(try parse("") == nil)
        #expect(try parse("# only a comment\n\n   \n") == nil)
        #expect(try YAMLParser.parse([0xEF, 0xBB, 0xBF], file: "bom.yaml") == nil)
    }

    @Test func anExplicitEmptyDocumentIsANullScalar() throws {
        let root = try #require(try parse("---\n"))
        #expect(root == plain("", at: mark(2, 1)))
        #expect(root.isNull)
    }

    @Test func documentMarkersAroundOneDocumentAreAccepted() throws {
        let root = try #require(try parse("%YAML 1.2\n---\na: 1\n...\n"))
        #expect(root["a"] == plain("1", at: mark(3, 4)))
    }

    @Test func aSecondDocumentIsAnErrorAtItsStart() {
        let error = parseError("a: 1\n---\nb: 2\n")
        #expect(error == YAMLError(
            file: "test.yaml", mark: mark(2, 1),
            message: "found a second document; a file must hold exactly one YAML document"))
        #expect(parseError("--- a\n--- b\n")?.mark == mark(2, 1))
        #expect(parseError("a: 1\n---\n")?.mark == mark(2, 1))
    }

    @Test func aSecondDocumentIsRejectedBeforeItsContentIsRead() {
        #expect(parseError("a: 1\n---\n[unclosed\n")?.mark == mark(2, 1))
    }

    @Test func aTopLevelScalarOrSequenceIsADocument() throws {
        #expect(try parse("just text") == plain("just text", at: mark(1, 1)))
        #expect(try parse("- 1\n- 2\n")?.sequenceItems == [plain("1", at: mark(1, 3)), plain("2", at: mark(2, 3))])
    }
}
