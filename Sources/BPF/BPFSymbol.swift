/// One ELF symbol table entry, with its name resolved.
public struct BPFSymbol: Sendable, Equatable {
    /// Index in the symbol table (0 is the null symbol).
    public let index: Int
    /// Name from the symbol string table.
    public let name: String
    /// `ELF64_ST_TYPE` (0 NOTYPE, 1 OBJECT, 2 FUNC, 3 SECTION, 4 FILE).
    public let type: UInt8
    /// `ELF64_ST_BIND` (0 LOCAL, 1 GLOBAL, 2 WEAK).
    public let binding: UInt8
    /// `st_other & 3` (0 DEFAULT, 1 INTERNAL, 2 HIDDEN, 3 PROTECTED).
    public let visibility: UInt8
    /// `st_shndx` as written (0 undefined, 0xfff1 ABS, 0xfff2 COMMON).
    public let sectionIndex: UInt16
    /// `st_value`: for defined symbols in a relocatable object, the offset inside the section.
    public let value: UInt64
    /// `st_size` in bytes.
    public let size: UInt64

    /// Creates a symbol description.
    public init(
        index: Int, name: String, type: UInt8, binding: UInt8, visibility: UInt8, sectionIndex: UInt16,
        value: UInt64, size: UInt64
    ) {
        self.index = index
        self.name = name
        self.type = type
        self.binding = binding
        self.visibility = visibility
        self.sectionIndex = sectionIndex
        self.value = value
        self.size = size
    }

    /// `SHN_UNDEF`: an extern (kfunc, ksym, kconfig) resolved by the loader.
    public var isUndefined: Bool { sectionIndex == ELF.indexUndefined }

    /// `STB_LOCAL`: a `static` symbol.
    public var isLocal: Bool { binding == ELF.bindLocal }

    /// The section the symbol is defined in, when it names a real section.
    var definedSection: Int? {
        sectionIndex == ELF.indexUndefined || sectionIndex >= ELF.indexLoReserve ? nil : Int(sectionIndex)
    }
}
