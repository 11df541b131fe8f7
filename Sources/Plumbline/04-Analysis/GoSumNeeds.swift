import GoModules

/// The go.sum lines the go command refuses to work without in one module, as far as the repository shows
/// them, and the absent lines whose need it does not show.
///
/// The model, checked against the go command by `.ci/gosum-oracle.sh`:
/// - Only module mode refuses: with vendor/modules.txt and a go line ≥ 1.14 builds read vendor/ and no
///   go.sum; inside a go.work workspace the go command looks missing lines up in the checksum database and
///   writes them to go.work.sum instead of stopping.
/// - Loading the module graph (`go list -m all`, `go mod verify`) reads the go.mod of every requirement;
///   below go 1.17 (no graph pruning) every build and test loads the whole graph.
/// - Loading a package needs the content (zip) hash of every required module whose path is a prefix of the
///   package's import path (the go command checks that exactly one provides it) and the go.mod hash of the
///   one that provides it: the longest such path. Imports are those of the module's own files under any
///   build tags (`ModuleImports`), and `tool` directives.
/// - Below go 1.17 only the provider's version is certain: a shorter-prefix module is checked at the
///   version the whole graph selects.
/// - What dependencies' packages import, and the go.mod files only dependencies require, are not in the
///   repository: content hashes of requirements no file imports are `undecided`, and go.mod hashes of
///   modules go.mod does not list are not judged at all.
struct GoSumNeeds {
    enum Mode: String {
        case module, workspace, vendor
    }

    /// What stops without a line, the most common first.
    enum Purpose: Int, Comparable {
        case build, test, tool, graph

        static func < (lhs: Purpose, rhs: Purpose) -> Bool { lhs.rawValue < rhs.rawValue }

        var consequence: String {
            switch self {
            case .build: return "go build stops with missing go.sum entry"
            case .test: return "go test stops with missing go.sum entry"
            case .tool: return "go tool stops with missing go.sum entry"
            case .graph: return "go list -m all, go mod verify and every other command that loads the module graph stop with missing go.sum entry"
            }
        }
    }

    struct Line {
        let path: String
        let version: String
        let kind: String
        let purpose: Purpose
        /// Why the go command reads the line (which file imports what, or which directive).
        let reason: String
        /// The require directive (index into go.mod's requires) the line belongs to: where findings point.
        let requirement: Int

        var key: GoSumIndex.Key { GoSumIndex.Key(path: path, version: version, isGoMod: kind == "go.mod") }
    }

    /// A require directive as the go command reads it. `sum` is where its go.sum lines are keyed (the
    /// replacement's path and version when a module replaces it); nil when the module is read from disk
    /// (a directory replacement, a workspace member) or the version is excluded.
    struct Root {
        let index: Int
        let path: String
        let version: String
        let sum: (path: String, version: String)?
    }

    let mode: Mode
    /// Lines the go command certainly reads in module mode; empty in the other modes.
    let needed: [Line]
    /// Needed lines that no consulted go.sum holds.
    let missing: [Line]
    /// Absent content hashes of requirements whose need depends on the dependencies' own imports.
    let undecided: [Line]

    /// Vendored and workspace builds: the go command refuses nothing for want of a go.sum line.
    init(mode: Mode) {
        self.mode = mode
        needed = []
        missing = []
        undecided = []
    }

    init(roots: [Root], mainPath: String?, goLine: String, imports: [ModuleImports.Use], tools: [String], sums: [GoSumIndex]) {
        mode = .module
        let pruned = GoVersion.compare(goLine, "1.17") >= 0
        // The version the go command loads packages from: the highest one go.mod lists.
        var top: [String: Root] = [:]
        for root in roots {
            if let other = top[root.path], ModuleVersion.compare(other.version, root.version) >= 0 { continue }
            top[root.path] = root
        }
        var chosen: [GoSumIndex.Key: Line] = [:]
        func need(_ root: Root, kind: String, _ purpose: Purpose, _ reason: String) {
            guard let sum = root.sum else { return }
            let line = Line(path: sum.path, version: sum.version, kind: kind, purpose: purpose, reason: reason, requirement: root.index)
            if let earlier = chosen[line.key], earlier.purpose <= purpose { return }
            chosen[line.key] = line
        }
        for root in roots {
            if pruned {
                need(root, kind: "go.mod", .graph, "go.mod requires it, and loading the module graph reads every requirement's go.mod")
            } else {
                need(root, kind: "go.mod", .build, "go.mod requires it, and below go 1.17 every build loads the whole module graph")
            }
        }
        var shorterPrefixes = Set<String>()
        var seen = Set<String>()
        let wanted = imports.map { ($0.path, $0.test ? Purpose.test : .build, "\($0.file):\($0.line) imports \($0.path)") }
            + tools.map { ($0, Purpose.tool, "go.mod's tool directive names \($0)") }
        for (path, purpose, reason) in wanted where seen.insert(path).inserted {
            let candidates = Self.prefixes(of: path).compactMap { top[$0] }
            guard let longest = candidates.first else { continue }
            // The main module provides the package when its path is the longer prefix; the required
            // modules at shorter prefixes are still checked.
            var others = candidates.dropFirst()
            if let mainPath, Self.isPrefix(mainPath, of: path), mainPath.count > longest.path.count {
                others = candidates[...]
            } else {
                need(longest, kind: "zip", purpose, reason)
                need(longest, kind: "go.mod", purpose, reason)
            }
            for other in others {
                if pruned {
                    need(other, kind: "zip", purpose, reason + ", and the go command checks that no other required module provides it")
                } else {
                    shorterPrefixes.insert(other.path)
                }
            }
        }
        needed = chosen.values.sorted { ($0.requirement, $0.kind) < ($1.requirement, $1.kind) }
        func absent(_ key: GoSumIndex.Key) -> Bool { !sums.contains { $0.contains(key) } }
        missing = needed.filter { absent($0.key) }

        var undecided: [Line] = []
        for root in top.values.sorted(by: { $0.index < $1.index }) {
            guard let sum = root.sum else { continue }
            let key = GoSumIndex.Key(path: sum.path, version: sum.version, isGoMod: false)
            guard chosen[key] == nil, absent(key) else { continue }
            let reason = shorterPrefixes.contains(root.path)
                ? "a file imports a package under its path; below go 1.17 the go command checks it at the version the whole module graph selects, which the dependencies' go.mod files decide"
                : "no file of the module imports a package of it; builds need it only if a dependency's package does, which the repository does not show"
            undecided.append(Line(path: sum.path, version: sum.version, kind: "zip", purpose: .build, reason: reason, requirement: root.index))
        }
        self.undecided = undecided
    }

    /// The path and each of its `/`-prefixes, longest first.
    static func prefixes(of path: String) -> [String] {
        var result = [path]
        var candidate = Substring(path)
        while let slash = candidate.lastIndex(of: "/") {
            candidate = candidate[..<slash]
            result.append(String(candidate))
        }
        return result
    }

    static func isPrefix(_ module: String, of path: String) -> Bool {
        path == module || (path.hasPrefix(module) && path.dropFirst(module.count).first == "/")
    }

    /// Directories holding a `vendor` directory, from every path of the snapshot.
    static func directoriesWithVendor(_ paths: [String]) -> Set<String> {
        var directories = Set<String>()
        for path in paths {
            if path.hasPrefix("vendor/") {
                directories.insert(".")
            } else if let range = path.firstRange(of: "/vendor/") {
                directories.insert(String(path[..<range.lowerBound]))
            }
        }
        return directories
    }
}
