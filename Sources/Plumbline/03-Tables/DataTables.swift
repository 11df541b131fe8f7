/// The data tables of `rules/data/` that facts are derived from: Go releases, and the eBPF helper,
/// program-type, map-type, section-name and kernel-feature tables, and the WebAssembly glue and runtime
/// tables. Loaded once per run.
public struct DataTables: Sendable {
    public let releases: GoReleaseTable
    /// Empty when the scan has no object files: the eBPF tables are the largest and then not loaded.
    public let bpf: BPFTables
    public let deprecatedModules: DeprecationTable
    public let deprecatedPackages: DeprecationTable
    public let moduleMinimumGo: ModuleMinimumGoTable
    public let goFeatures: GoFeatureTable
    public let godebug: GodebugTable
    /// The standard-library symbols the standard library itself keeps for `//go:linkname`.
    public let linknamePush: LinknamePushTable
    /// Known `wasm_exec.js` copies of each Go release.
    public let wasmExec: WasmExecTable
    /// The features each WebAssembly runtime enables by default, by version.
    public let wasmRuntimes: WasmRuntimeTable

    public init(
        releases: GoReleaseTable, bpf: BPFTables, deprecatedModules: DeprecationTable = .empty,
        deprecatedPackages: DeprecationTable = .empty, moduleMinimumGo: ModuleMinimumGoTable = .empty,
        goFeatures: GoFeatureTable = .empty, wasmExec: WasmExecTable = .empty, wasmRuntimes: WasmRuntimeTable = .empty,
        godebug: GodebugTable = .empty, linknamePush: LinknamePushTable = .empty
    ) {
        self.godebug = godebug
        self.linknamePush = linknamePush
        self.wasmExec = wasmExec
        self.wasmRuntimes = wasmRuntimes
        self.moduleMinimumGo = moduleMinimumGo
        self.goFeatures = goFeatures
        self.releases = releases
        self.bpf = bpf
        self.deprecatedModules = deprecatedModules
        self.deprecatedPackages = deprecatedPackages
    }
}

extension DataTables {
    /// Checks of configured parameter entries against these tables, for `ConfigurationLoader.resolve`.
    public var parameterItemChecks: [String: @Sendable (String) -> String?] {
        let runtimes = wasmRuntimes
        return [
            "wasm.runtimes": { entry in
                if case .failure(let error) = runtimes.target(entry) { return error.message }
                return nil
            },
        ]
    }
}
