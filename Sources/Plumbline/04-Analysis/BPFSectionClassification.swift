/// How loaders read a program section's name.
public struct BPFSectionClassification: Sendable, Equatable {
    /// Which loaders accept the name.
    public enum Match: String, Sendable, Equatable {
        /// Matches libbpf's table under libbpf >= 1.0 rules (so cilium/ebpf accepts it too unless noted).
        case libbpfExact = "exact"
        /// Only cilium/ebpf's looser prefix match resolves it; libbpf >= 1.0 does not.
        case ciliumOnly = "cilium-only"
        /// A name defined by an older loader (libbpf <= 0.8, cilium/ebpf <= 0.20, gobpf, goebpf).
        case legacy
        /// No loader's table knows it.
        case unknown
    }

    /// Which loaders accept the name.
    public let match: Match
    /// The program type it resolves to (libbpf's for exact, cilium/ebpf's for cilium-only, the old loader's for
    /// legacy); nil for unknown.
    public let programType: BPFTables.NumberedType?
    /// The table pattern that matched.
    public let pattern: String?
    /// The program type cilium/ebpf (current) resolves the name to; nil when it leaves it unspecified.
    public let ciliumProgramType: BPFTables.NumberedType?
    /// A leading `?` (libbpf: do not load automatically), stripped before matching.
    public let autoloadDisabled: Bool

    /// Creates a classification.
    public init(
        match: Match, programType: BPFTables.NumberedType?, pattern: String?,
        ciliumProgramType: BPFTables.NumberedType?, autoloadDisabled: Bool
    ) {
        self.match = match
        self.programType = programType
        self.pattern = pattern
        self.ciliumProgramType = ciliumProgramType
        self.autoloadDisabled = autoloadDisabled
    }
}
