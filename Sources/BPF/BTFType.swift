/// One BTF type: the common `struct btf_type` fields and the kind-specific data that follows.
public struct BTFType: Sendable, Equatable {
    /// A member of a STRUCT or UNION.
    public struct Member: Sendable, Equatable {
        /// Offset of the member's name in the BTF string section.
        public let nameOffset: UInt32
        /// Type id of the member.
        public let type: UInt32
        /// Bit offset (with the kind flag: bitfield size << 24 | bit offset).
        public let offset: UInt32
    }

    /// An enumerator of an ENUM or ENUM64.
    public struct Enumerator: Sendable, Equatable {
        /// Offset of the name in the BTF string section.
        public let nameOffset: UInt32
        /// The value (ENUM values are sign- or zero-extended per the kind flag).
        public let value: Int64
    }

    /// A parameter of a FUNC_PROTO.
    public struct Parameter: Sendable, Equatable {
        /// Offset of the name in the BTF string section.
        public let nameOffset: UInt32
        /// Type id of the parameter.
        public let type: UInt32
    }

    /// A variable of a DATASEC.
    public struct SectionVariable: Sendable, Equatable {
        /// Type id of the VAR (or FUNC for `.ksyms`).
        public let type: UInt32
        /// Offset inside the section (0 in unlinked clang output).
        public let offset: UInt32
        /// Size in bytes.
        public let size: UInt32
    }

    /// Kind-specific data.
    public enum Detail: Sendable, Equatable {
        /// Kinds without trailing data, and unknown kinds.
        case none
        /// INT: encoding bits (1 signed, 2 char, 4 bool), bit offset, number of bits.
        case int(encoding: UInt8, bitOffset: UInt8, bits: UInt8)
        /// ARRAY: element type, index type, number of elements.
        case array(elementType: UInt32, indexType: UInt32, count: UInt32)
        /// STRUCT / UNION members.
        case members([Member])
        /// ENUM / ENUM64 values.
        case enumerators([Enumerator])
        /// FUNC_PROTO parameters.
        case parameters([Parameter])
        /// VAR linkage (0 static, 1 global, 2 extern).
        case variable(linkage: UInt32)
        /// DATASEC variables.
        case sectionVariables([SectionVariable])
        /// DECL_TAG component index (-1 for the whole declaration).
        case declarationTag(componentIndex: Int32)
    }

    /// Type id (1-based; 0 is void).
    public let id: UInt32
    /// The kind.
    public let kind: BTFKind
    /// Offset of the name in the BTF string section (0 = anonymous).
    public let nameOffset: UInt32
    /// `vlen`: entry count, or the linkage for FUNC.
    public let vlen: UInt32
    /// The kind flag (bit 31 of `info`).
    public let kindFlag: Bool
    /// `size` for sized kinds, `type` for referring kinds.
    public let sizeOrType: UInt32
    /// Kind-specific data.
    public let detail: Detail
}
