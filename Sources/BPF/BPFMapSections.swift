/// Which ELF sections hold map definitions.
enum BPFMapSections {
    /// BTF-defined maps.
    static let btfMaps = ".maps"

    /// Legacy `struct bpf_map_def` sections: `maps` for libbpf < 1.0, anything starting with `maps` for
    /// cilium/ebpf (`maps/<name>` is gobpf's layout).
    static func isLegacyMapSection(_ name: String) -> Bool {
        name.utf8.starts(with: "maps".utf8)
    }

    static func isMapSection(_ name: String) -> Bool {
        name == btfMaps || isLegacyMapSection(name)
    }
}
