/// A BTF type kind (`BTF_KIND_*`, `include/uapi/linux/btf.h`).
public enum BTFKind: Sendable, Equatable, Hashable {
    case int, pointer, array, structure, union, enumeration, forward, typedef, volatile, const, restrict
    case function, functionPrototype, variable, dataSection, float, declarationTag, typeTag, enumeration64
    /// A kind this decoder does not know, skipped with the sizes from the BTF layout section.
    case unknown(UInt8)

    /// Creates the kind for a raw `BTF_KIND_*` number.
    public init(rawValue: UInt8) {
        switch rawValue {
        case 1: self = .int
        case 2: self = .pointer
        case 3: self = .array
        case 4: self = .structure
        case 5: self = .union
        case 6: self = .enumeration
        case 7: self = .forward
        case 8: self = .typedef
        case 9: self = .volatile
        case 10: self = .const
        case 11: self = .restrict
        case 12: self = .function
        case 13: self = .functionPrototype
        case 14: self = .variable
        case 15: self = .dataSection
        case 16: self = .float
        case 17: self = .declarationTag
        case 18: self = .typeTag
        case 19: self = .enumeration64
        default: self = .unknown(rawValue)
        }
    }

    /// The `BTF_KIND_*` number.
    public var rawValue: UInt8 {
        switch self {
        case .int: 1
        case .pointer: 2
        case .array: 3
        case .structure: 4
        case .union: 5
        case .enumeration: 6
        case .forward: 7
        case .typedef: 8
        case .volatile: 9
        case .const: 10
        case .restrict: 11
        case .function: 12
        case .functionPrototype: 13
        case .variable: 14
        case .dataSection: 15
        case .float: 16
        case .declarationTag: 17
        case .typeTag: 18
        case .enumeration64: 19
        case .unknown(let raw): raw
        }
    }

    /// The name as `bpftool btf dump` prints it (`STRUCT`, `DATASEC`, ...); `UNKNOWN(N)` for unknown kinds.
    public var name: String {
        switch self {
        case .int: "INT"
        case .pointer: "PTR"
        case .array: "ARRAY"
        case .structure: "STRUCT"
        case .union: "UNION"
        case .enumeration: "ENUM"
        case .forward: "FWD"
        case .typedef: "TYPEDEF"
        case .volatile: "VOLATILE"
        case .const: "CONST"
        case .restrict: "RESTRICT"
        case .function: "FUNC"
        case .functionPrototype: "FUNC_PROTO"
        case .variable: "VAR"
        case .dataSection: "DATASEC"
        case .float: "FLOAT"
        case .declarationTag: "DECL_TAG"
        case .typeTag: "TYPE_TAG"
        case .enumeration64: "ENUM64"
        case .unknown(let raw): "UNKNOWN(\(raw))"
        }
    }

    /// Bytes that follow the 12-byte common header: fixed part and size of each of the `vlen` entries.
    var trailingLayout: (fixed: Int, perEntry: Int)? {
        switch self {
        case .int, .variable, .declarationTag: (4, 0)
        case .array: (12, 0)
        case .structure, .union, .dataSection, .enumeration64: (0, 12)
        case .enumeration, .functionPrototype: (0, 8)
        case .pointer, .forward, .typedef, .volatile, .const, .restrict, .function, .float, .typeTag: (0, 0)
        case .unknown: nil
        }
    }
}
