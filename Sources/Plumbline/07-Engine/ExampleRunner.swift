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
        /// Why the example failed, on its own files or in one of the variants; nil when it passed.
        public let failure: String?
        /// How many variants (`ExampleVariant`) ran after the example's own files passed.
        public let variantRuns: Int
        /// The variants that did not apply to this example, each with the reason.
        public let skippedVariants: [String]

        public var passed: Bool { failure == nil }
    }

    public static func run(_ rule: Rule, in rules: RuleSet, tables: DataTables) -> [Outcome] {
        rule.examples.map { example in
            let files = example.files
            let findings: [Finding]
            do throws(PlumblineError) {
                findings = try scan(example, files: files, of: rule, in: rules, tables: tables).findings.filter { $0.ruleID == rule.id }
            } catch {
                return Outcome(ruleID: rule.id, example: example, findings: [], failure: error.description, variantRuns: 0, skippedVariants: [])
            }
            var failure = failure(of: example, findings: findings)
            var variantRuns = 0
            var skipped: [String] = []
            // The variants compare with the plain run, so they are only worth running once it passed.
            for variant in ExampleVariant.all where failure == nil {
                switch variant.plan(files, findings) {
                case .skip(let reason):
                    skipped.append("\(variant.name): \(reason)")
                case .run(let changed, let expectation):
                    variantRuns += 1
                    do throws(PlumblineError) {
                        let report = try scan(example, files: changed, of: rule, in: rules, tables: tables)
                        failure = expectation.failure(in: report, ruleID: rule.id).map { "with \(variant.name): \($0)" }
                    } catch {
                        failure = "with \(variant.name): \(error.description)"
                    }
                }
            }
            return Outcome(ruleID: rule.id, example: example, findings: findings, failure: failure, variantRuns: variantRuns, skippedVariants: skipped)
        }
    }

    /// Scans files as the example says (its own, or a variant of them) with only `rule` enabled.
    static func scan(
        _ example: RuleExample, files: [String: [UInt8]], of rule: Rule, in rules: RuleSet, tables: DataTables
    ) throws(PlumblineError) -> ScanReport {
        var configuration = Configuration()
        configuration.enabledRules = [rule.id]
        configuration.parameters = example.parameters
        let history = ExampleHistory(times: example.history), ignores = ExampleIgnores(rules: GitignoreRules(files: files))
        return try Scanner.scan(ScanRequest(
            source: .files(.inMemory(files), history: history, ignores: ignores),
            rules: .loaded(RuleSet(rules: [rule], parameters: rules.parameters), tables),
            configuration: .given(configuration),
            asOf: example.asOf ?? defaultAsOf
        )).report
    }

    /// Why the findings of an example's own files are not what it expects; nil when they are.
    static func failure(of example: RuleExample, findings: [Finding]) -> String? {
        if findings.count != example.expect {
            let got = findings.map { "\($0.location): \($0.message)" }.joined(separator: "; ")
            return "expected \(example.expect) finding(s), got \(findings.count)\(got.isEmpty ? "" : ": " + got)"
        }
        if let at = example.at, !zip(at, findings).allSatisfy({ $0.matches($1.location) }) {
            return "expected findings at \(at.map(\.description).joined(separator: ", ")), got \(findings.map(\.location.description).joined(separator: ", "))"
        }
        if let gap = findings.first(where: { !$0.unfilledPlaceholders.isEmpty }) {
            return "the finding at \(gap.location) leaves {\(gap.unfilledPlaceholders.joined(separator: "}, {"))} empty: \(gap.message)"
        }
        return nil
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
