import GoModules

/// The go command's vendor consistency check (`go: inconsistent vendoring`), in its own words, against
/// one module's go.mod. Applied in full from go 1.14, as the go command does; before that only versions.
enum VendorConsistency {
    /// One disagreement, in the go command's words.
    struct Drift {
        enum Concern {
            /// The `## explicit` marks against go.mod's requirements.
            case explicit
            /// The recorded replacements against go.mod's replace directives.
            case replacement
        }

        let path: String
        let message: String
        let concern: Concern
        /// The vendor/modules.txt line concerned; 1 when it lists nothing for the module.
        let line: Int
    }

    static func drift(gomod: GoModFile, vendor: VendorModules, goLine: String) -> [Drift] {
        var problems: [Drift] = []
        let full = GoVersion.compare(goLine, "1.14") >= 0
        var vendored: [String: VendorModule] = [:]
        for module in vendor.modules where vendored[module.path] == nil { vendored[module.path] = module }
        let required = Set(gomod.requires.map { "\($0.path)@\($0.version)" })

        for requirement in gomod.requires {
            let listed = vendor.modules.first { $0.path == requirement.path && $0.version == requirement.version }
            if full ? !(listed?.explicit ?? false) : listed == nil {
                let line = vendored[requirement.path]?.line ?? 1
                problems.append(Drift(path: requirement.path, message: "\(requirement.path)@\(requirement.version): is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt", concern: .explicit, line: line))
            }
        }
        if full {
            for module in vendor.modules where module.explicit {
                let version = module.version ?? ""
                if !required.contains("\(module.path)@\(version)") {
                    problems.append(Drift(path: module.path, message: "\(module.path)@\(version): is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod", concern: .explicit, line: module.line))
                }
            }
            var replacedPaths = Set<String>()
            for replace in gomod.replaces {
                replacedPaths.insert(replace.oldPath)
                let goModTarget = describe(replace.newPath, replace.newVersion)
                let candidate = vendor.modules.first { $0.path == replace.oldPath && (replace.oldVersion == nil || $0.version == replace.oldVersion) }
                let wildcard = vendor.wildcardReplacements.first { $0.path == replace.oldPath }
                let recordedEntry = candidate?.replacementPath != nil ? candidate : wildcard
                let recorded = recordedEntry.flatMap { entry in entry.replacementPath.map { describe($0, entry.replacementVersion) } }
                let line = candidate?.line ?? wildcard?.line ?? 1
                guard let recorded else {
                    problems.append(Drift(path: replace.oldPath, message: "\(replace.oldPath): is replaced in go.mod, but not marked as replaced in vendor/modules.txt", concern: .replacement, line: line))
                    continue
                }
                if recorded != goModTarget {
                    problems.append(Drift(path: replace.oldPath, message: "\(replace.oldPath): is replaced by \(goModTarget) in go.mod, but marked as replaced by \(recorded) in vendor/modules.txt", concern: .replacement, line: line))
                }
            }
            let recordedReplacements = vendor.modules.filter { $0.replacementPath != nil }.map { ($0.path, $0.line) }
                + vendor.wildcardReplacements.map { ($0.path, $0.line) }
            for (path, line) in recordedReplacements where !replacedPaths.contains(path) {
                problems.append(Drift(path: path, message: "\(path): is marked as replaced in vendor/modules.txt, but not replaced in go.mod", concern: .replacement, line: line))
            }
        }
        var seen = Set<String>()
        return problems.filter { seen.insert($0.message).inserted }
    }

    private static func describe(_ path: String, _ version: String?) -> String {
        if let version, !version.isEmpty { return "\(path) \(version)" }
        return path
    }
}
