/// A constant expression (global initializer, segment offset, table initializer), summarised: the common
/// one-instruction forms are kept, anything longer (extended-const arithmetic, GC allocations) is `.other`.
public enum WasmConstantExpression: Sendable, Hashable {
    case i32(Int32)
    case i64(Int64)
    case f32(bits: UInt32)
    case f64(bits: UInt64)
    case v128([UInt8])
    case globalGet(UInt32)
    case refNull(WasmHeapType)
    case refFunction(UInt32)
    /// Any other expression; `offset` is where it starts in the input.
    case other(offset: Int)

    /// The value as an address, when the expression is a plain `i32.const` or `i64.const`.
    public var constantAddress: UInt64? {
        switch self {
        case let .i32(value): return UInt64(UInt32(bitPattern: value))
        case let .i64(value): return UInt64(bitPattern: value)
        default: return nil
        }
    }
}
