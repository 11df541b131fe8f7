/// Every fact of one scan, by scope. Built once by `FactBuilder`; rules only read it.
public struct FactBase: Sendable {
    public var facts: [Scope: [FactObject]]
    /// Named places a rule can point its findings at (`anchor:`), per fact identity and anchor name.
    public var anchors: [Scope: [String: [String: SourceLocation]]]
    /// The directory the scan was asked for, repository-relative with a trailing `/` (empty for the root).
    /// Facts name files from the repository root; configured path globs are relative to this directory.
    public var scanRoot: String

    public init(facts: [Scope: [FactObject]] = [:], anchors: [Scope: [String: [String: SourceLocation]]] = [:], scanRoot: String = "") {
        self.facts = facts
        self.anchors = anchors
        self.scanRoot = scanRoot
    }

    public subscript(_ scope: Scope) -> [FactObject] { facts[scope] ?? [] }

    func anchor(_ name: String, of fact: FactObject, in scope: Scope) -> SourceLocation? {
        anchors[scope]?[fact.identity]?[name]
    }
}

extension Scope {
    /// The places, besides the fact's own location, that a rule may anchor its findings to.
    public var anchorNames: [String] {
        switch self {
        case .module: ["module", "go", "toolchain", "gosum", "vendor"]
        case .workspace: ["go", "toolchain"]
        case .repository, .requirement, .replace, .bpfObject, .bpfProgram, .wasmModule, .gofile: []
        }
    }
}
