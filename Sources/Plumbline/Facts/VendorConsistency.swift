import GoModules

/// The go command's vendor consistency check (`go: inconsistent vendoring`), in its own words, against
/// one module's go.mod. Applied in full from go 1.14, as the go command does; before that only versions.
enum VendorConsistency {
    static func drift(gomod: GoModFile, vendor: VendorModules, file: String, goLine: String) -> [FactValue] {
        var problems: [(String, String, Int)] = []
        let full = GoVersion.compare(goLine, "1.14") >= 0
        var vendored: [String: VendorModule] = [:]
        for module in vendor.modules where vendored[module.path] == nil { vendored[module.path] = module }
        let required = Set(gomod.requires.map { "\($0.path)@\($0.version)" })

        for requirement in gomod.requires {
            let listed = vendor.modules.first { $0.path == requirement.path && $0.version == requirement.version }
            if full ? !(listed?.explicit ?? false) : listed == nil {
                let line = vendored[requirement.path]?.line ?? 1
                problems.append((requirement.path, "\(requirement.path)@\(requirement.version): is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt", line))
            }
        }
        if full {
            for module in vendor.modules where module.explicit {
                let version = module.version ?? ""
                if !required.contains("\(module.path)@\(version)") {
                    problems.append((module.path, "\(module.path)@\(version): is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod", module.line))
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
                    problems.append((replace.oldPath, "\(replace.oldPath): is replaced in go.mod, but not marked as replaced in vendor/modules.txt", line))
                    continue
                }
                if recorded != goModTarget {
                    problems.append((replace.oldPath, "\(replace.oldPath): is replaced by \(goModTarget) in go.mod, but marked as replaced by \(recorded) in vendor/modules.txt", line))
                }
            }
            let recordedReplacements = vendor.modules.filter { $0.replacementPath != nil }.map { ($0.path, $0.line) }
                + vendor.wildcardReplacements.map { ($0.path, $0.line) }
            for (path, line) in recordedReplacements where !replacedPaths.contains(path) {
                problems.append((path, "\(path): is marked as replaced in vendor/modules.txt, but not replaced in go.mod", line))
            }
        }
        var seen = Set<String>()
        return problems.filter { seen.insert($0.1).inserted }.map { path, message, line in
            .object(FactObject(
                identity: "vendor:\(path):\(message.hasPrefix(path + "@") ? "explicit" : "replace")",
                location: SourceLocation(path: file, line: line, column: 1),
                fields: ["path": .string(path), "message": .string(message)]
            ))
        }
    }

    private static func describe(_ path: String, _ version: String?) -> String {
        if let version, !version.isEmpty { return "\(path) \(version)" }
        return path
    }
}
