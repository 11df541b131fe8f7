/// Value, reference, heap, composite and external types, recording the features their encodings imply.
extension ModuleDecoder {
    mutating func readValueType() throws(WasmDecodeError) -> WasmValueType {
        let start = reader.position
        let byte = try reader.readByte()
        switch byte {
        case 0x7F: return .i32
        case 0x7E: return .i64
        case 0x7D: return .f32
        case 0x7C: return .f64
        case 0x7B:
            features.insert(.simd128)
            return .v128
        default:
            let reference = try readReferenceType(startingWith: byte, at: start)
            // A reference used as a value (not as an MVP table's funcref) needs reference types.
            features.insert(.referenceTypes)
            return .reference(reference)
        }
    }

    /// A reference type where one is required (table element types, typed element segments).
    mutating func readReferenceType() throws(WasmDecodeError) -> WasmReferenceType {
        let start = reader.position
        let byte = try reader.readByte()
        return try readReferenceType(startingWith: byte, at: start)
    }

    private mutating func readReferenceType(
        startingWith byte: UInt8, at start: Int
    ) throws(WasmDecodeError) -> WasmReferenceType {
        switch byte {
        case 0x63:
            return WasmReferenceType(isNullable: true, heapType: try readHeapType())
        case 0x64:
            features.insert(.functionReferences)
            return WasmReferenceType(isNullable: false, heapType: try readHeapType())
        default:
            guard let abstract = WasmAbstractHeapType(rawValue: byte) else {
                throw reader.error(.unknownValueType(byte), at: start)
            }
            noteHeapType(.abstract(abstract))
            return WasmReferenceType(isNullable: true, heapType: .abstract(abstract))
        }
    }

    /// A heap type: one abstract-type byte, or a non-negative `s33` type index.
    mutating func readHeapType() throws(WasmDecodeError) -> WasmHeapType {
        let start = reader.position
        let first = try reader.peekByte()
        if let abstract = WasmAbstractHeapType(rawValue: first) {
            _ = try reader.readByte()
            noteHeapType(.abstract(abstract))
            return .abstract(abstract)
        }
        let value = try reader.readSigned(bits: 33)
        guard value >= 0 else { throw reader.error(.unknownValueType(first), at: start) }
        features.insert(.functionReferences)
        return .index(UInt32(truncatingIfNeeded: value))
    }

    private mutating func noteHeapType(_ heapType: WasmHeapType) {
        guard case let .abstract(abstract) = heapType else { return }
        switch abstract {
        case .func, .extern: break
        case .exn, .noexn: features.insert(.exceptionHandling)
        case .any, .eq, .i31, .struct, .array, .none, .noextern, .nofunc: features.insert(.gc)
        }
    }

    // MARK: Type section entries

    mutating func readRecursiveGroup() throws(WasmDecodeError) -> WasmRecursiveGroup {
        if try reader.peekByte() == 0x4E {
            _ = try reader.readByte()
            features.insert(.gc)
            let count = try reader.readCount()
            var types: [WasmSubType] = []
            types.reserveCapacity(count)
            for _ in 0..<count { types.append(try readSubType()) }
            return WasmRecursiveGroup(types: types, isExplicit: true)
        }
        return WasmRecursiveGroup(types: [try readSubType()], isExplicit: false)
    }

    private mutating func readSubType() throws(WasmDecodeError) -> WasmSubType {
        let form = try reader.peekByte()
        guard form == 0x50 || form == 0x4F else {
            return WasmSubType(isFinal: true, supertypes: [], composite: try readCompositeType())
        }
        _ = try reader.readByte()
        features.insert(.gc)
        let count = try reader.readCount()
        var supertypes: [UInt32] = []
        supertypes.reserveCapacity(count)
        for _ in 0..<count { supertypes.append(try reader.readU32()) }
        return WasmSubType(isFinal: form == 0x4F, supertypes: supertypes, composite: try readCompositeType())
    }

    private mutating func readCompositeType() throws(WasmDecodeError) -> WasmCompositeType {
        let start = reader.position
        let form = try reader.readByte()
        switch form {
        case 0x60:
            let parameters = try readValueTypes()
            let results = try readValueTypes()
            if results.count > 1 { features.insert(.multivalue) }
            return .function(WasmFunctionType(parameters: parameters, results: results))
        case 0x5F:
            features.insert(.gc)
            let count = try reader.readCount(minimumItemSize: 2)
            var fields: [WasmFieldType] = []
            fields.reserveCapacity(count)
            for _ in 0..<count { fields.append(try readFieldType()) }
            return .structure(fields)
        case 0x5E:
            features.insert(.gc)
            return .array(try readFieldType())
        default:
            throw reader.error(.unknownTypeForm(form), at: start)
        }
    }

    mutating func readValueTypes() throws(WasmDecodeError) -> [WasmValueType] {
        let count = try reader.readCount()
        var types: [WasmValueType] = []
        types.reserveCapacity(count)
        for _ in 0..<count { types.append(try readValueType()) }
        return types
    }

    private mutating func readFieldType() throws(WasmDecodeError) -> WasmFieldType {
        let storage: WasmStorageType
        switch try reader.peekByte() {
        case 0x78:
            _ = try reader.readByte()
            storage = .i8
        case 0x77:
            _ = try reader.readByte()
            storage = .i16
        default:
            storage = .value(try readValueType())
        }
        return WasmFieldType(storage: storage, isMutable: try readMutability())
    }

    private mutating func readMutability() throws(WasmDecodeError) -> Bool {
        let start = reader.position
        let byte = try reader.readByte()
        switch byte {
        case 0x00: return false
        case 0x01: return true
        default: throw reader.error(.unknownMutability(byte), at: start)
        }
    }

    // MARK: External types

    mutating func readLimits(allowShared: Bool) throws(WasmDecodeError) -> WasmLimits {
        let start = reader.position
        let flags = try reader.readByte()
        guard flags <= 0x07, allowShared || flags & 0x02 == 0 else {
            throw reader.error(.unknownLimitsFlags(flags), at: start)
        }
        let hasMaximum = flags & 0x01 != 0
        let isShared = flags & 0x02 != 0
        let is64Bit = flags & 0x04 != 0
        let bits = is64Bit ? 64 : 32
        let minimum = try reader.readUnsigned(bits: bits)
        let maximum = hasMaximum ? try reader.readUnsigned(bits: bits) : nil
        if isShared { features.insert(.atomics) }
        if is64Bit { features.insert(.memory64) }
        return WasmLimits(minimum: minimum, maximum: maximum, isShared: isShared, is64Bit: is64Bit)
    }

    mutating func readTableType() throws(WasmDecodeError) -> WasmTableType {
        let elementType = try readReferenceType()
        if elementType != .funcref { features.insert(.referenceTypes) }
        return WasmTableType(elementType: elementType, limits: try readLimits(allowShared: false))
    }

    mutating func readMemoryType() throws(WasmDecodeError) -> WasmMemoryType {
        WasmMemoryType(limits: try readLimits(allowShared: true))
    }

    mutating func readGlobalType() throws(WasmDecodeError) -> WasmGlobalType {
        let valueType = try readValueType()
        return WasmGlobalType(valueType: valueType, isMutable: try readMutability())
    }

    mutating func readTagType() throws(WasmDecodeError) -> WasmTagType {
        let start = reader.position
        let attribute = try reader.readByte()
        guard attribute == 0x00 else { throw reader.error(.unexpectedByte(attribute), at: start) }
        features.insert(.exceptionHandling)
        return WasmTagType(typeIndex: try reader.readU32())
    }
}
