/// A go.mod file the module graph needed and could not use. The go command stops on the first one; the
/// graph goes on without that module's requirements, so one unreadable module does not hide the rest.
public struct ModuleGraphProblem: Sendable, Hashable, CustomStringConvertible {
    /// Why the go.mod could not be used.
    public enum Kind: Sendable, Hashable {
        /// The module source does not have the file.
        case missing
        /// The file could not be read or parsed; the text says why.
        case invalid(String)
        /// The file has no `module` line.
        case missingModuleLine
        /// The file declares another module path than the one required (and than its replacement's).
        case pathMismatch(declared: String)
        /// Two replace directives of the main module replace this module differently.
        case conflictingReplacements
    }

    /// The module as the graph requires it.
    public var module: ModuleAtVersion
    /// The module whose go.mod was read: `module`, or its replacement.
    public var source: ModuleAtVersion
    /// What went wrong.
    public var kind: Kind

    /// Creates a problem.
    public init(module: ModuleAtVersion, source: ModuleAtVersion, kind: Kind) {
        self.module = module
        self.source = source
        self.kind = kind
    }

    /// One line naming the module and the reason, as the go command words it where it has words for it.
    public var description: String {
        let replaced = source == module ? "" : " (replaced by \(source))"
        switch kind {
        case .missing:
            return "\(module)\(replaced): go.mod not in the module source"
        case .invalid(let reason):
            return "\(module)\(replaced): go.mod unusable: \(reason)"
        case .missingModuleLine:
            return "\(module)\(replaced): parsing go.mod: missing module line"
        case .pathMismatch(let declared):
            return "\(module)\(replaced): parsing go.mod: module declares its path as: \(declared) but was required as: \(module.path)"
        case .conflictingReplacements:
            return "\(module): conflicting replacements in go.mod"
        }
    }
}
