import BPF

/// The data tables of `rules/data/` that facts are derived from: Go releases, and the eBPF helper,
/// program-type, map-type, section-name and kernel-feature tables. Loaded once per run.
public struct DataTables: Sendable {
    public let releases: GoReleaseTable
    /// Empty when the scan has no object files: the eBPF tables are the largest and then not loaded.
    public let bpf: BPFTables
    public let deprecatedModules: DeprecationTable
    public let deprecatedPackages: DeprecationTable
    public let moduleMinimumGo: ModuleMinimumGoTable
    public let goFeatures: GoFeatureTable

    public init(
        releases: GoReleaseTable, bpf: BPFTables, deprecatedModules: DeprecationTable = .empty,
        deprecatedPackages: DeprecationTable = .empty, moduleMinimumGo: ModuleMinimumGoTable = .empty,
        goFeatures: GoFeatureTable = .empty
    ) {
        self.moduleMinimumGo = moduleMinimumGo
        self.goFeatures = goFeatures
        self.releases = releases
        self.bpf = bpf
        self.deprecatedModules = deprecatedModules
        self.deprecatedPackages = deprecatedPackages
    }
}
