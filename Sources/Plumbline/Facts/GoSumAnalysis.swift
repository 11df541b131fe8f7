import GoModules

/// The lines of a go.sum as a file: the ones that repeat, contradict or break the format, and the content
/// hashes of modules go.mod does not mention. What the go command needs from it is `GoSumNeeds`.
struct GoSumAnalysis {
    typealias Key = GoSumIndex.Key

    /// The go.sum files the module's build consults: its own, and in a workspace go.work.sum and the other
    /// members' go.sum files.
    let consulted: [GoSumIndex]
    let duplicates: [FactValue]
    let conflicts: [FactValue]
    let malformed: [FactValue]

    init(own: (sum: GoSum, index: GoSumIndex, file: String)?, others: [GoSumIndex]) {
        var malformed: [FactValue] = []
        var duplicates: [FactValue] = []
        var conflicts: [FactValue] = []
        if let own {
            duplicates = own.index.duplicates.map { Self.lineFact(own.sum.entries[$0.entry], file: own.file, firstLine: $0.firstLine) }
            conflicts = own.index.conflicts.map { Self.lineFact(own.sum.entries[$0.entry], file: own.file, firstLine: $0.firstLine) }
            // The go command drops the old empty-go.mod hash on read; it is not a problem of the file.
            for problem in own.sum.problems where problem.kind != .emptyGoModHash {
                malformed.append(.object(FactObject(
                    identity: "line:\(problem.kind.rawValue)",
                    location: SourceLocation(path: own.file, line: problem.line, column: problem.column),
                    fields: [
                        "line": .int(problem.line),
                        "kind": .string(problem.kind.rawValue),
                        "message": .string(problem.message),
                    ]
                )))
            }
        }
        self.consulted = (own.map { [$0.index] } ?? []) + others
        self.duplicates = duplicates
        self.conflicts = conflicts
        self.malformed = malformed
    }

    static func lineFact(_ entry: GoSumEntry, file: String, firstLine: Int? = nil) -> FactValue {
        let kind = entry.isGoMod ? "go.mod" : "zip"
        return .object(FactObject(
            identity: "\(entry.modulePath) \(kind)",
            location: SourceLocation(path: file, line: entry.line, column: 1),
            fields: [
                "path": .string(entry.modulePath),
                "version": .string(entry.version),
                "kind": .string(kind),
                "hash": .string(entry.hash),
                "line": .int(entry.line),
                "first_line": firstLine.map(FactValue.int) ?? .null,
            ]
        ))
    }

    /// Content-hash lines for modules go.mod does not mention, nor any path-prefix relative of a mentioned
    /// module (those are kept to rule out ambiguous imports). Only judged from go 1.18 on, where go.mod lists
    /// every module that provides a package and `go mod tidy` no longer keeps the 1.16 graph's sums.
    static func unused(_ sum: GoSum, file: String, mentioned: Set<String>, goLine: String) -> [FactValue] {
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
        }.map { lineFact($0, file: file) }
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
