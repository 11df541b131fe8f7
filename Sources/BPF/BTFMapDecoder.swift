/// Decodes BTF-defined maps: one `STT_OBJECT` symbol per map in `.maps`, described by the global VAR of the
/// same name in BTF, whose struct members (`__uint`, `__type`) carry type, sizes and max_entries.
struct BTFMapDecoder {
    /// Members libbpf accepts in a map definition struct.
    static let libbpfFields: Set<String> = [
        "type", "max_entries", "map_flags", "numa_node", "key_size", "key", "value_size", "value", "values",
        "pinning", "map_extra",
    ]
    /// Members libbpf accepts and cilium/ebpf rejects ("unrecognized field").
    static let libbpfOnlyFields: Set<String> = ["numa_node"]

    let btf: BTFInfo?
    /// Map VARs by name (see `variablesByName`).
    let variables: [String: BTFType]

    /// Decodes the maps of `section`, whose symbols are `symbols`.
    func decode(section: BPFSection, symbols: [BPFSymbol], budget: inout TextBudget) throws(BPFDecodeError) -> [BPFMap] {
        let mapSymbols = symbols
            .filter { ($0.type == ELF.symbolObject || $0.type == ELF.symbolNoType) && !$0.name.isEmpty }
            .sorted { ($0.value, $0.index) < ($1.value, $1.index) }
        guard !mapSymbols.isEmpty else { return [] }
        var maps: [BPFMap] = []
        maps.reserveCapacity(mapSymbols.count)
        for symbol in mapSymbols {
            maps.append(try decode(symbol, section: section, variable: variables[symbol.name], budget: &budget))
        }
        return maps
    }

    private func decode(_ symbol: BPFSymbol, section: BPFSection, variable: BTFType?, budget: inout TextBudget)
        throws(BPFDecodeError) -> BPFMap
    {
        guard let btf, let variable, let members = members(of: variable, in: btf) else {
            return BPFMap(
                name: symbol.name, definition: .btf, section: section.name, typeID: nil, keySize: nil, valueSize: nil,
                maxEntries: nil, flags: nil, pinning: nil, unknownFields: [], libbpfOnlyFields: [],
                extraBytes: 0, isStatic: symbol.isLocal, missingBTF: true)
        }
        var typeID: UInt32?
        var keySize: UInt64?
        var valueSize: UInt64?
        var maxEntries: UInt32?
        var flags: UInt32?
        var pinning: UInt32?
        var unknown: [String] = []
        var libbpfOnly: [String] = []
        for member in members {
            let field = Self.libbpfFields.first { btf.stringMatches(at: member.nameOffset, $0) }
            switch field {
            case "type": typeID = btf.arrayLengthBehindPointer(member.type)
            case "max_entries": maxEntries = btf.arrayLengthBehindPointer(member.type)
            case "map_flags": flags = btf.arrayLengthBehindPointer(member.type)
            case "pinning": pinning = btf.arrayLengthBehindPointer(member.type)
            case "key_size": keySize = btf.arrayLengthBehindPointer(member.type).map(UInt64.init)
            case "value_size": valueSize = btf.arrayLengthBehindPointer(member.type).map(UInt64.init)
            case "key": keySize = btf.sizeBehindPointer(member.type)
            case "value": valueSize = btf.sizeBehindPointer(member.type)
            case .some(let known):
                if Self.libbpfOnlyFields.contains(known) { libbpfOnly.append(known) }
            case .none:
                let name = BTFInfo.StringReference(offset: member.nameOffset)
                unknown.append(try name.resolve(in: btf, budget: &budget, at: Int(clamping: section.offset)))
            }
        }
        return BPFMap(
            name: symbol.name, definition: .btf, section: section.name, typeID: typeID.map(Int.init), keySize: keySize,
            valueSize: valueSize, maxEntries: maxEntries, flags: flags, pinning: pinning, unknownFields: unknown,
            libbpfOnlyFields: libbpfOnly, extraBytes: 0, isStatic: symbol.isLocal, missingBTF: false)
    }

    /// Map VARs by name: those listed in `DATASEC .maps`, or every VAR when there is no such DATASEC.
    /// Built once so that many maps do not each search all types.
    static func variablesByName(_ btf: BTFInfo, budget: inout TextBudget, at fileOffset: Int)
        throws(BPFDecodeError) -> [String: BTFType]
    {
        var candidates: [BTFType] = btf.types.filter { $0.kind == .variable }
        if let datasec = btf.dataSection(named: BPFMapSections.btfMaps),
            case .sectionVariables(let entries) = datasec.detail
        {
            candidates = entries.compactMap { btf.type($0.type) }.filter { $0.kind == .variable }
        }
        var result: [String: BTFType] = [:]
        for variable in candidates {
            let name = try BTFInfo.StringReference(offset: variable.nameOffset)
                .resolve(in: btf, budget: &budget, at: fileOffset)
            if result[name] == nil { result[name] = variable }
        }
        return result
    }

    /// The members of the struct a map VAR has as its type.
    private func members(of variable: BTFType, in btf: BTFInfo) -> [BTFType.Member]? {
        guard let structID = btf.skippingModifiers(variable.sizeOrType), let structure = btf.type(structID),
            structure.kind == .structure, case .members(let members) = structure.detail
        else { return nil }
        return members
    }
}
