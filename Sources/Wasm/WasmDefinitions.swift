/// A table defined by the module, with its initializer when the 0x40 form gives one.
public struct WasmTable: Sendable, Hashable {
    /// Element type and limits.
    public var type: WasmTableType
    /// The initial element value of the `0x40 0x00` table form (function references).
    public var initializer: WasmConstantExpression?
}

/// A global defined by the module.
public struct WasmGlobal: Sendable, Hashable {
    /// Value type and mutability.
    public var type: WasmGlobalType
    /// The initial value.
    public var initializer: WasmConstantExpression
}

/// One function body of the code section, located but not kept: its instructions are only walked.
public struct WasmCodeBody: Sendable, Hashable {
    /// Byte offset of the body (after its size).
    public var offset: Int
    /// Size of the body in bytes.
    public var size: Int
    /// Number of locals declared (not counting parameters).
    public var localCount: UInt64
}
