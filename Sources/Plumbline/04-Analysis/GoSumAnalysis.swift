import GoModules

/// The lines of a go.sum as a file: the ones that repeat, contradict or break the format, and the content
/// hashes of modules go.mod does not mention. What the go command needs from it is `GoSumNeeds`.
struct GoSumAnalysis {
    typealias Key = GoSumIndex.Key

    /// A line that repeats or contradicts an earlier one.
    struct RepeatedLine {
        let entry: GoSumEntry
        /// The line of the first occurrence.
        let firstLine: Int
    }

    /// The go.sum files the module's build consults: its own, and in a workspace go.work.sum and the other
    /// members' go.sum files.
    let consulted: [GoSumIndex]
    let duplicates: [RepeatedLine]
    let conflicts: [RepeatedLine]
    let malformed: [GoSumProblem]

    init(own: (sum: GoSum, index: GoSumIndex, file: String)?, others: [GoSumIndex]) {
        if let own {
            duplicates = own.index.duplicates.map { RepeatedLine(entry: own.sum.entries[$0.entry], firstLine: $0.firstLine) }
            conflicts = own.index.conflicts.map { RepeatedLine(entry: own.sum.entries[$0.entry], firstLine: $0.firstLine) }
            // The go command drops the old empty-go.mod hash on read; it is not a problem of the file.
            malformed = own.sum.problems.filter { $0.kind != .emptyGoModHash }
        } else {
            duplicates = []
            conflicts = []
            malformed = []
        }
        self.consulted = (own.map { [$0.index] } ?? []) + others
    }

    /// Content-hash lines for modules go.mod does not mention, nor any path-prefix relative of a mentioned
    /// module (those are kept to rule out ambiguous imports). Only judged from go 1.18 on, where go.mod lists
    /// every module that provides a package and `go mod tidy` no longer keeps the 1.16 graph's sums.
    static func unused(_ sum: GoSum, mentioned: Set<String>, goLine: String) -> [GoSumEntry] {
        guard GoVersion.compare(goLine, "1.18") >= 0 else { return [] }
        // Every mentioned path and each of its `/`-prefixes: a sum path in this set is a mentioned module or
        // a prefix of one; a sum path with a prefix in `mentioned` extends one. Either way it is related.
        var prefixes = Set<Substring>()
        for path in mentioned {
            var candidate = Substring(path)
            while true {
                prefixes.insert(candidate)
                guard let slash = candidate.lastIndex(of: "/") else { break }
                candidate = candidate[..<slash]
            }
        }
        return sum.entries.filter { entry in
            !entry.isGoMod && !isRelated(entry.modulePath, mentioned: mentioned, prefixes: prefixes)
        }
    }

    private static func isRelated(_ path: String, mentioned: Set<String>, prefixes: Set<Substring>) -> Bool {
        if prefixes.contains(Substring(path)) { return true }
        var candidate = Substring(path)
        while let slash = candidate.lastIndex(of: "/") {
            candidate = candidate[..<slash]
            if mentioned.contains(String(candidate)) { return true }
        }
        return false
    }
}
