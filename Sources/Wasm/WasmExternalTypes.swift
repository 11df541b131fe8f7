/// Size limits of a table or memory, in elements or 64 KiB pages.
public struct WasmLimits: Sendable, Hashable {
    /// Initial size.
    public var minimum: UInt64
    /// Maximum size, if declared.
    public var maximum: UInt64?
    /// Shared memory (threads proposal, flags 0x02/0x03/0x06/0x07).
    public var isShared: Bool
    /// 64-bit addressing (memory64, flags 0x04–0x07).
    public var is64Bit: Bool
}

/// The type of a table: element reference type and limits.
public struct WasmTableType: Sendable, Hashable {
    /// The reference type of the elements (`funcref` in MVP modules).
    public var elementType: WasmReferenceType
    /// Size in elements.
    public var limits: WasmLimits
}

/// The type of a memory.
public struct WasmMemoryType: Sendable, Hashable {
    /// Size in 64 KiB pages.
    public var limits: WasmLimits
}

/// The type of a global: value type and mutability.
public struct WasmGlobalType: Sendable, Hashable {
    /// The global's value type.
    public var valueType: WasmValueType
    /// Whether `global.set` may change it.
    public var isMutable: Bool
}

/// The type of an exception tag: the index of its function type.
public struct WasmTagType: Sendable, Hashable {
    /// Index of the function type giving the exception's parameters.
    public var typeIndex: UInt32
}

/// What an import or export refers to.
public enum WasmExternalKind: String, Sendable, Hashable, CaseIterable {
    case function = "func"
    case table
    case memory
    case global
    case tag

    /// The descriptor byte (0x00 func … 0x04 tag).
    public var code: UInt8 {
        switch self {
        case .function: return 0
        case .table: return 1
        case .memory: return 2
        case .global: return 3
        case .tag: return 4
        }
    }
}
