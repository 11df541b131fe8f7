/// The main module's `replace` directives as the module loader applies them: a replacement of one version
/// wins over a replacement of every version of the same path.
public struct ModuleReplacements: Sendable, Hashable {
    private var byVersion: [ModuleAtVersion: ModuleAtVersion] = [:]
    private var byPath: [String: ModuleAtVersion] = [:]
    /// Paths (with the version, when one was given) that two directives replace differently; the go
    /// command refuses such a go.mod ("conflicting replacements"). The first directive is kept.
    public private(set) var conflicts: [ModuleAtVersion] = []

    /// Indexes `replaces`, in file order.
    public init(_ replaces: [GoModReplace]) {
        for replace in replaces {
            let target = ModuleAtVersion(path: replace.newPath, version: replace.newVersion ?? "")
            if let version = replace.oldVersion {
                let old = ModuleAtVersion(path: replace.oldPath, version: version)
                if let previous = byVersion[old] {
                    if previous != target { conflicts.append(old) }
                } else {
                    byVersion[old] = target
                }
            } else if let previous = byPath[replace.oldPath] {
                if previous != target { conflicts.append(ModuleAtVersion(path: replace.oldPath, version: "")) }
            } else {
                byPath[replace.oldPath] = target
            }
        }
    }

    /// What `module` is replaced by, or nil. A target with an empty version is a directory.
    public func replacement(for module: ModuleAtVersion) -> ModuleAtVersion? {
        byVersion[module] ?? byPath[module.path]
    }
}
