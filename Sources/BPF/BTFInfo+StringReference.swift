extension BTFInfo {
    /// A name in the BTF strings, copied only when needed and charged to the decoder's text budget.
    struct StringReference {
        let offset: UInt32

        func resolve(in btf: BTFInfo, budget: inout TextBudget, at fileOffset: Int) throws(BPFDecodeError) -> String {
            let text = btf.string(at: offset) ?? ""
            try budget.spend(text.utf8.count + 1, at: fileOffset)
            return text
        }
    }
}
