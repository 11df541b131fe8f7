/// An element segment; the function indices or expressions themselves are walked but not kept.
public struct WasmElementSegment: Sendable, Hashable {
    /// How the segment is used.
    public var mode: Mode
    /// The reference type of the elements.
    public var elementType: WasmReferenceType
    /// Number of elements.
    public var count: Int
    /// Byte offset of the segment (its flags).
    public var offset: Int

    /// Active (copied into a table at instantiation), passive (for `table.init`) or declarative.
    public enum Mode: Sendable, Hashable {
        case active(table: UInt32, offset: WasmConstantExpression)
        case passive
        case declarative
    }
}

/// A data segment with its bytes.
public struct WasmDataSegment: Sendable, Hashable {
    /// Active segments are copied into a memory at `offset`; passive ones are used by `memory.init`.
    public var mode: Mode
    /// Byte offset of the segment contents in the input.
    public var contentOffset: Int
    /// The segment contents.
    public var bytes: [UInt8]

    /// Active (into `memory` at `offset`) or passive.
    public enum Mode: Sendable, Hashable {
        case active(memory: UInt32, offset: WasmConstantExpression)
        case passive
    }
}
