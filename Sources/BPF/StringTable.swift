/// NUL-terminated strings addressed by offset inside one string table (ELF `.strtab` / `.shstrtab`, BTF strings).
struct StringTable {
    let view: ByteView

    /// The string at `offset`, charged to `budget`.
    func string(at offset: UInt64, budget: inout TextBudget) throws(BPFDecodeError) -> String {
        guard offset < UInt64(view.count) else {
            throw BPFDecodeError(
                kind: .malformedString, offset: view.absolute(offset),
                message: "string offset \(offset) is outside \(view.what) (\(view.count) bytes)")
        }
        let first = view.start + Int(offset)
        guard let terminator = view.bytes[first..<view.end].firstIndex(of: 0) else {
            throw BPFDecodeError(
                kind: .malformedString, offset: first,
                message: "string at offset \(offset) of \(view.what) is not NUL-terminated")
        }
        try budget.spend(terminator - first + 1, at: first)
        return String(decoding: view.bytes[first..<terminator], as: UTF8.self)
    }

    /// Whether the string at `offset` equals `literal`, without copying it.
    func matches(at offset: UInt64, _ literal: String) -> Bool {
        guard offset < UInt64(view.count) else { return false }
        var index = view.start + Int(offset)
        for byte in literal.utf8 {
            guard index < view.end, view.bytes[index] == byte else { return false }
            index += 1
        }
        return index < view.end && view.bytes[index] == 0
    }
}
