import Git

/// Runs a rule's examples through the whole pipeline (files → facts → rules), so every example is a test
/// of the rule and of the extractors beneath it. `plumbline rules test` and the test suite both use it.
public enum ExampleRunner {
    /// Examples without `as_of` are judged at this fixed date, so their outcome never depends on the day
    /// they run.
    public static let defaultAsOf = CalendarDate(year: 2026, month: 11, day: 25) ?? .epoch

    public struct Outcome: Sendable {
        public let ruleID: String
        public let example: RuleExample
        public let findings: [Finding]
        /// Why the example failed; nil when it passed.
        public let failure: String?

        public var passed: Bool { failure == nil }
    }

    public static func run(_ rule: Rule, in rules: RuleSet, tables: DataTables) -> [Outcome] {
        rule.examples.map { example in
            var configuration = Configuration()
            configuration.enabledRules = [rule.id]
            configuration.parameters = example.parameters
            let files = example.sources.mapValues(\.bytes)
            let request = ScanRequest(
                source: .files(.inMemory(files), history: ExampleHistory(times: example.history), ignores: ExampleIgnores(rules: GitignoreRules(files: files))),
                rules: .loaded(RuleSet(rules: [rule], parameters: rules.parameters), tables),
                configuration: .given(configuration),
                asOf: example.asOf ?? defaultAsOf
            )
            // An in-memory request names no file to read, so it cannot fail; the error is kept as a failure.
            let findings: [Finding]
            do throws(PlumblineError) {
                findings = try Scanner.scan(request).report.findings.filter { $0.ruleID == rule.id }
            } catch {
                return Outcome(ruleID: rule.id, example: example, findings: [], failure: error.description)
            }
            var failure: String?
            if findings.count != example.expect {
                let got = findings.map { "\($0.location): \($0.message)" }.joined(separator: "; ")
                failure = "expected \(example.expect) finding(s), got \(findings.count)\(got.isEmpty ? "" : ": " + got)"
            } else if let at = example.at, case let places = findings.map({ "\($0.location.path):\($0.location.line)" }), places != at {
                failure = "expected findings at \(at.joined(separator: ", ")), got \(places.joined(separator: ", "))"
            } else if let gap = findings.first(where: { !$0.unfilledPlaceholders.isEmpty }) {
                failure = "the finding at \(gap.location) leaves {\(gap.unfilledPlaceholders.joined(separator: "}, {"))} empty: \(gap.message)"
            }
            return Outcome(ruleID: rule.id, example: example, findings: findings, failure: failure)
        }
    }
}

/// An example's `.gitignore` files, applied as git applies a snapshot's own.
struct ExampleIgnores: IgnoreSource {
    let rules: GitignoreRules

    func ignoredPaths(_ paths: [String]) -> Set<String> {
        Set(paths.filter { rules.isIgnored($0, isDirectory: false) || rules.isIgnored($0, isDirectory: true) })
    }
}

/// An example's `history:` standing in for a repository's: one commit per distinct time.
struct ExampleHistory: HistorySource {
    let times: [String: Int]

    func lastChanges(of paths: [String]) -> [String: LastChange] {
        var changes: [String: LastChange] = [:]
        for path in paths {
            if let time = times[path] { changes[path] = LastChange(commit: "commit-\(time)", time: Int64(time)) }
        }
        return changes
    }
}
