/// Where the module graph reads go.mod files from: a module cache, a proxy tree, or the repository's own
/// snapshot for directory replacements. Implementations do the reading and parsing; the graph only asks.
public protocol GoModSource {
    /// The go.mod file of module `path` at `version` (the proxy's `@v/VERSION.mod`).
    func goMod(path: String, version: String) -> GoModLookup
    /// The go.mod file in the directory of a directory replacement, `directory` exactly as the replace
    /// directive writes it (relative to the main module's directory unless absolute).
    func goMod(directory: String) -> GoModLookup
}

/// The answer to one go.mod request.
public enum GoModLookup: Sendable, Hashable {
    /// The file, parsed.
    case found(GoModFile)
    /// The source does not have the file.
    case missing
    /// The source has the file but it cannot be used; the text says why (a parse error, a read error).
    case invalid(String)
}
