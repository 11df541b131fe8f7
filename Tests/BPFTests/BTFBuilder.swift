/// Builds `.BTF` and `.BTF.ext` section contents by hand for tests.
struct BTFBuilder {
    let bigEndian: Bool
    private(set) var strings: [UInt8] = [0]
    private(set) var types: ByteEncoder
    private(set) var count: UInt32 = 0

    init(bigEndian: Bool = false) {
        self.bigEndian = bigEndian
        types = ByteEncoder(bigEndian: bigEndian)
    }

    /// Adds a string and returns its offset.
    mutating func string(_ text: String) -> UInt32 {
        let offset = UInt32(strings.count)
        strings += Array(text.utf8) + [0]
        return offset
    }

    /// Adds a type header and returns its id; kind-specific words follow with `word`.
    @discardableResult
    mutating func type(_ name: String = "", kind: UInt32, vlen: UInt32 = 0, kindFlag: Bool = false, sizeOrType: UInt32 = 0)
        -> UInt32
    {
        types.u32(name.isEmpty ? 0 : string(name))
        types.u32((kindFlag ? 1 << 31 : 0) | kind << 24 | vlen)
        types.u32(sizeOrType)
        count += 1
        return count
    }

    mutating func word(_ value: UInt32) { types.u32(value) }

    /// The section: header (24 bytes, or 32 with `layout`), types, layout, strings.
    func build(layout: [UInt8]? = nil, headerLength: UInt32? = nil) -> [UInt8] {
        var header = ByteEncoder(bigEndian: bigEndian)
        let length = headerLength ?? (layout == nil ? 24 : 32)
        header.u16(0xEB9F)
        header.u8(1)
        header.u8(0)
        header.u32(length)
        header.u32(0)
        header.u32(UInt32(types.bytes.count))
        let layoutLength = UInt32(layout?.count ?? 0)
        header.u32(UInt32(types.bytes.count) + layoutLength)
        header.u32(UInt32(strings.count))
        if length >= 32 {
            header.u32(UInt32(types.bytes.count))
            header.u32(layoutLength)
        }
        while header.bytes.count < Int(length) { header.u8(0) }
        return header.bytes + types.bytes + (layout ?? []) + strings
    }

    /// A `.BTF.ext` section whose CO-RE part holds `blocks` (section name offset, record count) of 16-byte
    /// records; `headerLength` 24 leaves the CO-RE fields out.
    static func ext(bigEndian: Bool = false, headerLength: UInt32 = 32, coreRecordSize: UInt32 = 16, blocks: [(UInt32, UInt32)])
        -> [UInt8]
    {
        var core = ByteEncoder(bigEndian: bigEndian)
        core.u32(coreRecordSize)
        for (name, records) in blocks {
            core.u32(name)
            core.u32(records)
            for index in 0..<records {
                core.u32(index * 8)
                core.u32(1)
                core.u32(0)
                core.u32(0)
            }
        }
        var header = ByteEncoder(bigEndian: bigEndian)
        header.u16(0xEB9F)
        header.u8(1)
        header.u8(0)
        header.u32(headerLength)
        for _ in 0..<4 { header.u32(0) }
        if headerLength >= 32 {
            header.u32(0)
            header.u32(UInt32(core.bytes.count))
        }
        return header.bytes + core.bytes
    }
}

extension ELFBuilder {
    /// The minimal program plus `.BTF` (and `.BTF.ext` when given).
    static func withBTF(_ btf: [UInt8], ext: [UInt8]? = nil, bigEndian: Bool = false) -> ELFBuilder {
        var builder = ELFBuilder.minimalProgram(bigEndian: bigEndian)
        builder.sections.append(.init(name: ".BTF", type: 1, data: btf))
        if let ext { builder.sections.append(.init(name: ".BTF.ext", type: 1, data: ext)) }
        return builder
    }
}
