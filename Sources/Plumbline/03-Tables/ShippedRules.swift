import Foundation

/// Finds the rule packs and data tables that ship with Plumbline (`rules/`), and loads them.
public enum ShippedRules {
    /// `$PLUMBLINE_RULES_DIR`; else `../share/plumbline/rules` beside the executable (an installed layout);
    /// else the nearest `rules/` above the executable (a build inside a checkout, as pre-commit and the
    /// GitHub Action do); else the checkout this code was compiled from.
    public static func locate(executable: String = CommandLine.arguments.first ?? "") -> String? {
        let fileManager = FileManager.default
        func isRulesDir(_ path: String) -> Bool {
            fileManager.fileExists(atPath: path + "/data/go-releases.yaml")
        }
        if let env = ProcessInfo.processInfo.environment["PLUMBLINE_RULES_DIR"], !env.isEmpty { return env }
        let executableURL = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        var dir = executableURL.deletingLastPathComponent()
        let installed = dir.appendingPathComponent("../share/plumbline/rules").standardized.path
        if isRulesDir(installed) { return installed }
        for _ in 0..<8 {
            let candidate = dir.appendingPathComponent("rules").path
            if isRulesDir(candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../rules").standardized.path
        return isRulesDir(source) ? source : nil
    }

    /// The rule packs (`rules/*.yaml`) of a rules directory, in name order.
    public static func packFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { directory + "/" + $0 }
    }

    public static func releaseTable(in directory: String) throws(DefinitionError) -> GoReleaseTable {
        let path = directory + "/data/go-releases.yaml"
        return try GoReleaseTable(bytes: try readFile(path), path: path)
    }

    /// Every data table under `directory/data`; without `bpf`, the eBPF tables stay empty (a scan with no
    /// object files needs none of them).
    public static func dataTables(in directory: String, bpf: Bool = true) throws(DefinitionError) -> DataTables {
        /// Reads `data/NAME` and parses it with the table's own reader.
        func table<T>(_ name: String, _ parse: ([UInt8], String) throws(DefinitionError) -> T) throws(DefinitionError) -> T {
            let path = directory + "/data/" + name
            return try parse(try readFile(path), path)
        }
        let bpfTables: BPFTables
        do {
            bpfTables = bpf ? try BPFTablesLoader.load(directory: directory + "/data") : .empty
        } catch let error as BPFTablesLoader.LoadError {
            throw DefinitionError(SourceLocation(path: error.file, mark: error.mark), error.message)
        } catch {
            throw DefinitionError(.file(directory + "/data"), "\(error)")
        }
        return DataTables(
            releases: try releaseTable(in: directory),
            bpf: bpfTables,
            deprecatedModules: try table("deprecated-modules.yaml") { (bytes, path) throws(DefinitionError) in try DeprecationTable(bytes: bytes, path: path, listKey: "modules") },
            deprecatedPackages: try table("deprecated-std-packages.yaml") { (bytes, path) throws(DefinitionError) in try DeprecationTable(bytes: bytes, path: path, listKey: "packages") },
            moduleMinimumGo: try table("module-min-go.yaml", ModuleMinimumGoTable.init),
            goFeatures: try table("go-features.yaml", GoFeatureTable.init),
            wasmExec: try table("wasm-exec-js.yaml", WasmExecTable.init),
            wasmRuntimes: try table("wasm-runtimes.yaml", WasmRuntimeTable.init),
            godebug: try table("godebug.yaml", GodebugTable.init),
            linknamePush: try table("linkname-push.yaml", LinknamePushTable.init)
        )
    }

    public static func readFile(_ path: String) throws(DefinitionError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DefinitionError(.file(path), "cannot read \(path)")
        }
        return [UInt8](data)
    }
}
