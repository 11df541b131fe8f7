import ArgumentParser
import Foundation
import Plumbline

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, show, validate and test rules.",
        subcommands: [List.self, Show.self, Validate.self, Test.self, Fields.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every rule: id, level, category, scope, title.")
        @OptionGroup var ruleOptions: RuleOptions

        func run() throws {
            let (rules, _) = try ruleOptions.sources().load()
            for rule in rules.rules {
                let enabled = rule.enabledByDefault ? "" : "  (disabled by default)"
                print("\(rule.id)  \(rule.level.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(rule.category.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0))  \(rule.scope.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0))  \(rule.title)\(enabled)")
            }
            print("\(rules.rules.count) rules")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one rule with its help, remediation and examples.")
        @Argument(help: "Rule id, e.g. PLB-SC-001.") var id: String
        @OptionGroup var ruleOptions: RuleOptions

        func run() throws {
            let (rules, _) = try ruleOptions.sources().load()
            guard let rule = rules.rule(id) else {
                throw PlumblineError.usage("error: unknown rule id '\(id)'")
            }
            var lines = [
                "\(rule.id): \(rule.title)",
                "level: \(rule.level.rawValue)   category: \(rule.category.rawValue)   scope: \(rule.scope.rawValue)\(rule.forEach.map { "   for each: \($0.joined(separator: "."))" } ?? "")",
            ]
            if !rule.tags.isEmpty { lines.append("tags: \(rule.tags.joined(separator: ", "))") }
            lines.append("message: \(rule.message.source)")
            lines.append("defined at: \(rule.location)")
            lines.append("")
            lines.append(rule.help.trimmingCharacters(in: .whitespacesAndNewlines))
            if let remediation = rule.remediation {
                lines.append("")
                lines.append("Remediation:")
                if let action = remediation.action { lines.append("  action: \(action.source)") }
                if let phase = remediation.phase { lines.append("  phase: \(phase)") }
                if let effort = remediation.effort { lines.append("  effort: \(effort.rawValue)") }
                if !remediation.after.isEmpty { lines.append("  after: \(remediation.after.joined(separator: ", "))") }
            }
            lines.append("")
            lines.append("Examples: \(rule.examples.count) (\(rule.examples.filter { $0.expect > 0 }.count) firing, \(rule.examples.filter { $0.expect == 0 }.count) not firing)")
            for (index, example) in rule.examples.enumerated() {
                let outcome = example.expect == 0 ? "does not fire" : "fires \(example.expect)×" + (example.at.map { " at " + $0.map(\.description).joined(separator: ", ") } ?? "")
                lines.append("")
                lines.append("\(index + 1). \(example.name.map { $0 + ": " } ?? "")\(outcome)\(example.parameters.isEmpty ? "" : " (with parameters \(example.parameters.keys.sorted().joined(separator: ", ")))")")
                for (path, file) in example.sources.sorted(by: { $0.key < $1.key }) {
                    switch file {
                    case .path(let source):
                        lines.append("   \(path): the file \(source)")
                    case .inline(let bytes):
                        lines.append("   \(path):")
                        let text = String(decoding: bytes, as: UTF8.self)
                        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
                            lines.append("     | \(line)")
                        }
                    }
                }
            }
            print(lines.joined(separator: "\n"))
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check rule files strictly; errors at file:line:column, exit 2.")
        @Argument(help: "Rule files.") var paths: [String]
        @OptionGroup var ruleOptions: RuleOptions

        func run() throws {
            let (rules, _) = try ruleOptions.sources(adding: paths).load()
            let mine = rules.rules.filter { rule in paths.contains { rule.location.path == $0 } }
            print("\(paths.count) file\(paths.count == 1 ? "" : "s") valid, \(mine.count) rule\(mine.count == 1 ? "" : "s")")
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the examples of rule files (default: the shipped packs) as tests.")
        @Argument(help: "Rule files (default: every shipped pack).") var paths: [String] = []
        @OptionGroup var ruleOptions: RuleOptions

        func run() throws {
            let (rules, tables) = try ruleOptions.sources(adding: paths).load()
            let selected = paths.isEmpty ? rules.rules : rules.rules.filter { rule in paths.contains { rule.location.path == $0 } }
            var passed = 0
            var failed = 0
            for rule in selected {
                for outcome in ExampleRunner.run(rule, in: rules, tables: tables) {
                    if let failure = outcome.failure {
                        failed += 1
                        print("FAIL \(outcome.example.location) \(rule.id)\(outcome.example.name.map { " (\($0))" } ?? ""): \(failure)")
                    } else {
                        passed += 1
                    }
                }
            }
            print("\(passed) passed, \(failed) failed")
            if failed > 0 { throw FindingsAtThreshold() }
        }
    }

    struct Fields: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the fields each scope offers rules, as markdown.")

        func run() throws {
            print(FieldReference.markdown(), terminator: "")
        }
    }
}
