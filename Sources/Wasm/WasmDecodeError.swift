/// Why a byte sequence is not a WebAssembly binary the decoder can read, and where it went wrong.
public struct WasmDecodeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset in the input where the problem was found (for a bad value, the value's first byte).
    public var offset: Int
    /// The section being decoded, or `nil` for the preamble and section headers.
    public var section: WasmSectionID?
    /// What is wrong.
    public var reason: Reason

    /// Creates an error at `offset` inside `section`.
    public init(offset: Int, section: WasmSectionID?, reason: Reason) {
        self.offset = offset
        self.section = section
        self.reason = reason
    }

    /// The kinds of malformed input the decoder distinguishes.
    public enum Reason: Sendable, Equatable {
        /// The input ends inside a value or a section.
        case unexpectedEnd
        /// The first four bytes are not `\0asm`.
        case badMagic
        /// A version/layer pair the decoder does not know (core modules must be version 1, layer 0).
        case unsupportedVersion(version: UInt16, layer: UInt16)
        /// A LEB128 integer longer than its type allows (for example six bytes for a `u32`).
        case overlongInteger(maximumBytes: Int)
        /// A LEB128 integer whose last byte sets bits beyond the type's width.
        case integerTooLarge(bits: Int)
        /// A vector count that cannot fit in the bytes left (each item needs at least one byte).
        case countTooLarge(count: UInt64, bytesLeft: Int)
        /// A section (or function body, or data payload) size larger than the bytes left.
        case sizeTooLarge(size: UInt64, bytesLeft: Int)
        /// A section id the format does not define.
        case unknownSection(id: UInt8)
        /// A non-custom section appears after a section that must follow it.
        case sectionOutOfOrder(after: WasmSectionID)
        /// A non-custom section appears twice.
        case duplicateSection
        /// Decoding a section (or function body) stopped before or after its declared end.
        case sizeMismatch(declaredEnd: Int)
        /// A name is not valid UTF-8.
        case invalidUTF8
        /// A byte that should start a value type, reference type or heap type does not.
        case unknownValueType(UInt8)
        /// A type-section entry that is not a function, struct, array, `sub` or `rec` form.
        case unknownTypeForm(UInt8)
        /// An import or export descriptor byte outside 0–4.
        case unknownExternalKind(UInt8)
        /// A limits flags byte the decoder does not know (or one not allowed for tables).
        case unknownLimitsFlags(UInt8)
        /// A mutability byte other than 0 or 1.
        case unknownMutability(UInt8)
        /// An element or data segment flags value outside the defined range.
        case unknownSegmentFlags(UInt32)
        /// An instruction opcode the decoder does not know; `prefix` is 0xFB–0xFE for prefixed opcodes.
        case unknownOpcode(prefix: UInt8?, code: UInt32)
        /// A byte that the format fixes (a reserved zero, a tag attribute, an element kind) has another value.
        case unexpectedByte(UInt8)
        /// A memory argument whose alignment field is 128 or more.
        case malformedMemoryArgument(UInt32)
        /// `end` or `delegate` without an open block, or a body whose last instruction is not its `end`.
        case unbalancedBlocks
        /// The locals of one function add up to more than 2^32 − 1.
        case tooManyLocals
        /// The function and code sections declare different numbers of functions.
        case functionCodeCountMismatch(functions: Int, bodies: Int)
        /// The data count section disagrees with the data section.
        case dataCountMismatch(declared: UInt32, actual: Int)
    }

    /// One line such as `offset 0x1b (import section): count 4294967295 does not fit in the 3 bytes left`.
    public var description: String {
        let place = section.map { " (\($0.name) section)" } ?? ""
        return "offset 0x\(String(offset, radix: 16))\(place): \(reason.message)"
    }
}

extension WasmDecodeError.Reason {
    /// A lower-case sentence fragment describing the problem.
    public var message: String {
        switch self {
        case .unexpectedEnd: return "unexpected end of input"
        case .badMagic: return "not a WebAssembly binary (bad magic bytes)"
        case let .unsupportedVersion(version, layer): return "unsupported version \(version), layer \(layer)"
        case let .overlongInteger(maximum): return "integer encoding is longer than \(maximum) bytes"
        case let .integerTooLarge(bits): return "integer does not fit in \(bits) bits"
        case let .countTooLarge(count, left): return "count \(count) does not fit in the \(left) bytes left"
        case let .sizeTooLarge(size, left): return "size \(size) is larger than the \(left) bytes left"
        case let .unknownSection(id): return "unknown section id \(id)"
        case let .sectionOutOfOrder(after): return "section is out of order (after the \(after.name) section)"
        case .duplicateSection: return "section appears more than once"
        case let .sizeMismatch(end): return "contents do not end at the declared end 0x\(String(end, radix: 16))"
        case .invalidUTF8: return "name is not valid UTF-8"
        case let .unknownValueType(byte): return "unknown value type 0x\(hex(byte))"
        case let .unknownTypeForm(byte): return "unknown type form 0x\(hex(byte))"
        case let .unknownExternalKind(byte): return "unknown import/export kind 0x\(hex(byte))"
        case let .unknownLimitsFlags(byte): return "unknown limits flags 0x\(hex(byte))"
        case let .unknownMutability(byte): return "unknown mutability 0x\(hex(byte))"
        case let .unknownSegmentFlags(flags): return "unknown segment flags \(flags)"
        case let .unknownOpcode(prefix, code):
            if let prefix { return "unknown opcode 0x\(hex(prefix)) \(code)" }
            return "unknown opcode 0x\(String(code, radix: 16))"
        case let .unexpectedByte(byte): return "unexpected byte 0x\(hex(byte))"
        case let .malformedMemoryArgument(flags): return "malformed memory argument flags \(flags)"
        case .unbalancedBlocks: return "blocks and their ends do not balance"
        case .tooManyLocals: return "too many locals"
        case let .functionCodeCountMismatch(functions, bodies):
            return "function count \(functions) does not match code count \(bodies)"
        case let .dataCountMismatch(declared, actual):
            return "data count section says \(declared) segments but there are \(actual)"
        }
    }
}

private func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16)
    return digits.count == 1 ? "0" + digits : digits
}
