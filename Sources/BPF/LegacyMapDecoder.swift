/// Decodes legacy map definitions: `struct bpf_map_def { u32 type, key_size, value_size, max_entries,
/// map_flags; }` records in `maps` sections, one `STT_OBJECT` symbol per record. Larger records (iproute2,
/// gobpf, goebpf) keep their extra bytes.
struct LegacyMapDecoder {
    static let recordSize = 20

    let file: ELFFile

    /// Decodes the maps of `section`, whose symbols are `symbols`.
    func decode(section: BPFSection, symbols: [BPFSymbol]) throws(BPFDecodeError) -> [BPFMap] {
        let symbols = symbols
            .filter { ($0.type == ELF.symbolObject || $0.type == ELF.symbolNoType) && !$0.name.isEmpty }
            .sorted { ($0.value, $0.index) < ($1.value, $1.index) }
        guard !symbols.isEmpty else { return [] }
        let contents = file.contents(of: section)
        let sharedSize = UInt64(contents.count / symbols.count)
        var maps: [BPFMap] = []
        maps.reserveCapacity(symbols.count)
        for symbol in symbols {
            let size = symbol.size > 0 ? symbol.size : sharedSize
            guard contents.fits(offset: symbol.value, length: size) else {
                throw BPFDecodeError(
                    kind: .malformedMap, offset: contents.absolute(symbol.value),
                    message: "legacy map '\(symbol.name)' (offset \(symbol.value), size \(size)) runs past the end of section '\(section.name)' (\(contents.count) bytes)")
            }
            let record = try contents.window(at: symbol.value, length: size, what: "map '\(symbol.name)'")
            func field(_ index: Int) -> UInt32? {
                record.count >= (index + 1) * 4 ? UInt32(truncatingIfNeeded: record.uncheckedLoad(index * 4, 4)) : nil
            }
            maps.append(
                BPFMap(
                    name: symbol.name, definition: .legacy, section: section.name, typeID: field(0).map(Int.init),
                    keySize: field(1).map(UInt64.init), valueSize: field(2).map(UInt64.init), maxEntries: field(3),
                    flags: field(4), pinning: nil,
                    unknownFields: [], libbpfOnlyFields: [], extraBytes: max(0, record.count - Self.recordSize),
                    isStatic: symbol.isLocal, missingBTF: false))
        }
        return maps
    }
}
