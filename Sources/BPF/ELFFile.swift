/// A relocatable ELF64 file read with every offset, size and count checked against the buffer: section
/// headers, the symbol table and the REL relocations, grouped by the section they apply to.
struct ELFFile {
    let header: ELFHeader
    let bytes: [UInt8]
    let sections: [BPFSection]
    /// All symbols, index 0 (the null symbol) included.
    let symbols: [BPFSymbol]
    /// Index of the symbol table section.
    let symbolTableIndex: Int
    /// Relocations by target section index, sorted by offset.
    let relocations: [Int: [ELFRelocation]]

    var bigEndian: Bool { header.byteOrder == .big }

    init(_ bytes: [UInt8], budget: inout TextBudget) throws(BPFDecodeError) {
        let header = try ELFHeader(bytes)
        self.header = header
        self.bytes = bytes
        let file = ByteView(bytes: bytes, bigEndian: header.byteOrder == .big, what: "file")
        let sections = try Self.readSections(file, header: header, budget: &budget)
        self.sections = sections
        let symtab = try Self.symbolTable(sections)
        self.symbolTableIndex = symtab.index
        let symbols = try Self.readSymbols(file, table: symtab, sections: sections, budget: &budget)
        self.symbols = symbols
        self.relocations = try Self.readRelocations(file, sections: sections, symbolCount: symbols.count)
    }

    /// The contents of a section (empty for NOBITS).
    func contents(of section: BPFSection) -> ByteView {
        let file = ByteView(bytes: bytes, bigEndian: bigEndian, what: "file")
        let length = section.hasFileContents ? section.size : 0
        // Bounds were checked when the section table was read.
        return (try? file.window(at: section.offset, length: length, what: "section '\(section.name)'"))
            ?? ByteView(bytes: [], bigEndian: bigEndian, what: "section '\(section.name)'")
    }

    func section(named name: String) -> BPFSection? {
        sections.first { $0.name == name }
    }

    private static func readSections(_ file: ByteView, header: ELFHeader, budget: inout TextBudget)
        throws(BPFDecodeError) -> [BPFSection]
    {
        let tableOffset = header.sectionHeaderOffset
        if tableOffset == 0 { return [] }
        guard header.sectionHeaderEntrySize == UInt16(ELF.sectionHeaderSize) else {
            throw BPFDecodeError(
                kind: .malformedSectionTable, offset: 58,
                message: "section header entry size is \(header.sectionHeaderEntrySize), expected 64")
        }
        // Section 0 carries the real count and string table index when they do not fit the header fields.
        let first = try file.window(
            at: tableOffset, length: UInt64(ELF.sectionHeaderSize), what: "section header table",
            kind: .sectionOutOfBounds)
        var count = UInt64(header.sectionCount)
        if count == 0 { count = try first.u64(32) }
        var namesIndex = UInt64(header.sectionNamesIndex)
        if header.sectionNamesIndex == ELF.indexExtended { namesIndex = UInt64(try first.u32(40)) }

        let (tableSize, overflow) = count.multipliedReportingOverflow(by: UInt64(ELF.sectionHeaderSize))
        guard !overflow, file.fits(offset: tableOffset, length: tableSize) else {
            throw BPFDecodeError(
                kind: .sectionOutOfBounds, offset: file.absolute(tableOffset),
                message: "section header table (\(count) entries at offset \(tableOffset)) runs past the end of the \(file.count)-byte file")
        }
        let table = try file.window(at: tableOffset, length: tableSize, what: "section header table")
        var raw: [(name: UInt32, section: BPFSection)] = []
        raw.reserveCapacity(Int(count))
        for index in 0..<Int(count) {
            let base = index * ELF.sectionHeaderSize
            let section = BPFSection(
                index: index, name: "", type: try table.u32(base + 4), flags: try table.u64(base + 8),
                offset: try table.u64(base + 24), size: try table.u64(base + 32), link: try table.u32(base + 40),
                info: try table.u32(base + 44), entrySize: try table.u64(base + 56))
            if section.hasFileContents, !file.fits(offset: section.offset, length: section.size) {
                throw BPFDecodeError(
                    kind: .sectionOutOfBounds, offset: table.start + base + 24,
                    message: "section \(index) (offset \(section.offset), size \(section.size)) runs past the end of the \(file.count)-byte file")
            }
            raw.append((try table.u32(base), section))
        }
        guard namesIndex == 0 || namesIndex < count else {
            throw BPFDecodeError(
                kind: .malformedSectionTable, offset: 62,
                message: "section name table index \(namesIndex) is not below the section count \(count)")
        }
        guard namesIndex != 0 else { return raw.map(\.section) }
        let namesSection = raw[Int(namesIndex)].section
        let names = StringTable(
            view: try file.window(
                at: namesSection.offset, length: namesSection.hasFileContents ? namesSection.size : 0,
                what: "section name table"))
        var sections: [BPFSection] = []
        sections.reserveCapacity(raw.count)
        for (nameOffset, section) in raw {
            let name = try names.string(at: UInt64(nameOffset), budget: &budget)
            sections.append(
                BPFSection(
                    index: section.index, name: name, type: section.type, flags: section.flags,
                    offset: section.offset, size: section.size, link: section.link, info: section.info,
                    entrySize: section.entrySize))
        }
        return sections
    }

    private static func symbolTable(_ sections: [BPFSection]) throws(BPFDecodeError) -> BPFSection {
        guard let table = sections.first(where: { $0.type == ELF.sectionSymtab }) else {
            throw BPFDecodeError(
                kind: .missingSymbolTable, offset: 0,
                message: "no symbol table (stripped object?); loaders need it to find programs and maps")
        }
        return table
    }

    private static func readSymbols(
        _ file: ByteView, table: BPFSection, sections: [BPFSection], budget: inout TextBudget
    ) throws(BPFDecodeError) -> [BPFSymbol] {
        guard table.entrySize == UInt64(ELF.symbolSize) else {
            throw BPFDecodeError(
                kind: .malformedSymbol, offset: Int(clamping: table.offset),
                message: "symbol table entry size is \(table.entrySize), expected 24")
        }
        guard Int(table.link) < sections.count, table.link != 0 else {
            throw BPFDecodeError(
                kind: .malformedSymbol, offset: Int(clamping: table.offset),
                message: "symbol table links to string table section \(table.link), which does not exist")
        }
        let stringSection = sections[Int(table.link)]
        let strings = StringTable(
            view: try file.window(
                at: stringSection.offset, length: stringSection.hasFileContents ? stringSection.size : 0,
                what: "symbol string table"))
        let view = try file.window(at: table.offset, length: table.size, what: "symbol table")
        let count = view.count / ELF.symbolSize
        var symbols: [BPFSymbol] = []
        symbols.reserveCapacity(count)
        for index in 0..<count {
            let base = index * ELF.symbolSize
            let info = try view.u8(base + 4)
            symbols.append(
                BPFSymbol(
                    index: index, name: try strings.string(at: UInt64(try view.u32(base)), budget: &budget),
                    type: info & 0xf, binding: info >> 4, visibility: try view.u8(base + 5) & 3,
                    sectionIndex: try view.u16(base + 6), value: try view.u64(base + 8),
                    size: try view.u64(base + 16)))
        }
        return symbols
    }

    private static func readRelocations(_ file: ByteView, sections: [BPFSection], symbolCount: Int)
        throws(BPFDecodeError) -> [Int: [ELFRelocation]]
    {
        var result: [Int: [ELFRelocation]] = [:]
        for section in sections where section.type == ELF.sectionRel {
            guard section.entrySize == UInt64(ELF.relocationSize) else {
                throw BPFDecodeError(
                    kind: .malformedRelocation, offset: Int(clamping: section.offset),
                    message: "relocation section '\(section.name)' has entry size \(section.entrySize), expected 16")
            }
            let target = Int(section.info)
            guard target > 0, target < sections.count else {
                throw BPFDecodeError(
                    kind: .malformedRelocation, offset: Int(clamping: section.offset),
                    message: "relocation section '\(section.name)' applies to section \(section.info), which does not exist")
            }
            let view = try file.window(at: section.offset, length: section.size, what: "section '\(section.name)'")
            var entries: [ELFRelocation] = []
            entries.reserveCapacity(view.count / ELF.relocationSize)
            for index in 0..<(view.count / ELF.relocationSize) {
                let base = index * ELF.relocationSize
                let info = try view.u64(base + 8)
                let symbol = info >> 32
                guard symbol < UInt64(symbolCount) else {
                    throw BPFDecodeError(
                        kind: .malformedRelocation, offset: view.start + base + 8,
                        message: "relocation \(index) of '\(section.name)' refers to symbol \(symbol), but the symbol table has \(symbolCount)")
                }
                entries.append(
                    ELFRelocation(
                        offset: try view.u64(base), symbolIndex: Int(symbol),
                        type: UInt32(truncatingIfNeeded: info)))
            }
            result[target, default: []].append(contentsOf: entries)
        }
        for key in result.keys { result[key]?.sort { $0.offset < $1.offset } }
        return result
    }
}
