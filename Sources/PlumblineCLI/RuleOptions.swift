import ArgumentParser
import Plumbline

/// Options shared by commands that load rules.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("Extra rule file (repeatable).", valueName: "FILE"))
    var extraRuleFiles: [String] = []

    @Option(name: .customLong("rules-dir"), help: ArgumentHelp("Directory of the shipped rules (default: found beside the executable).", valueName: "DIR"))
    var rulesDirectory: String?

    /// The shipped packs plus `--rules` and `more`.
    func sources(adding more: [String] = []) -> RuleSources {
        RuleSources(directory: rulesDirectory, extraFiles: extraRuleFiles + more)
    }
}
