/// Assembles a `BPFObject` from the ELF layer, BTF and the instruction scan.
struct BPFObjectDecoder {
    let bytes: [UInt8]

    func decode() throws(BPFDecodeError) -> BPFObject {
        var budget = TextBudget(fileSize: bytes.count)
        let file = try ELFFile(bytes, budget: &budget)
        let btf = try file.section(named: ".BTF").map { (section) throws(BPFDecodeError) -> BTFInfo in
            try BTFParser.parse(file.contents(of: section))
        }
        let btfExt = try file.section(named: ".BTF.ext").map { (section) throws(BPFDecodeError) -> BTFExtInfo in
            try BTFExtParser.parse(file.contents(of: section))
        }
        var symbolsBySection: [Int: [BPFSymbol]] = [:]
        for symbol in file.symbols {
            if let section = symbol.definedSection { symbolsBySection[section, default: []].append(symbol) }
        }
        let functions = try Self.codeFunctions(file, symbolsBySection: symbolsBySection)
        let scanner = FunctionScanner(file: file, functions: functions)
        var scans: [FunctionScan] = []
        scans.reserveCapacity(functions.count)
        for index in functions.indices { scans.append(try scanner.scan(index)) }
        var coreCounter = CoreRelocationCounter(file: file, btf: btf, functions: functions)
        let coreCounts = try coreCounter.countsPerFunction(btfExt?.coreRelocations ?? [], budget: &budget)

        let programs = try ProgramAssembler(
            file: file, functions: functions, scans: scans, coreCounts: coreCounts
        ).programs()
        let subprograms = functions.indices.filter { file.sections[functions[$0].sectionIndex].name == ".text" }.map {
            BPFSubprogram(
                name: functions[$0].symbol.name, instructions: functions[$0].slots,
                isStatic: functions[$0].symbol.isLocal, helpers: scans[$0].helpers.sorted())
        }
        let maps = try decodeMaps(file, btf: btf, symbolsBySection: symbolsBySection, budget: &budget)
        if file.header.machine == ELF.machineNone, !Self.looksLikeBPF(file, hasBTF: btf != nil) {
            throw BPFDecodeError(
                kind: .notBPF, offset: 18,
                message: "ELF machine is EM_NONE and the file has no license, BTF, maps or BPF code")
        }
        let license = file.section(named: "license").map { Self.licenseText(file.contents(of: $0)) }
        let version = file.section(named: "version")
        let versionView = version.map { file.contents(of: $0) }
        let helpers = Set(scans.flatMap(\.helpers)).sorted()
        let features = Self.features(file, programs: programs, scans: scans)
        let externs = try btf.map { (btf) throws(BPFDecodeError) -> [BPFExtern] in
            let offset = file.section(named: ".BTF").map { Int(clamping: $0.offset) } ?? 0
            return try ExternDecoder(btf: btf, symbols: file.symbols, btfOffset: offset).decode(budget: &budget)
        }
        let structOps = try StructOpsDecoder(sections: file.sections, btf: btf).decode(budget: &budget)
        return BPFObject(
            byteOrder: file.header.byteOrder, machine: file.header.machine, sections: file.sections,
            symbols: file.symbols, programs: programs, subprograms: subprograms, maps: maps, license: license,
            kernelVersionCode: versionView.flatMap { $0.count == 4 ? try? $0.u32(0) : nil },
            versionSectionSize: versionView?.count, btf: btf, btfExt: btfExt, helpers: helpers,
            kfuncs: Set(scans.flatMap(\.kfuncs)).sorted(), usesCallRegister: scans.contains { $0.usesCallRegister },
            features: BPFFeature.allCases.filter(features.contains), externs: externs ?? [],
            structOpsSections: structOps)
    }

    /// Function symbols of every code section, checked to lie inside it on instruction boundaries.
    private static func codeFunctions(_ file: ELFFile, symbolsBySection: [Int: [BPFSymbol]])
        throws(BPFDecodeError) -> [CodeFunction]
    {
        var functions: [CodeFunction] = []
        for section in file.sections where section.holdsCode {
            let symbols = (symbolsBySection[section.index] ?? [])
                .filter { $0.type == ELF.symbolFunc }
                .sorted { ($0.value, $0.index) < ($1.value, $1.index) }
            for symbol in symbols {
                let instruction = UInt64(BPFInstruction.size)
                guard symbol.value <= section.size, symbol.size <= section.size - symbol.value,
                    symbol.value % instruction == 0, symbol.size % instruction == 0
                else {
                    throw BPFDecodeError(
                        kind: .malformedProgram, offset: Int(clamping: section.offset),
                        message: "function '\(symbol.name)' (offset \(symbol.value), size \(symbol.size)) does not fit section '\(section.name)' (\(section.size) bytes) on 8-byte instruction boundaries")
                }
                functions.append(
                    CodeFunction(
                        symbol: symbol, sectionIndex: section.index, offset: Int(symbol.value), size: Int(symbol.size)))
            }
        }
        return functions
    }

    private func decodeMaps(
        _ file: ELFFile, btf: BTFInfo?, symbolsBySection: [Int: [BPFSymbol]], budget: inout TextBudget
    ) throws(BPFDecodeError) -> [BPFMap] {
        var btfMaps: [BPFMap] = []
        var legacyMaps: [BPFMap] = []
        var btfDecoder: BTFMapDecoder?
        for section in file.sections {
            let symbols = symbolsBySection[section.index] ?? []
            if section.name == BPFMapSections.btfMaps {
                if btfDecoder == nil {
                    let variables = try btf.map { (btf) throws(BPFDecodeError) -> [String: BTFType] in
                        try BTFMapDecoder.variablesByName(btf, budget: &budget, at: Int(clamping: section.offset))
                    }
                    btfDecoder = BTFMapDecoder(btf: btf, variables: variables ?? [:])
                }
                btfMaps += try btfDecoder?.decode(section: section, symbols: symbols, budget: &budget) ?? []
            } else if BPFMapSections.isLegacyMapSection(section.name), section.type == ELF.sectionProgbits {
                legacyMaps += try LegacyMapDecoder(file: file).decode(section: section, symbols: symbols)
            }
        }
        return btfMaps + legacyMaps
    }

    /// The licence string up to the first NUL (or the section's end), as libbpf and the kernel read it.
    private static func licenseText(_ view: ByteView) -> String {
        let slice = view.slice
        let end = slice.firstIndex(of: 0) ?? slice.endIndex
        return String(decoding: slice[slice.startIndex..<end], as: UTF8.self)
    }

    /// For EM_NONE files (old LLVM): a licence, BTF, a map section, or a code section that ends in `exit`.
    private static func looksLikeBPF(_ file: ELFFile, hasBTF: Bool) -> Bool {
        if hasBTF || file.section(named: "license") != nil { return true }
        if file.sections.contains(where: { BPFMapSections.isMapSection($0.name) }) { return true }
        return file.sections.contains { section in
            guard section.holdsCode, section.size % UInt64(BPFInstruction.size) == 0 else { return false }
            let code = file.contents(of: section)
            return (try? code.u8(code.count - BPFInstruction.size)) == 0x95
        }
    }

    private static func features(_ file: ELFFile, programs: [BPFProgram], scans: [FunctionScan]) -> Set<BPFFeature> {
        var features = Set(scans.flatMap(\.features))
        let hasGlobalData = file.sections.contains { section in
            section.size > 0
                && [".data", ".rodata", ".bss"].contains { prefix in
                    section.name == prefix || section.name.utf8.starts(with: (prefix + ".").utf8)
                }
        }
        if hasGlobalData { features.insert(.globalData) }
        if programs.contains(where: { $0.linkedInstructions > 4096 }) { features.insert(.largeProgram) }
        return features
    }
}
