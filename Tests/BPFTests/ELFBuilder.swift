/// Builds small ELF64 files byte by byte for tests of malformed input: a header, the given sections (indexes
/// start at 1), a section name table last, then the section header table.
struct ELFBuilder {
    struct Section {
        var name: String
        var type: UInt32
        var flags: UInt64 = 0
        var data: [UInt8] = []
        var link: UInt32 = 0
        var info: UInt32 = 0
        var entrySize: UInt64 = 0
    }

    var bigEndian = false
    var machine: UInt16 = 247
    var type: UInt16 = 1
    var sections: [Section] = []

    /// Index the section name table will get.
    var namesIndex: Int { sections.count + 1 }

    /// The file, and the offset of each section header (index 0 = null section).
    func buildWithLayout() -> (bytes: [UInt8], headerOffsets: [Int], dataOffsets: [Int]) {
        var names: [UInt8] = [0]
        var nameOffsets: [UInt32] = []
        for section in sections + [Section(name: ".shstrtab", type: 3)] {
            nameOffsets.append(UInt32(names.count))
            names += Array(section.name.utf8) + [0]
        }
        var all = sections
        all.append(Section(name: ".shstrtab", type: 3, data: names))
        var body: [UInt8] = Array(repeating: 0, count: 64)
        var dataOffsets: [Int] = [0]
        for section in all {
            while body.count % 8 != 0 { body.append(0) }
            dataOffsets.append(body.count)
            body += section.data
        }
        while body.count % 8 != 0 { body.append(0) }
        let tableOffset = body.count
        var encoder = ByteEncoder(bigEndian: bigEndian)
        encoder.bytes = Array(repeating: 0, count: 64)  // null section header
        var headerOffsets = [tableOffset]
        for (index, section) in all.enumerated() {
            headerOffsets.append(tableOffset + encoder.bytes.count)
            encoder.u32(nameOffsets[index])
            encoder.u32(section.type)
            encoder.u64(section.flags)
            encoder.u64(0)
            encoder.u64(UInt64(dataOffsets[index + 1]))
            encoder.u64(UInt64(section.data.count))
            encoder.u32(section.link)
            encoder.u32(section.info)
            encoder.u64(8)
            encoder.u64(section.entrySize)
        }
        body += encoder.bytes
        var header = ByteEncoder(bigEndian: bigEndian)
        header.bytes = [0x7f, 0x45, 0x4c, 0x46, 2, bigEndian ? 2 : 1, 1, 0] + Array(repeating: 0, count: 8)
        header.u16(type)
        header.u16(machine)
        header.u32(1)
        header.u64(0)
        header.u64(0)
        header.u64(UInt64(tableOffset))
        header.u32(0)
        header.u16(64)
        header.u16(0)
        header.u16(0)
        header.u16(64)
        header.u16(UInt16(all.count + 1))
        header.u16(UInt16(namesIndex))
        body.replaceSubrange(0..<64, with: header.bytes)
        return (body, headerOffsets, dataOffsets)
    }

    func build() -> [UInt8] { buildWithLayout().bytes }

    /// A minimal valid object: one `xdp` program returning 2, a GPL licence and a symbol table.
    static func minimalProgram(bigEndian: Bool = false) -> ELFBuilder {
        var code = ByteEncoder(bigEndian: bigEndian)
        code.instruction(code: 0xb7, destination: 0, immediate: 2)  // r0 = 2
        code.instruction(code: 0x95)  // exit
        var strings = ByteEncoder(bigEndian: bigEndian)
        strings.bytes = [0] + Array("xdp_pass".utf8) + [0]
        var symbols = ByteEncoder(bigEndian: bigEndian)
        symbols.symbol(name: 0, info: 0, section: 0, value: 0, size: 0)
        symbols.symbol(name: 1, info: 0x12, section: 1, value: 0, size: 16)  // GLOBAL FUNC in section 1
        var builder = ELFBuilder(bigEndian: bigEndian)
        builder.sections = [
            Section(name: "xdp", type: 1, flags: 0x6, data: code.bytes),
            Section(name: "license", type: 1, flags: 0x3, data: Array("GPL".utf8) + [0]),
            Section(name: ".strtab", type: 3, data: strings.bytes),
            Section(name: ".symtab", type: 2, data: symbols.bytes, link: 3, info: 1, entrySize: 24),
        ]
        return builder
    }
}

/// Appends integers in a chosen byte order.
struct ByteEncoder {
    let bigEndian: Bool
    var bytes: [UInt8] = []

    init(bigEndian: Bool) { self.bigEndian = bigEndian }

    mutating func u8(_ value: UInt8) { bytes.append(value) }
    mutating func u16(_ value: UInt16) { append(UInt64(value), 2) }
    mutating func u32(_ value: UInt32) { append(UInt64(value), 4) }
    mutating func u64(_ value: UInt64) { append(value, 8) }

    mutating func instruction(code: UInt8, destination: UInt8 = 0, source: UInt8 = 0, offset: Int16 = 0, immediate: Int32 = 0) {
        u8(code)
        u8(bigEndian ? destination << 4 | source : source << 4 | destination)
        u16(UInt16(bitPattern: offset))
        u32(UInt32(bitPattern: immediate))
    }

    mutating func symbol(name: UInt32, info: UInt8, section: UInt16, value: UInt64, size: UInt64) {
        u32(name)
        u8(info)
        u8(0)
        u16(section)
        u64(value)
        u64(size)
    }

    private mutating func append(_ value: UInt64, _ size: Int) {
        for index in 0..<size {
            let shift = bigEndian ? (size - 1 - index) * 8 : index * 8
            bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
        }
    }
}
