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
        let releases = try releaseTable(in: directory)
        let modulesPath = directory + "/data/deprecated-modules.yaml"
        let packagesPath = directory + "/data/deprecated-std-packages.yaml"
        let modules = try DeprecationTable(bytes: try readFile(modulesPath), path: modulesPath, listKey: "modules")
        let packages = try DeprecationTable(bytes: try readFile(packagesPath), path: packagesPath, listKey: "packages")
        let minimumPath = directory + "/data/module-min-go.yaml"
        let minimum = try ModuleMinimumGoTable(bytes: try readFile(minimumPath), path: minimumPath)
        let featuresPath = directory + "/data/go-features.yaml"
        let features = try GoFeatureTable(bytes: try readFile(featuresPath), path: featuresPath)
        let wasmExecPath = directory + "/data/wasm-exec-js.yaml"
        let wasmExec = try WasmExecTable(bytes: try readFile(wasmExecPath), path: wasmExecPath)
        let runtimesPath = directory + "/data/wasm-runtimes.yaml"
        let runtimes = try WasmRuntimeTable(bytes: try readFile(runtimesPath), path: runtimesPath)
        let godebugPath = directory + "/data/godebug.yaml"
        let godebug = try GodebugTable(bytes: try readFile(godebugPath), path: godebugPath)
        let linknamePath = directory + "/data/linkname-push.yaml"
        let linknamePush = try LinknamePushTable(bytes: try readFile(linknamePath), path: linknamePath)
        guard bpf else {
            return DataTables(
                releases: releases, bpf: .empty, deprecatedModules: modules, deprecatedPackages: packages,
                moduleMinimumGo: minimum, goFeatures: features, wasmExec: wasmExec, wasmRuntimes: runtimes, godebug: godebug,
                linknamePush: linknamePush
            )
        }
        do {
            return DataTables(
                releases: releases, bpf: try BPFTablesLoader.load(directory: directory + "/data"),
                deprecatedModules: modules, deprecatedPackages: packages, moduleMinimumGo: minimum, goFeatures: features,
                wasmExec: wasmExec, wasmRuntimes: runtimes, godebug: godebug,
                linknamePush: linknamePush
            )
        } catch let error as BPFTablesLoader.LoadError {
            throw DefinitionError(SourceLocation(path: error.file, mark: error.mark), error.message)
        } catch {
            throw DefinitionError(.file(directory + "/data"), "\(error)")
        }
    }

    public static func readFile(_ path: String) throws(DefinitionError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DefinitionError(.file(path), "cannot read \(path)")
        }
        return [UInt8](data)
    }
}
