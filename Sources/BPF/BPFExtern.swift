/// A symbol the loader resolves when it opens the object: a `__kconfig` value or a `__ksym` kernel variable
/// or function. Clang puts no bytes in the ELF file for them; BTF DATASEC `.kconfig` / `.ksyms` lists them
/// and each has an undefined ELF symbol (SHN_UNDEF, NOTYPE, GLOBAL or WEAK).
public struct BPFExtern: Sendable, Equatable {
    /// The DATASEC that lists the extern.
    public enum Section: String, Sendable, Equatable {
        /// `.kconfig`: kernel configuration values (`CONFIG_*`, `LINUX_KERNEL_VERSION`).
        case kconfig
        /// `.ksyms`: kernel variables and kernel functions (kfuncs).
        case ksyms
    }

    /// What the DATASEC entry is.
    public enum Kind: String, Sendable, Equatable {
        /// A BTF VAR.
        case variable = "var"
        /// A BTF FUNC (a kfunc).
        case function = "func"
    }

    /// The extern's name (the VAR or FUNC name).
    public let name: String
    /// `.kconfig` or `.ksyms`.
    public let section: Section
    /// Variable or function.
    public let kind: Kind
    /// The ELF symbol of that name is WEAK (`__weak`): loading goes on when the kernel lacks it.
    public let isWeak: Bool
    /// For variables: the BTF type, past modifiers, is not void. libbpf calls a `.ksyms` variable without a
    /// type (`extern const void sym __ksym;`) typeless and resolves it by name from kallsyms alone. Nil for
    /// functions.
    public let isTyped: Bool?
    /// An ELF symbol of this name is undefined (SHN_UNDEF) with type NOTYPE, as clang emits externs; false
    /// when the symbol is missing or defined.
    public let hasUndefinedSymbol: Bool

    /// Creates an extern description (normally through `BPFObject.decode`).
    public init(name: String, section: Section, kind: Kind, isWeak: Bool, isTyped: Bool?, hasUndefinedSymbol: Bool) {
        self.name = name
        self.section = section
        self.kind = kind
        self.isWeak = isWeak
        self.isTyped = isTyped
        self.hasUndefinedSymbol = hasUndefinedSymbol
    }

    /// A `.ksyms` variable without a BTF type.
    public var isTypelessKsym: Bool { section == .ksyms && kind == .variable && isTyped == false }
}
