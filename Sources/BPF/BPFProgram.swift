/// An entry program: a function symbol in a code section other than `.text`.
public struct BPFProgram: Sendable, Equatable {
    /// Function name.
    public let name: String
    /// Name of the section holding it (`kprobe/do_sys_open`).
    public let section: String
    /// Index of that section.
    public let sectionIndex: Int
    /// Byte offset of the function in its section.
    public let offset: UInt64
    /// Instruction slots of the function itself (`st_size / 8`; `lddw` takes two).
    public let instructions: Int
    /// Instruction slots after linking: the function plus every subprogram it reaches.
    public let linkedInstructions: Int
    /// `static` function: libbpf refuses it ("program is static and not supported").
    public let isStatic: Bool
    /// Helper ids called by the program or any subprogram it reaches, ascending.
    public let helpers: [Int]
    /// Names of functions it calls directly (bpf-to-bpf), ascending.
    public let calls: [String]
    /// Kernel functions called by the program or its subprograms, ascending.
    public let kfuncs: [String]
    /// Maps the program or its subprograms load, ascending.
    public let mapReferences: [String]
    /// CO-RE relocation records whose instruction lies in this function.
    public let coreRelocations: Int
    /// Uses `callx` (0x8d), which the kernel rejects.
    public let usesCallRegister: Bool

    /// Creates a program description.
    public init(
        name: String, section: String, sectionIndex: Int, offset: UInt64, instructions: Int, linkedInstructions: Int,
        isStatic: Bool, helpers: [Int], calls: [String], kfuncs: [String], mapReferences: [String],
        coreRelocations: Int, usesCallRegister: Bool
    ) {
        self.name = name
        self.section = section
        self.sectionIndex = sectionIndex
        self.offset = offset
        self.instructions = instructions
        self.linkedInstructions = linkedInstructions
        self.isStatic = isStatic
        self.helpers = helpers
        self.calls = calls
        self.kfuncs = kfuncs
        self.mapReferences = mapReferences
        self.coreRelocations = coreRelocations
        self.usesCallRegister = usesCallRegister
    }
}
