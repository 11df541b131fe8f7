/// Everything the decoder reads from one eBPF ELF object.
public struct BPFObject: Sendable, Equatable {
    /// Byte order (`bpfel` / `bpfeb`).
    public let byteOrder: BPFByteOrder
    /// `e_machine`: 247 (EM_BPF) or 0 (EM_NONE, old LLVM).
    public let machine: UInt16
    /// All section headers.
    public let sections: [BPFSection]
    /// All symbols, the null symbol at index 0 included.
    public let symbols: [BPFSymbol]
    /// Entry programs, in section order then offset.
    public let programs: [BPFProgram]
    /// Functions in `.text`.
    public let subprograms: [BPFSubprogram]
    /// Maps, BTF-defined first, each group in section and offset order.
    public let maps: [BPFMap]
    /// The `license` section up to its first NUL; nil when there is none.
    public let license: String?
    /// Whether the kernel counts `license` as GPL-compatible.
    public let isGPLCompatible: Bool
    /// The `version` section's value when it is 4 bytes.
    public let kernelVersionCode: UInt32?
    /// Size of the `version` section, when present (loaders require 4).
    public let versionSectionSize: Int?
    /// The `.BTF` section, when present.
    public let btf: BTFInfo?
    /// The `.BTF.ext` section, when present.
    public let btfExt: BTFExtInfo?
    /// Every helper id called anywhere in the object, ascending.
    public let helpers: [Int]
    /// Kernel functions called anywhere in the object, ascending.
    public let kfuncs: [String]
    /// Some code uses `callx` (0x8d), which the kernel rejects.
    public let usesCallRegister: Bool
    /// Kernel features the object uses (instruction-set versions, calls, global data, ...), in the order of
    /// `BPFFeature.allCases`.
    public let features: [BPFFeature]
    /// `__kconfig` and `__ksym` externs, `.kconfig` first, each in BTF DATASEC order; empty without BTF.
    public let externs: [BPFExtern]
    /// Sections holding struct_ops maps, in section order.
    public let structOpsSections: [BPFStructOpsSection]

    /// Creates an object description (normally through `decode`).
    public init(
        byteOrder: BPFByteOrder, machine: UInt16, sections: [BPFSection], symbols: [BPFSymbol],
        programs: [BPFProgram], subprograms: [BPFSubprogram], maps: [BPFMap], license: String?,
        kernelVersionCode: UInt32?, versionSectionSize: Int?, btf: BTFInfo?, btfExt: BTFExtInfo?, helpers: [Int],
        kfuncs: [String], usesCallRegister: Bool, features: [BPFFeature], externs: [BPFExtern] = [],
        structOpsSections: [BPFStructOpsSection] = []
    ) {
        self.byteOrder = byteOrder
        self.machine = machine
        self.sections = sections
        self.symbols = symbols
        self.programs = programs
        self.subprograms = subprograms
        self.maps = maps
        self.license = license
        self.isGPLCompatible = BPFLicense.isGPLCompatible(license)
        self.kernelVersionCode = kernelVersionCode
        self.versionSectionSize = versionSectionSize
        self.btf = btf
        self.btfExt = btfExt
        self.helpers = helpers
        self.kfuncs = kfuncs
        self.usesCallRegister = usesCallRegister
        self.features = features
        self.externs = externs
        self.structOpsSections = structOpsSections
    }

    /// Number of CO-RE relocation records in `.BTF.ext` (0 without it).
    public var coreRelocationCount: Int { btfExt?.coreRelocationCount ?? 0 }

    /// Decodes an ELF object, checking every offset, size and count against `bytes`.
    ///
    /// It reads what is in the object and judges nothing: program types, map type names, GPL-only helpers and
    /// kernel floors come from tables outside this module.
    ///
    /// - Throws: `BPFDecodeError` with the byte offset for anything loaders would refuse to open: not ELF64,
    ///   not relocatable, wrong machine, truncated or out-of-bounds structures, no symbol table, malformed
    ///   relocations, programs outside their section, malformed `.BTF` / `.BTF.ext` or legacy map records.
    public static func decode(_ bytes: [UInt8]) throws(BPFDecodeError) -> BPFObject {
        try BPFObjectDecoder(bytes: bytes).decode()
    }
}
