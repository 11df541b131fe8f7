/// One `Elf64_Rel` entry: the byte at `offset` of the target section refers to symbol `symbolIndex`.
struct ELFRelocation: Equatable {
    let offset: UInt64
    let symbolIndex: Int
    /// `R_BPF_*` (1 64_64 for lddw, 10 64_32 for calls, ...).
    let type: UInt32
}
