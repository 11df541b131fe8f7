import GoModules

/// What a go.sum holds against what go.mod needs. Deliberately conservative: a line is called missing or
/// unused only where the go command's rules (shared/reference go.md §2.4) leave no doubt.
struct GoSumAnalysis {
    struct Key: Hashable {
        let path: String
        let version: String
        let isGoMod: Bool
    }

    /// Every (path, version, kind) some go.sum the module's build consults lists (go.sum, and in a workspace
    /// go.work.sum and the other members' go.sum files).
    let available: Set<Key>
    let duplicates: [FactValue]
    let conflicts: [FactValue]
    let malformed: [FactValue]

    init(own: GoSum?, file: String?, others: [GoSum]) {
        var available = Set<Key>()
        var duplicates: [FactValue] = []
        var conflicts: [FactValue] = []
        var malformed: [FactValue] = []
        if let own, let file {
            var firstLine: [Key: (hash: String, line: Int)] = [:]
            for entry in own.entries {
                let key = Key(path: entry.modulePath, version: entry.version, isGoMod: entry.isGoMod)
                if let first = firstLine[key] {
                    let item = Self.lineFact(entry, file: file, firstLine: first.line)
                    if first.hash == entry.hash { duplicates.append(item) } else { conflicts.append(item) }
                } else {
                    firstLine[key] = (entry.hash, entry.line)
                }
                available.insert(key)
            }
            // The go command drops the old empty-go.mod hash on read; it is not a problem of the file.
            for problem in own.problems where problem.kind != .emptyGoModHash {
                malformed.append(.object(FactObject(
                    identity: "line:\(problem.kind.rawValue)",
                    location: SourceLocation(path: file, line: problem.line, column: problem.column),
                    fields: [
                        "line": .int(problem.line),
                        "kind": .string(problem.kind.rawValue),
                        "message": .string(problem.message),
                    ]
                )))
            }
        }
        for other in others {
            for entry in other.entries {
                available.insert(Key(path: entry.modulePath, version: entry.version, isGoMod: entry.isGoMod))
            }
        }
        self.available = available
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

    /// The kinds of line one requirement needs and go.sum lacks. A directory replacement needs none; a
    /// module replacement is checked under the replacement's path and version.
    func missing(path: String, version: String, indirect: Bool) -> [String] {
        var kinds: [String] = []
        if !available.contains(Key(path: path, version: version, isGoMod: true)) { kinds.append("go.mod") }
        if !indirect, !available.contains(Key(path: path, version: version, isGoMod: false)) { kinds.append("zip") }
        return kinds
    }

    /// Content-hash lines for modules go.mod does not mention, nor any path-prefix relative of a mentioned
    /// module (those are kept to rule out ambiguous imports). Only judged from go 1.18 on, where go.mod lists
    /// every module that provides a package and `go mod tidy` no longer keeps the 1.16 graph's sums.
    static func unused(_ sum: GoSum, file: String, mentioned: Set<String>, goLine: String) -> [FactValue] {
        guard GoVersion.compare(goLine, "1.18") >= 0 else { return [] }
        return sum.entries.filter { entry in
            !entry.isGoMod && !mentioned.contains { isPathRelative($0, entry.modulePath) }
        }.map { lineFact($0, file: file) }
    }

    static func isPathRelative(_ a: String, _ b: String) -> Bool {
        a == b || a.hasPrefix(b + "/") || b.hasPrefix(a + "/")
    }
}
