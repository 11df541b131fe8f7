/// Why an eBPF object could not be decoded, and where in the file the problem is.
public struct BPFDecodeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The class of problem, for rules that react to one kind (for example "not relocatable").
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// The file ends before a structure it declares (header, table, record).
        case truncated
        /// The first four bytes are not `\x7fELF`.
        case notELF
        /// Not a 64-bit ELF file.
        case unsupportedClass
        /// `EI_DATA` is neither little nor big endian.
        case unsupportedByteOrder
        /// `e_type` is not `ET_REL`; loaders only take relocatable objects.
        case notRelocatable
        /// `e_machine` is neither `EM_BPF` nor `EM_NONE`.
        case wrongMachine
        /// `EM_NONE` and nothing in the file looks like eBPF.
        case notBPF
        /// The section header table is malformed (entry size, count, string table index).
        case malformedSectionTable
        /// A section's offset and size reach past the end of the file.
        case sectionOutOfBounds
        /// A name or string is out of its string table, unterminated, or the file names more text than it holds.
        case malformedString
        /// There is no symbol table (stripped object).
        case missingSymbolTable
        /// The symbol table is malformed.
        case malformedSymbol
        /// A relocation section is malformed or refers to a missing section or symbol.
        case malformedRelocation
        /// A program symbol lies outside its section or is not instruction-aligned.
        case malformedProgram
        /// A map definition is malformed.
        case malformedMap
        /// The `.BTF` section is malformed.
        case malformedBTF
        /// The `.BTF.ext` section is malformed.
        case malformedBTFExt
    }

    /// The class of problem.
    public let kind: Kind
    /// Byte offset in the file where the problem was found.
    public let offset: Int
    /// A sentence saying what is wrong, with the numbers involved.
    public let message: String

    /// Creates an error.
    public init(kind: Kind, offset: Int, message: String) {
        self.kind = kind
        self.offset = offset
        self.message = message
    }

    /// `offset N (0xN): message`.
    public var description: String {
        "offset \(offset) (0x\(String(offset, radix: 16))): \(message)"
    }
}
