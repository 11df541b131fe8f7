/// Everything the decoder learns from one eBPF ELF object.
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
    /// Helpers called that the kernel allows only from GPL-compatible programs, ascending.
    public let gplOnlyHelpers: [Int]
    /// Kernel functions called anywhere in the object, ascending.
    public let kfuncs: [String]
    /// Some code uses `callx` (0x8d), which the kernel rejects.
    public let usesCallRegister: Bool
    /// Everything that needs a minimum kernel: helpers, program types, map types, features, BTF kinds.
    public let kernelRequirements: [BPFKernelRequirement]
    /// `__kconfig` and `__ksym` externs, `.kconfig` first, each in BTF DATASEC order; empty without BTF.
    public let externs: [BPFExtern]
    /// Sections holding struct_ops maps, in section order.
    public let structOpsSections: [BPFStructOpsSection]

    /// Creates an object description (normally through `decode`).
    public init(
        byteOrder: BPFByteOrder, machine: UInt16, sections: [BPFSection], symbols: [BPFSymbol],
        programs: [BPFProgram], subprograms: [BPFSubprogram], maps: [BPFMap], license: String?,
        kernelVersionCode: UInt32?, versionSectionSize: Int?, btf: BTFInfo?, btfExt: BTFExtInfo?, helpers: [Int],
        gplOnlyHelpers: [Int], kfuncs: [String], usesCallRegister: Bool, kernelRequirements: [BPFKernelRequirement],
        externs: [BPFExtern] = [], structOpsSections: [BPFStructOpsSection] = []
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
        self.gplOnlyHelpers = gplOnlyHelpers
        self.kfuncs = kfuncs
        self.usesCallRegister = usesCallRegister
        self.kernelRequirements = kernelRequirements
        self.externs = externs
        self.structOpsSections = structOpsSections
    }

    /// The requirement that sets the minimum kernel (newest; on a tie helpers, then program types, map types,
    /// features, BTF kinds); nil when nothing has a known kernel.
    public var minimumKernel: BPFKernelRequirement? {
        BPFKernelRequirement.highest(of: kernelRequirements)
    }

    /// The minimum kernel ignoring some categories, for example `[.btfKind]` when the loader rewrites newer
    /// BTF kinds away on older kernels (libbpf and cilium/ebpf do).
    public func minimumKernel(excluding categories: Set<BPFKernelRequirement.Category>) -> BPFKernelRequirement? {
        BPFKernelRequirement.highest(of: kernelRequirements.filter { !categories.contains($0.category) })
    }

    /// Number of CO-RE relocation records in `.BTF.ext` (0 without it).
    public var coreRelocationCount: Int { btfExt?.coreRelocationCount ?? 0 }

    /// Decodes an ELF object, checking every offset, size and count against `bytes`.
    ///
    /// - Throws: `BPFDecodeError` with the byte offset for anything loaders would refuse to open: not ELF64,
    ///   not relocatable, wrong machine, truncated or out-of-bounds structures, no symbol table, malformed
    ///   relocations, programs outside their section, malformed `.BTF` / `.BTF.ext` or legacy map records.
    public static func decode(_ bytes: [UInt8], tables: BPFTables) throws(BPFDecodeError) -> BPFObject {
        try BPFObjectDecoder(bytes: bytes, tables: tables).decode()
    }
}
