import GoModules

/// One go.sum, indexed once: the first line of every (path, version, kind), and the lines that repeat or
/// contradict an earlier one. Built on the parsing workers, so membership tests later cost a hash lookup.
struct GoSumIndex: Sendable {
    struct Key: Hashable, Sendable {
        let path: String
        let version: String
        let isGoMod: Bool
    }

    /// The entry index of each key's first line.
    private(set) var first: [Key: Int] = [:]
    /// Entry indices of lines repeating an earlier line word for word, with that line's number.
    private(set) var duplicates: [(entry: Int, firstLine: Int)] = []
    /// Entry indices of lines giving another hash for a key already listed, with the first line's number.
    private(set) var conflicts: [(entry: Int, firstLine: Int)] = []

    init(_ sum: GoSum) {
        first.reserveCapacity(sum.entries.count)
        for (index, entry) in sum.entries.enumerated() {
            let key = Key(path: entry.modulePath, version: entry.version, isGoMod: entry.isGoMod)
            if let earlier = first[key] {
                let original = sum.entries[earlier]
                if original.hash == entry.hash {
                    duplicates.append((index, original.line))
                } else {
                    conflicts.append((index, original.line))
                }
            } else {
                first[key] = index
            }
        }
    }

    func contains(_ key: Key) -> Bool { first[key] != nil }
}
