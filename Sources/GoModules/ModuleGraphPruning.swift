/// Whether a go.mod file's requirements stand for their own transitive requirements (graph pruning, go
/// 1.17 and later) or not (`modload.modPruning`; workspaces are not modelled here).
public enum ModuleGraphPruning: String, Sendable, Hashable {
    /// go 1.17 or later: the transitive requirements of the module's dependencies are not loaded unless a
    /// dependency's own go.mod is unpruned.
    case pruned
    /// Before go 1.17, or no go line: every transitive requirement is loaded.
    case unpruned

    /// The first Go version whose go.mod files list every module that provides a package the module
    /// imports (`gover.ExplicitIndirectVersion`).
    public static let firstPrunedGoVersion = "1.17"

    /// The pruning a go.mod file's `go` line implies; nil (no go line) is unpruned.
    public init(goVersion: String?) {
        guard let goVersion, GoVersion.compare(goVersion, Self.firstPrunedGoVersion) >= 0 else {
            self = .unpruned
            return
        }
        self = .pruned
    }
}
