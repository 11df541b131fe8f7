/// Things an object uses that need a minimum kernel, besides helpers, program and map types and BTF kinds.
/// The raw values are stable keys, which tables of kernel floors (`rules/data/bpf-kernel-features.yaml`) use.
public enum BPFFeature: String, Sendable, Hashable, CaseIterable {
    /// `jlt`/`jle`/`jslt`/`jsle` jumps (ISA v2).
    case isaV2 = "isa_v2"
    /// The JMP32 instruction class (ISA v3).
    case isaV3 = "isa_v3"
    /// Sign-extending loads and moves, bswap, signed division, `gotol` (ISA v4).
    case isaV4 = "isa_v4"
    /// Calls from one BPF function to another.
    case bpfToBPFCalls = "bpf_to_bpf_calls"
    /// `.data`, `.rodata` or `.bss` sections, which loaders turn into array maps.
    case globalData = "global_data"
    /// A program whose linked instruction count is over 4096.
    case largeProgram = "large_program"
    /// Calls to kernel functions (kfuncs).
    case kfuncCalls = "kfunc_calls"
}
