/// One 8-byte eBPF instruction slot (`struct bpf_insn`).
struct BPFInstruction {
    static let size = 8
    static let loadDoubleWord: UInt8 = 0x18
    static let call: UInt8 = 0x85
    static let callRegister: UInt8 = 0x8d

    let code: UInt8
    let destination: UInt8
    let source: UInt8
    let offset: Int16
    let immediate: Int32

    /// Decodes the slot at byte `position` of `view`. The register byte is a bit-field whose nibble order
    /// follows the byte order: destination is the low nibble in little-endian files, the high one in big-endian.
    init(_ view: ByteView, at position: Int) throws(BPFDecodeError) {
        code = try view.u8(position)
        let registers = try view.u8(position + 1)
        if view.bigEndian {
            destination = registers >> 4
            source = registers & 0xf
        } else {
            destination = registers & 0xf
            source = registers >> 4
        }
        offset = Int16(bitPattern: try view.u16(position + 2))
        immediate = Int32(bitPattern: try view.u32(position + 4))
    }

    var instructionClass: UInt8 { code & 0x7 }
    var operation: UInt8 { code & 0xf0 }

    /// The instruction-set version the instruction needs beyond the original (v1) set.
    var requiredISA: BPFFeature? {
        switch instructionClass {
        case 0x5:  // JMP: jlt, jle, jslt, jsle arrived with v2.
            return [0xa0, 0xb0, 0xc0, 0xd0].contains(operation) ? .isaV2 : nil
        case 0x6:  // JMP32 is v3; its `ja` form (gotol) is v4.
            return operation == 0x00 ? .isaV4 : .isaV3
        case 0x1:  // LDX with the MEMSX mode: sign-extending load.
            return code & 0xe0 == 0x80 ? .isaV4 : nil
        case 0x4, 0x7:
            if operation == 0xb0, offset != 0 { return .isaV4 }  // movsx
            if operation == 0x30 || operation == 0x90, offset == 1 { return .isaV4 }  // sdiv, smod
            if instructionClass == 0x7, operation == 0xd0 { return .isaV4 }  // bswap
            return nil
        default:
            return nil
        }
    }
}
