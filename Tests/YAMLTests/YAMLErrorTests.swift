import Testing
import YAML

@Suite struct YAMLErrorTests {
    @Test func descriptionIsFileLineColumnMessage() {
        let error = YAMLError(file: "rules/go.yaml", mark: mark(3, 5), message: "duplicate key 'x' (first at 1:1)")
        #expect(error.description == "rules/go.yaml:3:5: duplicate key 'x' (first at 1:1)")
        #expect("\(error)" == error.description)
    }

    @Test func theFileNameGivenToTheParserIsReported() {
        do {
            _ = try YAMLParser.parse(Array("a: [".utf8), file: "packs/base.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "packs/base.yaml")
            #expect(error.description.hasPrefix("packs/base.yaml:2:1: "))
        }
    }
}
