/// The fields of the ELF64 file header that the decoder uses, after the checks loaders make.
struct ELFHeader {
    let byteOrder: BPFByteOrder
    let type: UInt16
    let machine: UInt16
    let sectionHeaderOffset: UInt64
    let sectionHeaderEntrySize: UInt16
    let sectionCount: UInt16
    let sectionNamesIndex: UInt16

    /// Reads the header; throws for what no eBPF loader accepts (not ELF, not 64-bit, bad byte order, not
    /// relocatable, a machine other than EM_BPF or EM_NONE).
    init(_ bytes: [UInt8]) throws(BPFDecodeError) {
        guard bytes.count >= 4, bytes[0] == 0x7f, bytes[1] == 0x45, bytes[2] == 0x4c, bytes[3] == 0x46 else {
            throw BPFDecodeError(
                kind: bytes.count < 4 ? .truncated : .notELF, offset: 0,
                message: bytes.count < 4
                    ? "file is \(bytes.count) bytes, too short for the ELF magic"
                    : "not an ELF file (no \\x7fELF magic)")
        }
        guard bytes.count >= ELF.headerSize else {
            throw BPFDecodeError(
                kind: .truncated, offset: bytes.count,
                message: "truncated ELF header: file is \(bytes.count) bytes, the header needs \(ELF.headerSize)")
        }
        guard bytes[4] == ELF.classELF64 else {
            throw BPFDecodeError(
                kind: .unsupportedClass, offset: 4,
                message: "ELF class \(bytes[4]) is not ELFCLASS64 (2); eBPF objects are 64-bit")
        }
        switch bytes[5] {
        case ELF.dataLittle: byteOrder = .little
        case ELF.dataBig: byteOrder = .big
        default:
            throw BPFDecodeError(
                kind: .unsupportedByteOrder, offset: 5,
                message: "ELF data encoding \(bytes[5]) is neither little (1) nor big (2) endian")
        }
        let view = ByteView(bytes: bytes, bigEndian: byteOrder == .big, what: "ELF header")
        type = try view.u16(16)
        machine = try view.u16(18)
        sectionHeaderOffset = try view.u64(40)
        sectionHeaderEntrySize = try view.u16(58)
        sectionCount = try view.u16(60)
        sectionNamesIndex = try view.u16(62)
        guard type == ELF.typeRelocatable else {
            throw BPFDecodeError(
                kind: .notRelocatable, offset: 16,
                message: "ELF type \(type) is not ET_REL (1): eBPF loaders only take relocatable objects")
        }
        guard machine == ELF.machineBPF || machine == ELF.machineNone else {
            throw BPFDecodeError(
                kind: .wrongMachine, offset: 18,
                message: "ELF machine \(machine) is not EM_BPF (247) or EM_NONE (0)")
        }
    }
}
