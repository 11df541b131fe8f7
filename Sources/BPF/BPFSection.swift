/// One ELF section header, with its name resolved.
public struct BPFSection: Sendable, Equatable {
    /// Index in the section header table.
    public let index: Int
    /// Name from the section header string table.
    public let name: String
    /// `sh_type` (1 PROGBITS, 2 SYMTAB, 3 STRTAB, 8 NOBITS, 9 REL, ...).
    public let type: UInt32
    /// `sh_flags` (0x1 WRITE, 0x2 ALLOC, 0x4 EXECINSTR, ...).
    public let flags: UInt64
    /// `sh_offset`: where the contents start in the file.
    public let offset: UInt64
    /// `sh_size` in bytes.
    public let size: UInt64
    /// `sh_link`.
    public let link: UInt32
    /// `sh_info` (for REL sections: the section the relocations apply to).
    public let info: UInt32
    /// `sh_entsize`.
    public let entrySize: UInt64

    /// Creates a section description.
    public init(
        index: Int, name: String, type: UInt32, flags: UInt64, offset: UInt64, size: UInt64, link: UInt32,
        info: UInt32, entrySize: UInt64
    ) {
        self.index = index
        self.name = name
        self.type = type
        self.flags = flags
        self.offset = offset
        self.size = size
        self.link = link
        self.info = info
        self.entrySize = entrySize
    }

    /// PROGBITS with the executable flag and some contents: a section that holds instructions.
    public var holdsCode: Bool {
        type == ELF.sectionProgbits && flags & ELF.flagExecInstr != 0 && size > 0
    }

    /// Whether the section occupies bytes in the file (everything but NOBITS and NULL).
    public var hasFileContents: Bool {
        type != ELF.sectionNobits && type != ELF.sectionNull
    }
}
