/// A main module's requirement graph and the build list minimal version selection picks from it: what
/// `go mod graph` and `go list -m all` print, computed from go.mod files alone.
public struct ModuleGraph: Sendable {
    /// The main module (its version is empty).
    public let mainModule: ModuleAtVersion
    /// The main module's go version (its `go` line, or 1.16 without one).
    public let goVersion: String
    /// Whether the main module's graph is pruned.
    public let pruning: ModuleGraphPruning
    /// The main module's requirements, excluded versions dropped, plus `go` and `toolchain`, in
    /// `gover.ModSort` order: the roots of the graph.
    public let roots: [ModuleAtVersion]
    /// Paths the main module requires without `// indirect` (and `go`).
    public let directPaths: Set<String>
    /// The main module's replace directives.
    public let replacements: ModuleReplacements
    /// The requirement list of every node whose go.mod was loaded into the graph.
    let requirementLists: [ModuleAtVersion: [ModuleAtVersion]]
    /// The selected version of every path in the graph.
    let selectedVersions: [String: String]
    /// The go line of each selected module's go.mod (its replacement's when replaced), when it has one.
    let goVersions: [ModuleAtVersion: String]
    /// go.mod files the graph needed and could not use. With any, the graph is incomplete.
    public let problems: [ModuleGraphProblem]

    /// The graph of `main`, reading every other go.mod from `source`.
    public static func load(main: GoModFile, source: any GoModSource) -> ModuleGraph {
        ModuleGraphLoader.load(main: main, source: source)
    }

    init(
        mainModule: ModuleAtVersion, goVersion: String, pruning: ModuleGraphPruning, roots: [ModuleAtVersion],
        directPaths: Set<String>, replacements: ModuleReplacements,
        requirementLists: [ModuleAtVersion: [ModuleAtVersion]], selectedVersions: [String: String],
        goVersions: [ModuleAtVersion: String], problems: [ModuleGraphProblem]
    ) {
        self.mainModule = mainModule
        self.goVersion = goVersion
        self.pruning = pruning
        self.roots = roots
        self.directPaths = directPaths
        self.replacements = replacements
        self.requirementLists = requirementLists
        self.selectedVersions = selectedVersions
        self.goVersions = goVersions
        self.problems = problems
    }

    /// The requirements of `module` as loaded into the graph; nil when its go.mod was not loaded (pruned
    /// out, or unusable).
    public func requirements(of module: ModuleAtVersion) -> [ModuleAtVersion]? { requirementLists[module] }

    /// Every node whose go.mod the graph read, in `gover.ModSort` order: with its replacement applied,
    /// these are the `/go.mod` hashes the go command checks in go.sum while loading the graph (the `go` and
    /// `toolchain` nodes have no go.mod and are left out).
    public var loadedModules: [ModuleAtVersion] {
        requirementLists.keys.filter { $0 != mainModule && !$0.isToolchain }.sorted(by: ModuleAtVersion.precedes)
    }

    /// The version MVS selects for `path`; nil when the path is not in the graph. The main module's is "".
    public func selectedVersion(of path: String) -> String? { selectedVersions[path] }

    /// Every selected module, the main module first and then by path (`mvs.Graph.BuildList`), `go` and
    /// `toolchain` included.
    public var buildList: [ModuleAtVersion] {
        let others = selectedVersions.compactMap { path, version in
            path == mainModule.path ? nil : ModuleAtVersion(path: path, version: version)
        }
        return [mainModule] + others.sorted(by: ModuleAtVersion.precedes)
    }

    /// The build list as `go list -m all` reports it: without `go` and `toolchain`.
    public var modules: [BuildListModule] {
        buildList.filter { !$0.isToolchain }.map { module in
            let isMain = module == mainModule
            return BuildListModule(
                path: module.path, version: module.version, isMain: isMain,
                isIndirect: !isMain && !directPaths.contains(module.path),
                replacement: isMain ? nil : replacements.replacement(for: module),
                goVersion: isMain ? goVersion : goVersions[module])
        }
    }

    /// The requirement edges in the order `go mod graph` prints them: breadth first from the main module,
    /// each node's requirements in the order its go.mod lists them.
    public var edges: [ModuleRequirement] {
        var result: [ModuleRequirement] = []
        walkBreadthFirst { module in
            for requirement in requirementLists[module] ?? [] {
                result.append(ModuleRequirement(from: module, to: requirement))
            }
        }
        return result
    }

    /// What `go mod graph` prints.
    public var graphText: String { edges.map { "\($0.from) \($0.to)\n" }.joined() }

    /// What `go list -m all` prints.
    public var listText: String { modules.map { $0.listLine + "\n" }.joined() }

    /// Roots whose version is not the selected one: the go command would update go.mod (or, with
    /// `-mod=readonly`, refuse) before using such a graph. A go.mod written by `go mod tidy` has none.
    public var inconsistentRoots: [ModuleAtVersion] {
        roots.filter { !$0.isToolchain && selectedVersions[$0.path] != $0.version }
    }

    /// A shortest chain of requirements from the main module to the selected version of `path`, both ends
    /// included (`mvs.Graph.FindPath`); empty when the path is not in the build list.
    public func requirementPath(to path: String) -> [ModuleAtVersion] {
        guard let version = selectedVersions[path] else { return [] }
        let target = ModuleAtVersion(path: path, version: version)
        var firstRequiredBy: [ModuleAtVersion: ModuleAtVersion?] = [mainModule: nil]
        var queue = [mainModule]
        var next = 0
        while next < queue.count {
            let module = queue[next]
            next += 1
            if module == target {
                var chain = [module]
                var current = module
                while let previous = firstRequiredBy[current], let previous {
                    chain.append(previous)
                    current = previous
                }
                return chain.reversed()
            }
            for requirement in requirementLists[module] ?? [] where firstRequiredBy[requirement] == nil {
                firstRequiredBy[requirement] = .some(module)
                queue.append(requirement)
            }
        }
        return []
    }

    /// Calls `visit` once per node reachable from the main module, breadth first (`mvs.Graph.WalkBreadthFirst`).
    private func walkBreadthFirst(_ visit: (ModuleAtVersion) -> Void) {
        var queue = [mainModule]
        var enqueued: Set<ModuleAtVersion> = [mainModule]
        var next = 0
        while next < queue.count {
            let module = queue[next]
            next += 1
            visit(module)
            for requirement in requirementLists[module] ?? [] where enqueued.insert(requirement).inserted {
                queue.append(requirement)
            }
        }
    }
}

/// One edge of the requirement graph: `from`'s go.mod requires `to`.
public struct ModuleRequirement: Sendable, Hashable {
    /// The requiring module.
    public var from: ModuleAtVersion
    /// The required module.
    public var to: ModuleAtVersion
}
