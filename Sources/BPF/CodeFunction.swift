/// A function symbol in a code section: an entry program or a subprogram.
struct CodeFunction {
    let symbol: BPFSymbol
    let sectionIndex: Int
    /// Byte offset in the section.
    let offset: Int
    /// Size in bytes.
    let size: Int

    var slots: Int { size / BPFInstruction.size }
}
