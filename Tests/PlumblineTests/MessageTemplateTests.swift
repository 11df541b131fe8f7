import Plumbline
import Testing

/// Messages say only what the facts hold: a placeholder with no value fails the rule's examples, and
/// `{if PATH: …}` leaves out a part that would have nothing to say.
@Suite("Message templates")
struct MessageTemplateTests {
    static func rule(message: String, toolchain: String) -> String {
        """
        rules:
          - id: TEST-GO-001
            title: Toolchain line
            level: note
            category: hygiene
            scope: module
            when: { field: go, exists: true }
            message: "\(message)"
            help: test
            examples:
              - files: { go.mod: "module m\\n\\ngo 1.22\\n\(toolchain)" }
                expect: 1
              - files: { go.mod: "module m\\n" }
                expect: 0
        """
    }

    static func outcomes(_ yaml: String) throws -> [ExampleRunner.Outcome] {
        let rules = try Support.loadRules(yaml).get()
        return ExampleRunner.run(try #require(rules.rule("TEST-GO-001")), in: rules, tables: Support.shipped.tables)
    }

    @Test func anEmptyPlaceholderFailsTheExample() throws {
        let outcomes = try Self.outcomes(Self.rule(message: "{file} says go {go} with toolchain {toolchain}", toolchain: ""))
        #expect(outcomes.map(\.passed) == [false, true])
        #expect(outcomes[0].failure?.contains("leaves {toolchain} empty") == true, "\(outcomes[0].failure ?? "")")
        #expect(outcomes[0].findings.first?.message == "go.mod says go 1.22 with toolchain (none)")
    }

    @Test func aConditionalPartIsLeftOutWhenItsValueIsEmpty() throws {
        let message = "{file} says go {go}{if toolchain: with toolchain {toolchain}}"
        let without = try Self.outcomes(Self.rule(message: message, toolchain: ""))
        #expect(without.map(\.passed) == [true, true], "\(without.map(\.failure))")
        #expect(without[0].findings.first?.message == "go.mod says go 1.22")
        let with = try Self.outcomes(Self.rule(message: message, toolchain: "toolchain go1.23.1\\n"))
        #expect(with[0].findings.first?.message == "go.mod says go 1.22 with toolchain go1.23.1")
    }

    @Test func conditionalsNestAndKeepLiteralBraces() throws {
        let message = "{file}{if go: at {go}{if toolchain: (toolchain {toolchain})}} {{ok}}"
        let outcomes = try Self.outcomes(Self.rule(message: message, toolchain: "toolchain go1.23.1\\n"))
        #expect(outcomes[0].findings.first?.message == "go.mod at 1.22 (toolchain go1.23.1) {ok}")
    }

    @Test func malformedConditionalsAreRefusedAtLoad() {
        for (message, expected) in [
            ("{if toolchain with toolchain}", "needs a path and a colon"),
            ("{if toolchain: open", "unclosed '{if"),
            ("{if nosuchfield: x}", "nosuchfield"),
            ("{if param.nosuch: x}", "unknown parameter 'nosuch'"),
        ] {
            guard case .failure(let errors) = Support.loadRules(Self.rule(message: message, toolchain: "")) else {
                Issue.record("'\(message)' loaded")
                continue
            }
            #expect("\(errors)".contains(expected), "\(message): \(errors)")
        }
    }
}
