import GoModules
import GoSource

/// What each module's own Go files import, as `go mod tidy` and `go build ./...` see the module: every
/// file of its packages under any build tags except `ignore`, test files included. Files of nested modules
/// belong to those; vendor/ and testdata/ trees, directories and files whose name starts with `_` or `.`,
/// and directories the go.mod's `ignore` directives name are not part of any package of the module.
struct ModuleImports {
    /// One import spec of one file.
    struct Use {
        let path: String
        let file: String
        let line: Int
        /// The importing file is a `_test.go` file: only `go test` compiles it.
        let test: Bool
    }

    private let byModule: [String: [Use]]

    init(_ parsed: ParsedRepository, owners: ModuleOwners) {
        var byModule: [String: [Use]] = [:]
        for (path, file) in parsed.goFiles {
            guard let owner = owners.module(of: path), Self.isPackageFile(path, file, of: owner) else { continue }
            for spec in file.imports where !spec.isCgo {
                byModule[owner.file, default: []].append(Use(path: spec.path, file: path, line: spec.position.line, test: file.isTest))
            }
        }
        // Non-test uses first, then by place: the first use of a package is the one a message names.
        self.byModule = byModule.mapValues { uses in
            uses.sorted { ($0.test ? 1 : 0, $0.file, $0.line) < ($1.test ? 1 : 0, $1.file, $1.line) }
        }
    }

    /// The imports of the module whose go.mod is `file`.
    func uses(ofModuleFile file: String) -> [Use] { byModule[file] ?? [] }

    private static func isPackageFile(_ path: String, _ file: GoSourceFile, of module: ParsedRepository.Module) -> Bool {
        if file.fileName.isIgnored { return false }
        let relative = module.dir == "." ? path : String(path.dropFirst(module.dir.count + 1))
        let directories = relative.split(separator: "/").dropLast()
        if directories.contains(where: { $0.hasPrefix("_") || $0.hasPrefix(".") || $0 == "testdata" || $0 == "vendor" }) { return false }
        if module.gomod.ignores.contains(where: { Self.ignore($0.path, covers: Array(directories)) }) { return false }
        return file.constraint.map { Self.holdsForAnyTags($0, prefer: true) } ?? true
    }

    /// An `ignore` directive: `./dir` names a directory relative to the module root; any other path names
    /// every directory whose path ends in it, at any depth.
    static func ignore(_ pattern: String, covers directories: [Substring]) -> Bool {
        let anchored = pattern.hasPrefix("./")
        let parts = pattern.split(separator: "/").filter { $0 != "." }
        guard !parts.isEmpty, parts.count <= directories.count else { return false }
        if anchored { return Array(directories.prefix(parts.count)) == parts }
        for start in 0...(directories.count - parts.count) where Array(directories[start..<(start + parts.count)]) == parts {
            return true
        }
        return false
    }

    /// The go command's "any tags" reading of a build constraint (cmd/go/internal/imports): every tag
    /// holds and does not hold, whichever the surrounding negations prefer, except `ignore`, which never
    /// holds. So `//go:build linux && !linux` is in, `//go:build ignore` is out, `!ignore` is in.
    static func holdsForAnyTags(_ expression: GoBuildExpression, prefer: Bool) -> Bool {
        switch expression {
        case .tag(let name): return name == "ignore" ? false : prefer
        case .not(let operand): return !holdsForAnyTags(operand, prefer: !prefer)
        case .and(let left, let right): return holdsForAnyTags(left, prefer: prefer) && holdsForAnyTags(right, prefer: prefer)
        case .or(let left, let right): return holdsForAnyTags(left, prefer: prefer) || holdsForAnyTags(right, prefer: prefer)
        }
    }
}
