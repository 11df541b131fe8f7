import Foundation

/// The rule files and data tables a command loads: the shipped packs plus extra files.
public struct RuleSources: Sendable {
    /// The shipped rules directory; nil finds it beside the executable (`ShippedRules.locate`).
    public var directory: String?
    /// Extra rule files (`--rules`, `rule_files`), loaded after the shipped packs.
    public var extraFiles: [String]
    public init(directory: String? = nil, extraFiles: [String] = []) {
        self.directory = directory
        self.extraFiles = extraFiles
    }

    /// The shipped rules directory, given or found.
    public func shippedDirectory() throws(PlumblineError) -> String {
        if let directory { return directory }
        guard let found = ShippedRules.locate() else {
            throw .usage("error: cannot find Plumbline's rules directory; pass --rules-dir or set PLUMBLINE_RULES_DIR")
        }
        return found
    }

    /// The same sources with more extra files (a configuration's `rule_files`).
    public func adding(_ files: [String]) -> RuleSources {
        var copy = self
        copy.extraFiles += files
        return copy
    }

    /// Loads every pack and table; every error at file:line:column. Without `bpfTables` the eBPF tables
    /// stay empty: a scan with no object files needs none of them.
    public func load(bpfTables: Bool = true) throws(PlumblineError) -> (RuleSet, DataTables) {
        let directory = try shippedDirectory()
        do {
            // A shipped pack named again (`rules validate rules/supply-chain.yaml`) is loaded once.
            let named = Set(extraFiles.map(Self.canonical))
            let packs = ShippedRules.packFiles(in: directory).filter { !named.contains(Self.canonical($0)) }
            var sources: [RuleLoader.Source] = []
            for file in packs + extraFiles { sources.append(.init(path: file, bytes: try ShippedRules.readFile(file))) }
            let tables = try ShippedRules.dataTables(in: directory, bpf: bpfTables)
            return (try RuleLoader.load(sources), tables)
        } catch let error as DefinitionErrors {
            throw PlumblineError(error)
        } catch let error as DefinitionError {
            throw PlumblineError(error)
        } catch {
            throw .usage("error: \(error)")
        }
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
