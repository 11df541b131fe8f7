/// How the instruction walk reads a one-byte opcode. The common opcodes are classified by a 256-entry
/// table so that the walk over a multi-megabyte code section does one table load per instruction instead of
/// a long chain of range matches (which debug builds execute as function calls).
enum OpcodeShape: UInt8 {
    /// No immediates and no feature (MVP numeric, `nop`, `drop`, `select`, `else`, `return`, ...).
    case plain
    /// One `u32` immediate (branches, `call`, `local.*`, `global.*`).
    case index
    /// A block type; opens a block (`block`, `loop`, `if`).
    case block
    /// `end`.
    case end
    /// A memory argument (loads and stores).
    case memoryArgument
    case i32Constant
    case i64Constant
    case f32Constant
    case f64Constant
    /// `i32.extend8_s` … `i64.extend32_s`.
    case signExtension
    /// Everything else: prefixes and post-MVP instructions, decoded case by case.
    case special

    /// The shape of every one-byte opcode, built once and never freed; immutable after initialisation.
    nonisolated(unsafe) static let table: UnsafeBufferPointer<OpcodeShape> = {
        let table = UnsafeMutableBufferPointer<OpcodeShape>.allocate(capacity: 256)
        table.initialize(repeating: .special)
        for opcode in [0x00, 0x01, 0x05, 0x0F, 0x1A, 0x1B] { table[opcode] = .plain }
        for opcode in 0x45...0xBF { table[opcode] = .plain }
        for opcode in [0x0C, 0x0D, 0x10, 0x20, 0x21, 0x22, 0x23, 0x24] { table[opcode] = .index }
        for opcode in 0x02...0x04 { table[opcode] = .block }
        table[0x0B] = .end
        for opcode in 0x28...0x3E { table[opcode] = .memoryArgument }
        table[0x41] = .i32Constant
        table[0x42] = .i64Constant
        table[0x43] = .f32Constant
        table[0x44] = .f64Constant
        for opcode in 0xC0...0xC4 { table[opcode] = .signExtension }
        return UnsafeBufferPointer(table)
    }()
}
