/// Reads a `.BTF.ext` section. Each part is `u32 rec_size` followed by blocks of
/// `{u32 sec_name_off; u32 num_info; rec_size * num_info bytes}` until the part's length is used up.
enum BTFExtParser {
    private static let functionInfoMinimum: UInt32 = 8
    private static let lineInfoMinimum: UInt32 = 16
    private static let coreRelocationMinimum: UInt32 = 16
    /// Record sizes above this are refused as corrupt (cilium/ebpf uses the same bound).
    private static let recordSizeMaximum: UInt32 = 256

    static func parse(_ section: ByteView) throws(BPFDecodeError) -> BTFExtInfo {
        let magic = try section.u16(0)
        guard magic == BTFParser.magic else {
            throw BPFDecodeError(
                kind: .malformedBTFExt, offset: section.start,
                message: magic == BTFParser.swappedMagic
                    ? ".BTF.ext is in the other byte order than the ELF header says"
                    : ".BTF.ext magic is 0x\(String(magic, radix: 16)), expected 0xeb9f")
        }
        let headerLength = try section.u32(4)
        guard headerLength >= 24, UInt64(headerLength) <= UInt64(section.count) else {
            throw BPFDecodeError(
                kind: .malformedBTFExt, offset: section.start + 4,
                message: ".BTF.ext header length \(headerLength) is below 24 or beyond the \(section.count)-byte section")
        }
        let body = try section.suffix(from: Int(headerLength), what: ".BTF.ext data")
        let functions = try records(
            body, offset: try section.u32(8), length: try section.u32(12), minimum: functionInfoMinimum,
            part: "func_info")
        let lines = try records(
            body, offset: try section.u32(16), length: try section.u32(20), minimum: lineInfoMinimum,
            part: "line_info")
        var relocations: [BTFExtInfo.CoreRelocation] = []
        // The CO-RE fields exist only in headers of 32 bytes or more; reading them from a shorter header
        // would read records as header fields.
        if headerLength >= 32 {
            let blocks = try records(
                body, offset: try section.u32(24), length: try section.u32(28), minimum: coreRelocationMinimum,
                part: "CO-RE relocation")
            for block in blocks {
                for index in 0..<block.count {
                    let base = block.first + index * block.recordSize
                    relocations.append(
                        .init(
                            sectionNameOffset: block.sectionNameOffset, instructionOffset: try body.u32(base),
                            typeID: try body.u32(base + 4), kind: try body.u32(base + 12)))
                }
            }
        }
        return BTFExtInfo(
            headerLength: Int(headerLength), functionInfoCount: functions.reduce(0) { $0 + $1.count },
            lineInfoCount: lines.reduce(0) { $0 + $1.count }, coreRelocations: relocations)
    }

    /// A run of `count` records of one code section, starting at body offset `first`.
    private struct Block {
        let sectionNameOffset: UInt32
        let first: Int
        let count: Int
        let recordSize: Int
    }

    private static func records(_ body: ByteView, offset: UInt32, length: UInt32, minimum: UInt32, part: String)
        throws(BPFDecodeError) -> [Block]
    {
        guard length > 0 else { return [] }
        let view = try body.window(
            at: UInt64(offset), length: UInt64(length), what: ".BTF.ext \(part) part", kind: .malformedBTFExt)
        let recordSize = try view.u32(0)
        guard recordSize >= minimum, recordSize <= recordSizeMaximum else {
            throw BPFDecodeError(
                kind: .malformedBTFExt, offset: view.start,
                message: ".BTF.ext \(part) record size is \(recordSize), expected \(minimum) to \(recordSizeMaximum)")
        }
        var blocks: [Block] = []
        var position = 4
        // Every block consumes at least 8 bytes, so the loop ends within length / 8 rounds.
        while position < view.count {
            let nameOffset = try view.u32(position)
            let count = try view.u32(position + 4)
            guard count > 0 else {
                throw BPFDecodeError(
                    kind: .malformedBTFExt, offset: view.start + position + 4,
                    message: ".BTF.ext \(part) block has no records")
            }
            let (bytes, overflow) = UInt64(count).multipliedReportingOverflow(by: UInt64(recordSize))
            let first = position + 8
            guard !overflow, view.fits(offset: UInt64(first), length: bytes) else {
                throw BPFDecodeError(
                    kind: .malformedBTFExt, offset: view.start + position + 4,
                    message: ".BTF.ext \(part) block of \(count) records of \(recordSize) bytes runs past the end of its part")
            }
            blocks.append(
                Block(
                    sectionNameOffset: nameOffset, first: view.start - body.start + first, count: Int(count),
                    recordSize: Int(recordSize)))
            position = first + Int(bytes)
        }
        return blocks
    }
}
