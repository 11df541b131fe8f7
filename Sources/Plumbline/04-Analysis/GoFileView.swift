import GoSource

/// One Go file with what the facts ask of it more than once: which builds compile it, and which of its
/// `//go:embed` patterns match nothing.
struct GoFileView: Sendable {
    struct MissingEmbed: Sendable {
        var pattern: String
        var position: GoPosition
        /// The repository path the pattern names, taken literally (wildcards included), to ask whether git
        /// ignores it; nil for a pattern the go command rejects (`..`, a leading `/`, a backslash).
        var target: String?
    }

    let path: String
    let file: GoSourceFile
    let reach: GoBuildReach?
    /// The same question for Go 1.20, the last toolchain without the wasip1 port.
    let reachBeforeWasip1: GoBuildReach?
    let missingEmbeds: [MissingEmbed]

    init(_ file: GoSourceFile, path: String, targets: EmbedTargets) {
        self.path = path
        self.file = file
        reach = GoBuildReach(file)
        reachBeforeWasip1 = GoBuildReach(file, toolchain: .go1_20)
        let directory = RepoPath.directory(of: path)
        var missing: [MissingEmbed] = []
        for directive in file.directives {
            for pattern in directive.embedPatterns where !targets.matchesAnything(pattern, in: directory) {
                missing.append(MissingEmbed(pattern: pattern, position: directive.position, target: Self.target(of: pattern, in: directory)))
            }
        }
        missingEmbeds = missing
    }

    /// Test files of a package are left out of its package view; `package x_test` files form their own.
    var packageKey: String { RepoPath.directory(of: path) + "\u{0}" + file.packageName }

    private static func target(of rawPattern: String, in directory: String) -> String? {
        let pattern = rawPattern.hasPrefix("all:") ? String(rawPattern.dropFirst(4)) : rawPattern
        let parts = pattern.split(separator: "/", omittingEmptySubsequences: false)
        guard !pattern.contains("\\"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return nil }
        return RepoPath.join(directory, pattern)
    }
}
