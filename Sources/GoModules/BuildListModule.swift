/// One module of the build list with what `go list -m` says about it.
public struct BuildListModule: Sendable, Hashable {
    /// The module path.
    public var path: String
    /// The selected version; empty for the main module.
    public var version: String
    /// Whether this is the main module.
    public var isMain: Bool
    /// Whether the main module's go.mod does not require it directly (`// indirect`, or not listed).
    public var isIndirect: Bool
    /// What the main module's go.mod replaces it with; a replacement with an empty version is a directory.
    public var replacement: ModuleAtVersion?
    /// The go line of its go.mod (of the replacement's when replaced); nil when there is none.
    public var goVersion: String?

    /// The line `go list -m all` prints: `path version`, `=> new [version]` for a replacement.
    public var listLine: String {
        var line = path
        if !version.isEmpty { line += " " + version }
        if let replacement {
            line += " => " + replacement.path
            if !replacement.version.isEmpty { line += " " + replacement.version }
        }
        return line
    }
}
