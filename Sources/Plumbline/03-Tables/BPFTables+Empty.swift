extension BPFTables {
    /// No tables: for scans without object files, which never consult them.
    static let empty = BPFTables(
        helpers: [], programTypes: [], mapTypes: [], sectionPatterns: [], legacySectionPatterns: [], btfKinds: [], features: []
    )
}
