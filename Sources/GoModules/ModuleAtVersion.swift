/// A module path at one version: a node of the module requirement graph (the go command's
/// `module.Version`). The main module has the empty version; a directory replacement's target has the
/// directory as its path and the empty version. The pseudo-modules `go` and `toolchain` carry the Go
/// version and toolchain name a go.mod file asks for.
public struct ModuleAtVersion: Sendable, Hashable, CustomStringConvertible {
    /// The module path (or the directory of a directory replacement).
    public var path: String
    /// The version; empty for the main module and for a directory.
    public var version: String

    /// Creates a node.
    public init(path: String, version: String) {
        self.path = path
        self.version = version
    }

    /// `path@version`, or the path alone when there is no version: the form `go mod graph` prints.
    public var description: String { version.isEmpty ? path : path + "@" + version }

    /// Whether this is the `go` or `toolchain` pseudo-module, which `go list -m all` leaves out.
    public var isToolchain: Bool { Self.isToolchain(path) }

    /// Whether `path` names the `go` or `toolchain` pseudo-module (`gover.IsToolchain`).
    public static func isToolchain(_ path: String) -> Bool { path == "go" || path == "toolchain" }

    /// `gover.ModCompare`: Go-version order for `go`, toolchain-name order for `toolchain`, semantic-version
    /// precedence for every other path.
    public static func compareVersions(path: String, _ lhs: String, _ rhs: String) -> Int {
        switch path {
        case "go":
            return GoVersion.compare(lhs, rhs)
        case "toolchain":
            return GoVersion.compare(toolchainVersion(lhs), toolchainVersion(rhs))
        default:
            return ModuleVersion.compare(lhs, rhs)
        }
    }

    /// The order MVS selects by (the module loader's `cmpVersion`): the empty version, which only the main
    /// module has, is above every other.
    static func compareForSelection(path: String, _ lhs: String, _ rhs: String) -> Int {
        switch (lhs.isEmpty, rhs.isEmpty) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        case (false, false): return compareVersions(path: path, lhs, rhs)
        }
    }

    /// `gover.ModSort`'s order: by path (bytes), then by version.
    static func precedes(_ lhs: ModuleAtVersion, _ rhs: ModuleAtVersion) -> Bool {
        if lhs.path != rhs.path { return lhs.path.utf8.lexicographicallyPrecedes(rhs.path.utf8) }
        let order = compareVersions(path: lhs.path, lhs.version, rhs.version)
        if order != 0 { return order < 0 }
        return lhs.version.utf8.lexicographicallyPrecedes(rhs.version.utf8)
    }

    /// A toolchain name such as `go1.21.3` as the Go version it names; a plain version stays as it is.
    private static func toolchainVersion(_ name: String) -> String {
        if GoVersion(name) != nil { return name }
        return GoVersion(toolchain: name)?.string ?? ""
    }
}
