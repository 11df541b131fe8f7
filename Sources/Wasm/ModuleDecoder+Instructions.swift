/// Walks instruction sequences: every opcode's immediates are read (so the walk stays in step with the
/// encoding) and the feature each opcode belongs to is recorded. Nothing is kept; no type checking is done.
extension ModuleDecoder {
    /// Reads instructions up to and including the `end` that closes the expression.
    ///
    /// The common cases (an opcode whose immediates are single-byte LEB128 values) are decoded from a local
    /// cursor; anything longer or rarer hands the position back to the reader and takes the general path.
    /// This keeps the walk over a Go module's 1.5 MB of code fast in debug builds, where every call costs.
    mutating func walkExpression(isConstant: Bool) throws(WasmDecodeError) {
        let shapes = OpcodeShape.table
        let bytes = reader.bytes
        let end = reader.end
        var cursor = reader.position
        var depth = 0
        while true {
            guard cursor < end else {
                reader.seek(to: cursor)
                throw reader.error(.unexpectedEnd, at: end)
            }
            let opcode = bytes[cursor]
            cursor += 1
            switch shapes[Int(opcode)] {
            case .plain:
                if isConstant { noteExtendedConstant(opcode) }
                continue
            case .end:
                if depth == 0 {
                    reader.seek(to: cursor)
                    return
                }
                depth -= 1
                continue
            case .index, .i32Constant, .i64Constant:
                // Up to four LEB128 bytes carry at most 28 bits, which no u32, s32 or s64 can overflow.
                if cursor + 3 < end {
                    if bytes[cursor] < 0x80 {
                        cursor += 1
                        continue
                    }
                    if bytes[cursor + 1] < 0x80 {
                        cursor += 2
                        continue
                    }
                    if bytes[cursor + 2] < 0x80 {
                        cursor += 3
                        continue
                    }
                    if bytes[cursor + 3] < 0x80 {
                        cursor += 4
                        continue
                    }
                }
            case .memoryArgument:
                if cursor + 1 < end && bytes[cursor] < 0x40 && bytes[cursor + 1] < 0x80 {
                    cursor += 2
                    continue
                }
            case .block:
                if cursor < end && (bytes[cursor] == 0x40 || (bytes[cursor] >= 0x7C && bytes[cursor] <= 0x7F)) {
                    cursor += 1
                    depth += 1
                    continue
                }
            case .signExtension:
                features.insert(.signExtension)
                continue
            case .f32Constant, .f64Constant, .special:
                break
            }
            reader.seek(to: cursor)
            try walkGeneralInstruction(opcode, shape: shapes[Int(opcode)], depth: &depth)
            cursor = reader.position
        }
    }

    /// The general path for one instruction whose opcode byte has been read.
    private mutating func walkGeneralInstruction(
        _ opcode: UInt8, shape: OpcodeShape, depth: inout Int
    ) throws(WasmDecodeError) {
        switch shape {
        case .index:
            _ = try reader.readU32()
        case .i32Constant:
            _ = try reader.readSigned(bits: 32)
        case .i64Constant:
            _ = try reader.readSigned(bits: 64)
        case .memoryArgument:
            try readMemoryArgument()
        case .block:
            try readBlockType()
            depth += 1
        case .f32Constant:
            try reader.skip(4)
        case .f64Constant:
            try reader.skip(8)
        case .special:
            try walkSpecialInstruction(opcode, depth: &depth)
        case .plain, .end, .signExtension:
            break
        }
    }

    /// The one-byte opcodes outside the common shapes, and the prefixed instruction families.
    private mutating func walkSpecialInstruction(_ opcode: UInt8, depth: inout Int) throws(WasmDecodeError) {
        let start = reader.position - 1
        switch opcode {
        case 0x06:
            features.insert(.exceptionHandling)
            try readBlockType()
            depth += 1
        case 0x07, 0x08, 0x09:
            features.insert(.exceptionHandling)
            _ = try reader.readU32()
        case 0x0A, 0x19:
            features.insert(.exceptionHandling)
        case 0x0E:
            let count = try reader.readCount()
            for _ in 0...count { _ = try reader.readU32() }
        case 0x11:
            _ = try reader.readU32()
            if try reader.readU32() != 0 { features.insert(.referenceTypes) }
        case 0x12:
            features.insert(.tailCall)
            _ = try reader.readU32()
        case 0x13:
            features.insert(.tailCall)
            _ = try reader.readU32()
            _ = try reader.readU32()
        case 0x14:
            features.insert(.functionReferences)
            _ = try reader.readU32()
        case 0x15:
            features.insert(.tailCall)
            features.insert(.functionReferences)
            _ = try reader.readU32()
        case 0x18:
            // Legacy `delegate` closes its `try` block instead of an `end`.
            features.insert(.exceptionHandling)
            _ = try reader.readU32()
            if depth == 0 { throw reader.error(.unbalancedBlocks, at: start) }
            depth -= 1
        case 0x1C:
            features.insert(.referenceTypes)
            let count = try reader.readCount()
            for _ in 0..<count { _ = try readValueType() }
        case 0x1F:
            features.insert(.exceptionHandling)
            try readBlockType()
            try readCatchClauses()
            depth += 1
        case 0x25, 0x26:
            features.insert(.referenceTypes)
            _ = try reader.readU32()
        case 0x3F, 0x40:
            try readMemoryIndex()
        case 0xD0:
            features.insert(.referenceTypes)
            _ = try readHeapType()
        case 0xD1:
            features.insert(.referenceTypes)
        case 0xD2:
            features.insert(.referenceTypes)
            _ = try reader.readU32()
        case 0xD3:
            features.insert(.gc)
        case 0xD4:
            features.insert(.functionReferences)
        case 0xD5, 0xD6:
            features.insert(.functionReferences)
            _ = try reader.readU32()
        case 0xFB:
            try walkGCInstruction()
        case 0xFC:
            try walkMiscellaneousInstruction()
        case 0xFD:
            try walkVectorInstruction()
        case 0xFE:
            try walkAtomicInstruction()
        default:
            throw reader.error(.unknownOpcode(prefix: nil, code: UInt32(opcode)), at: start)
        }
    }

    /// Summarises a constant expression and walks it; the simple one-instruction forms are recognised first.
    mutating func readConstantExpression() throws(WasmDecodeError) -> WasmConstantExpression {
        let start = reader.position
        let summary = peekSimpleConstant(start: start)
        try walkExpression(isConstant: true)
        return summary
    }

    /// Reads ahead for a one-instruction expression, then rewinds; a malformed expression gives `.other`
    /// here and its error from the walk that follows.
    private mutating func peekSimpleConstant(start: Int) -> WasmConstantExpression {
        let savedReader = reader
        let savedFeatures = features
        defer {
            reader = savedReader
            features = savedFeatures
        }
        do {
            let value: WasmConstantExpression
            switch try reader.readByte() {
            case 0x41: value = .i32(Int32(truncatingIfNeeded: try reader.readSigned(bits: 32)))
            case 0x42: value = .i64(try reader.readSigned(bits: 64))
            case 0x43: value = .f32(bits: UInt32(truncatingIfNeeded: try littleEndian(bytes: 4)))
            case 0x44: value = .f64(bits: try littleEndian(bytes: 8))
            case 0x23: value = .globalGet(try reader.readU32())
            case 0xD0: value = .refNull(try readHeapType())
            case 0xD2: value = .refFunction(try reader.readU32())
            case 0xFD:
                guard try reader.readU32() == 12 else { return .other(offset: start) }
                value = .v128(try reader.readBytes(16))
            default: return .other(offset: start)
            }
            return try reader.readByte() == 0x0B ? value : .other(offset: start)
        } catch {
            return .other(offset: start)
        }
    }

    private mutating func littleEndian(bytes count: Int) throws(WasmDecodeError) -> UInt64 {
        var value: UInt64 = 0
        for index in 0..<count { value |= UInt64(try reader.readByte()) << (8 * UInt64(index)) }
        return value
    }

    private mutating func noteExtendedConstant(_ opcode: UInt8) {
        switch opcode {
        case 0x6A, 0x6B, 0x6C, 0x7C, 0x7D, 0x7E: features.insert(.extendedConst)
        default: break
        }
    }

    /// `0x40` (empty), a value type, or a non-negative `s33` type index (multi-value blocks).
    private mutating func readBlockType() throws(WasmDecodeError) {
        let start = reader.position
        let first = try reader.peekByte()
        if first == 0x40 {
            _ = try reader.readByte()
        } else if first & 0xC0 == 0x40 {
            _ = try readValueType()
        } else {
            guard try reader.readSigned(bits: 33) >= 0 else { throw reader.error(.unknownValueType(first), at: start) }
            features.insert(.multivalue)
        }
    }

    private mutating func readCatchClauses() throws(WasmDecodeError) {
        let count = try reader.readCount(minimumItemSize: 2)
        for _ in 0..<count {
            let start = reader.position
            let kind = try reader.readByte()
            switch kind {
            case 0x00, 0x01:
                _ = try reader.readU32()
                _ = try reader.readU32()
            case 0x02, 0x03:
                _ = try reader.readU32()
            default:
                throw reader.error(.unexpectedByte(kind), at: start)
            }
        }
    }

    /// `align` (bit 6 set: a memory index follows), then a 64-bit offset.
    private mutating func readMemoryArgument() throws(WasmDecodeError) {
        let start = reader.position
        let flags = try reader.readU32()
        guard flags < 0x80 else { throw reader.error(.malformedMemoryArgument(flags), at: start) }
        if flags & 0x40 != 0, try reader.readU32() != 0 { features.insert(.multimemory) }
        _ = try reader.readU64()
    }

    private mutating func readMemoryIndex() throws(WasmDecodeError) {
        if try reader.readU32() != 0 { features.insert(.multimemory) }
    }

    private mutating func walkGCInstruction() throws(WasmDecodeError) {
        let start = reader.position - 1
        features.insert(.gc)
        let code = try reader.readU32()
        switch code {
        case 0, 1, 6, 7, 11, 12, 13, 14, 16:
            _ = try reader.readU32()
        case 2, 3, 4, 5, 8, 9, 10, 17, 18, 19:
            _ = try reader.readU32()
            _ = try reader.readU32()
        case 15, 26...30:
            break
        case 20...23:
            _ = try readHeapType()
        case 24, 25:
            let flagsStart = reader.position
            let flags = try reader.readByte()
            guard flags <= 0x03 else { throw reader.error(.unexpectedByte(flags), at: flagsStart) }
            _ = try reader.readU32()
            _ = try readHeapType()
            _ = try readHeapType()
        default:
            throw reader.error(.unknownOpcode(prefix: 0xFB, code: code), at: start)
        }
    }

    private mutating func walkMiscellaneousInstruction() throws(WasmDecodeError) {
        let start = reader.position - 1
        let code = try reader.readU32()
        switch code {
        case 0...7:
            features.insert(.nontrappingFloatToInt)
        case 8:
            features.insert(.bulkMemory)
            _ = try reader.readU32()
            try readMemoryIndex()
        case 9:
            features.insert(.bulkMemory)
            _ = try reader.readU32()
        case 10:
            features.insert(.bulkMemory)
            try readMemoryIndex()
            try readMemoryIndex()
        case 11:
            features.insert(.bulkMemory)
            try readMemoryIndex()
        case 12, 14:
            features.insert(.bulkMemory)
            _ = try reader.readU32()
            _ = try reader.readU32()
        case 13:
            features.insert(.bulkMemory)
            _ = try reader.readU32()
        case 15, 16, 17:
            features.insert(.bulkMemory)
            features.insert(.referenceTypes)
            _ = try reader.readU32()
        default:
            throw reader.error(.unknownOpcode(prefix: 0xFC, code: code), at: start)
        }
    }

    private mutating func walkVectorInstruction() throws(WasmDecodeError) {
        let start = reader.position - 1
        features.insert(.simd128)
        let code = try reader.readU32()
        switch code {
        case 0...11, 92, 93:
            try readMemoryArgument()
        case 12, 13:
            try reader.skip(16)
        case 21...34:
            try reader.skip(1)
        case 84...91:
            try readMemoryArgument()
            try reader.skip(1)
        case 14...20, 35...83, 94...255:
            break
        case 0x100...0x113:
            features.insert(.relaxedSIMD)
        default:
            throw reader.error(.unknownOpcode(prefix: 0xFD, code: code), at: start)
        }
    }

    private mutating func walkAtomicInstruction() throws(WasmDecodeError) {
        let start = reader.position - 1
        features.insert(.atomics)
        let code = try reader.readU32()
        switch code {
        case 0, 1, 2, 0x10...0x4E:
            try readMemoryArgument()
        case 3:
            let reservedStart = reader.position
            let reserved = try reader.readByte()
            guard reserved == 0 else { throw reader.error(.unexpectedByte(reserved), at: reservedStart) }
        default:
            throw reader.error(.unknownOpcode(prefix: 0xFE, code: code), at: start)
        }
    }
}
