import ArgumentParser
import Foundation
import Plumbline

/// Options shared by commands that load rules.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("Extra rule file (repeatable).", valueName: "FILE"))
    var extraRuleFiles: [String] = []

    @Option(name: .customLong("rules-dir"), help: ArgumentHelp("Directory of the shipped rules (default: found beside the executable).", valueName: "DIR"))
    var rulesDirectory: String?

    func shippedDirectory() throws -> String {
        if let rulesDirectory { return rulesDirectory }
        guard let found = ShippedRules.locate() else {
            printError("error: cannot find Plumbline's rules directory; pass --rules-dir or set PLUMBLINE_RULES_DIR")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        return found
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Loads the shipped packs plus the given files; exits 2 with every error at file:line:column.
    func loadRules(adding more: [String] = [], shipped: Bool = true, bpfTables: Bool = true) throws -> (RuleSet, DataTables) {
        let directory = try shippedDirectory()
        var sources: [RuleLoader.Source] = []
        do {
            // A shipped pack named again (`rules validate rules/supply-chain.yaml`) is loaded once.
            let named = Set((extraRuleFiles + more).map(Self.canonical))
            let packs = shipped ? ShippedRules.packFiles(in: directory).filter { !named.contains(Self.canonical($0)) } : []
            let files = packs + extraRuleFiles + more
            for file in files { sources.append(.init(path: file, bytes: try ShippedRules.readFile(file))) }
            let tables = try ShippedRules.dataTables(in: directory, bpf: bpfTables)
            return (try RuleLoader.load(sources), tables)
        } catch let error as DefinitionErrors {
            printError(error.description)
            throw ExitCode(ExitStatus.usage.rawValue)
        } catch let error as DefinitionError {
            printError(error.description)
            throw ExitCode(ExitStatus.usage.rawValue)
        }
    }
}
