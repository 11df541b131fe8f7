/// A value type: number, vector or reference.
public enum WasmValueType: Sendable, Hashable, CustomStringConvertible {
    case i32, i64, f32, f64, v128
    case reference(WasmReferenceType)

    /// The text-format spelling, e.g. `i32`, `funcref`, `(ref null 3)`.
    public var description: String {
        switch self {
        case .i32: return "i32"
        case .i64: return "i64"
        case .f32: return "f32"
        case .f64: return "f64"
        case .v128: return "v128"
        case let .reference(reference): return reference.description
        }
    }
}

/// A reference type `(ref null? heaptype)`.
public struct WasmReferenceType: Sendable, Hashable, CustomStringConvertible {
    /// Whether `null` is a value of the type.
    public var isNullable: Bool
    /// What the reference points to.
    public var heapType: WasmHeapType

    /// Creates a reference type.
    public init(isNullable: Bool, heapType: WasmHeapType) {
        self.isNullable = isNullable
        self.heapType = heapType
    }

    /// `funcref`, the element type of MVP tables.
    public static let funcref = WasmReferenceType(isNullable: true, heapType: .abstract(.func))
    /// `externref`.
    public static let externref = WasmReferenceType(isNullable: true, heapType: .abstract(.extern))

    /// The text-format spelling, using the shorthand (`funcref`) for nullable abstract types.
    public var description: String {
        switch heapType {
        case let .abstract(abstract) where isNullable: return "\(abstract.name)ref"
        default: return isNullable ? "(ref null \(heapType))" : "(ref \(heapType))"
        }
    }
}

/// A heap type: one of the abstract types or a type index.
public enum WasmHeapType: Sendable, Hashable, CustomStringConvertible {
    case abstract(WasmAbstractHeapType)
    case index(UInt32)

    /// The abstract type's name or the index.
    public var description: String {
        switch self {
        case let .abstract(abstract): return abstract.name
        case let .index(index): return String(index)
        }
    }
}

/// The abstract heap types, with their one-byte encodings.
public enum WasmAbstractHeapType: UInt8, Sendable, Hashable, CaseIterable {
    case exn = 0x69
    case array = 0x6A
    case `struct` = 0x6B
    case i31 = 0x6C
    case eq = 0x6D
    case any = 0x6E
    case extern = 0x6F
    case `func` = 0x70
    case none = 0x71
    case noextern = 0x72
    case nofunc = 0x73
    case noexn = 0x74

    /// The text-format name (`func`, `extern`, `i31`, ...).
    public var name: String {
        switch self {
        case .exn: return "exn"
        case .array: return "array"
        case .struct: return "struct"
        case .i31: return "i31"
        case .eq: return "eq"
        case .any: return "any"
        case .extern: return "extern"
        case .func: return "func"
        case .none: return "none"
        case .noextern: return "noextern"
        case .nofunc: return "nofunc"
        case .noexn: return "noexn"
        }
    }
}
