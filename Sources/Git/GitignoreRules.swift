/// What a set of `.gitignore` files ignores, decided as git decides it (gitignore(5)), from the files'
/// bytes alone: a pure value, for snapshots that have no working tree to ask libgit2 about (a revision, the
/// index, a plain directory).
///
/// - A file's patterns apply to the paths below its directory; a deeper file's match wins over a shallower
///   one's, and within a file the last matching pattern wins.
/// - A path below an ignored directory is ignored: a `!` pattern cannot re-include it.
/// - Blank lines and `#` comments are skipped, trailing spaces are trimmed unless escaped (`\ `), a trailing
///   CR is dropped, `!` negates, `\!` and `\#` are literal.
/// - A trailing `/` matches directories only. A pattern with another `/` is anchored to the file's
///   directory; one without matches a name at any depth.
/// - `*`, `?`, `[...]` and `**` match as `Wildmatch` says. Case matters (core.ignoreCase off).
public struct GitignoreRules: Sendable {
    /// Each `.gitignore`'s patterns, by the directory it sits in (`""` for the root).
    private let patternsByDirectory: [String: [GitignorePattern]]

    /// `files` maps each `.gitignore`'s repository-relative path (`.gitignore`, `web/.gitignore`) to its
    /// bytes.
    public init(files: [String: [UInt8]]) {
        var patterns: [String: [GitignorePattern]] = [:]
        for (path, bytes) in files {
            let directory = path == ".gitignore" ? "" : String(path.dropLast("/.gitignore".count))
            guard path == ".gitignore" || path.hasSuffix("/.gitignore") else { continue }
            patterns[directory] = GitignorePattern.parse(bytes)
        }
        patternsByDirectory = patterns
    }

    /// Whether git ignores `path` (repository-relative, no trailing `/`), taken as a directory or as a file.
    public func isIgnored(_ path: String, isDirectory: Bool) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !components.isEmpty else { return false }
        var prefix = ""
        for component in components.dropLast() {
            prefix = prefix.isEmpty ? component : prefix + "/" + component
            if decision(for: prefix, isDirectory: true) == true { return true }
        }
        return decision(for: components.joined(separator: "/"), isDirectory: isDirectory) == true
    }

    /// The verdict of the deepest `.gitignore` with a pattern matching `path`; nil when none matches.
    private func decision(for path: String, isDirectory: Bool) -> Bool? {
        let bytes = Array(path.utf8)
        let slash = UInt8(ascii: "/")
        let basenameStart = (bytes.lastIndex(of: slash) ?? -1) + 1
        let basename = Array(bytes[basenameStart...])
        // Directories holding the path, deepest first: `a/b` for `a/b/c`, then `a`, then the root.
        var directoryEnds: [Int] = []
        for index in stride(from: basenameStart - 1, through: 0, by: -1) where bytes[index] == slash { directoryEnds.append(index) }
        directoryEnds.append(-1)
        for end in directoryEnds {
            let directory = end < 0 ? "" : String(decoding: bytes[..<end], as: UTF8.self)
            guard let patterns = patternsByDirectory[directory] else { continue }
            let relative = Array(bytes[(end + 1)...])
            if let pattern = patterns.last(where: { $0.matches(relative: relative, basename: basename, isDirectory: isDirectory) }) {
                return !pattern.isNegated
            }
        }
        return nil
    }
}

/// One line of a `.gitignore`, parsed as git parses it.
struct GitignorePattern: Sendable {
    /// The glob, without `!`, a leading `/` or the trailing `/`.
    let glob: [UInt8]
    let isNegated: Bool
    let directoriesOnly: Bool
    /// No `/` apart from a trailing one: the glob matches a name at any depth.
    let matchesBasename: Bool

    /// The patterns of a `.gitignore`, in order.
    static func parse(_ bytes: [UInt8]) -> [GitignorePattern] {
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        return content.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).compactMap { line in
            var line = Array(line)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            return GitignorePattern(line: line)
        }
    }

    init?(line raw: [UInt8]) {
        guard let first = raw.first, first != UInt8(ascii: "#") else { return nil }
        var line = Self.trimmingTrailingSpaces(raw)
        var negated = false
        if line.first == UInt8(ascii: "!") {
            negated = true
            line.removeFirst()
        }
        var directoriesOnly = false
        if line.last == UInt8(ascii: "/") {
            directoriesOnly = true
            line.removeLast()
        }
        let basename = !line.contains(UInt8(ascii: "/"))
        if !basename, line.first == UInt8(ascii: "/") { line.removeFirst() }
        guard !line.isEmpty else { return nil }
        glob = line
        isNegated = negated
        self.directoriesOnly = directoriesOnly
        matchesBasename = basename
    }

    /// Drops trailing spaces, but not an escaped one (`\ `); a trailing lone `\` keeps the line as it is.
    private static func trimmingTrailingSpaces(_ line: [UInt8]) -> [UInt8] {
        var lastSpace: Int?
        var index = 0
        while index < line.count {
            switch line[index] {
            case UInt8(ascii: " "):
                if lastSpace == nil { lastSpace = index }
            case UInt8(ascii: "\\"):
                index += 1
                if index >= line.count { return line }
                lastSpace = nil
            default:
                lastSpace = nil
            }
            index += 1
        }
        return lastSpace.map { Array(line[..<$0]) } ?? line
    }

    /// `relative` is the path below the `.gitignore`'s directory, `basename` its last component.
    func matches(relative: [UInt8], basename: [UInt8], isDirectory: Bool) -> Bool {
        if directoriesOnly && !isDirectory { return false }
        return Wildmatch.matches(glob, matchesBasename ? basename : relative)
    }
}
