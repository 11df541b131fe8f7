/// Builds the module requirement graph of a main module as the go command's module loader does
/// (`modload.readModGraph` outside workspace mode): the main module's requirements are the roots; the
/// requirements of a go.mod are loaded when the module is a root, or when the module that requires it is
/// unpruned (go < 1.17), or when the main module itself is unpruned. Excluded versions are dropped from
/// every requirement list (the go command no longer substitutes the next higher version), and replaced
/// modules keep their node but read their requirements from the replacement's go.mod.
struct ModuleGraphLoader {
    /// What a go.mod contributes to the graph (`modload.modFileSummary`).
    struct Summary {
        var requirements: [ModuleAtVersion]
        var pruning: ModuleGraphPruning
        var goVersion: String?
    }

    private struct QueueEntry: Hashable {
        var module: ModuleAtVersion
        var pruning: ModuleGraphPruning
    }

    /// The first Go version whose go.mod line is itself a requirement on the `go` pseudo-module
    /// (`gover.GoStrictVersion`).
    static let strictGoVersion = "1.21"

    private let source: any GoModSource
    private let mainPath: String
    private let replacements: ModuleReplacements
    private let excluded: Set<ModuleAtVersion>
    private var summaries: [ModuleAtVersion: Summary?] = [:]
    private var problems: [ModuleGraphProblem] = []

    private init(main: GoModFile, source: any GoModSource) {
        self.source = source
        mainPath = main.module?.path ?? ""
        replacements = ModuleReplacements(main.replaces)
        excluded = Set(main.excludes.map { ModuleAtVersion(path: $0.path, version: $0.version) })
    }

    /// The graph of `main`, reading every other go.mod from `source`.
    static func load(main: GoModFile, source: any GoModSource) -> ModuleGraph {
        var loader = ModuleGraphLoader(main: main, source: source)
        return loader.load(main: main)
    }

    private mutating func load(main: GoModFile) -> ModuleGraph {
        let mainModule = ModuleAtVersion(path: mainPath, version: "")
        let goVersion = main.effectiveGoVersion
        let pruning = ModuleGraphPruning(goVersion: goVersion)
        for conflict in replacements.conflicts {
            problems.append(ModuleGraphProblem(module: conflict, source: conflict, kind: .conflictingReplacements))
        }

        var direct: Set<String> = ["go"]
        var roots: [ModuleAtVersion] = []
        for require in main.requires {
            let module = ModuleAtVersion(path: require.path, version: require.version)
            if excluded.contains(module) { continue }
            roots.append(module)
            if !require.indirect { direct.insert(require.path) }
        }
        roots.append(ModuleAtVersion(path: "go", version: goVersion))
        if let toolchain = main.toolchain {
            roots.append(ModuleAtVersion(path: "toolchain", version: toolchain.name))
        }
        roots.sort(by: ModuleAtVersion.precedes)

        var graph = RequirementGraphBuilder(main: mainModule)
        graph.require(mainModule, roots)

        var enqueued: Set<QueueEntry> = []
        var queue: [QueueEntry] = []
        var next = 0
        func enqueue(_ module: ModuleAtVersion, _ pruning: ModuleGraphPruning) {
            let entry = QueueEntry(module: module, pruning: pruning)
            if enqueued.insert(entry).inserted { queue.append(entry) }
        }
        for root in roots { enqueue(root, pruning) }
        while next < queue.count {
            let entry = queue[next]
            next += 1
            let firstLoad = summaries[entry.module] == nil
            guard let summary = summary(of: entry.module) else { continue }
            if firstLoad { graph.require(entry.module, summary.requirements) }
            // An unpruned go.mod does not list everything its packages need, so its requirements'
            // requirements matter too; below an unpruned main module everything is loaded.
            let nextPruning = entry.pruning == .unpruned ? .unpruned : summary.pruning
            guard entry.pruning != .pruned || summary.pruning == .unpruned else { continue }
            for requirement in summary.requirements { enqueue(requirement, nextPruning) }
        }

        // The go line of every selected module, also of those whose requirements pruning left unread. The
        // graph does not need these files, so one that cannot be read is not a problem of the graph.
        let graphProblems = problems
        var goVersions: [ModuleAtVersion: String] = [:]
        for (path, version) in graph.selected where path != mainPath && !ModuleAtVersion.isToolchain(path) {
            let module = ModuleAtVersion(path: path, version: version)
            if let goVersion = summary(of: module)?.goVersion { goVersions[module] = goVersion }
        }
        problems = graphProblems
        return ModuleGraph(
            mainModule: mainModule, goVersion: goVersion, pruning: pruning, roots: roots, directPaths: direct,
            replacements: replacements, requirementLists: graph.required, selectedVersions: graph.selected,
            goVersions: goVersions, problems: problems)
    }

    /// The requirements `module`'s go.mod contributes, read once (`modload.goModSummary`); nil when the
    /// go.mod cannot be used, which is recorded as a problem.
    private mutating func summary(of module: ModuleAtVersion) -> Summary? {
        if let cached = summaries[module] { return cached }
        let summary = readSummary(of: module)
        summaries[module] = .some(summary)
        return summary
    }

    private mutating func readSummary(of module: ModuleAtVersion) -> Summary? {
        if module.path == "go" {
            // A go line at 1.21 or later implies the toolchain of the same version.
            let implied = GoVersion.compare(module.version, Self.strictGoVersion) >= 0
            return Summary(
                requirements: implied ? [ModuleAtVersion(path: "toolchain", version: "go" + module.version)] : [],
                pruning: .pruned, goVersion: nil)
        }
        if module.path == "toolchain" { return Summary(requirements: [], pruning: .pruned, goVersion: nil) }

        let actual = module.path == mainPath && module.version.isEmpty
            ? module : (replacements.replacement(for: module) ?? module)
        let lookup = actual.version.isEmpty
            ? source.goMod(directory: actual.path) : source.goMod(path: actual.path, version: actual.version)
        let file: GoModFile
        switch lookup {
        case .found(let found):
            file = found
        case .missing:
            problems.append(ModuleGraphProblem(module: module, source: actual, kind: .missing))
            return nil
        case .invalid(let reason):
            problems.append(ModuleGraphProblem(module: module, source: actual, kind: .invalid(reason)))
            return nil
        }
        // A directory replacement may declare any path; a module from a source must declare its own path
        // or its replacement's.
        if !actual.version.isEmpty {
            guard let declared = file.module?.path else {
                problems.append(ModuleGraphProblem(module: module, source: actual, kind: .missingModuleLine))
                return nil
            }
            if declared != module.path && declared != actual.path {
                problems.append(
                    ModuleGraphProblem(module: module, source: actual, kind: .pathMismatch(declared: declared)))
                return nil
            }
        }

        var requirements: [ModuleAtVersion] = []
        for require in file.requires {
            let requirement = ModuleAtVersion(path: require.path, version: require.version)
            if !excluded.contains(requirement) { requirements.append(requirement) }
        }
        let goVersion = file.go?.version
        if let goVersion, GoVersion.compare(goVersion, Self.strictGoVersion) >= 0 {
            requirements.append(ModuleAtVersion(path: "go", version: goVersion))
        }
        return Summary(requirements: requirements, pruning: ModuleGraphPruning(goVersion: goVersion), goVersion: goVersion)
    }
}

/// The incremental MVS graph (`mvs.Graph`): requirement lists pushed in as go.mod files are read, and the
/// highest version of each path seen so far.
struct RequirementGraphBuilder {
    private(set) var required: [ModuleAtVersion: [ModuleAtVersion]] = [:]
    private(set) var selected: [String: String] = [:]

    init(main: ModuleAtVersion) {
        selected[main.path] = main.version
    }

    mutating func require(_ module: ModuleAtVersion, _ requirements: [ModuleAtVersion]) {
        guard required[module] == nil else { return }
        required[module] = requirements
        for requirement in requirements {
            if let current = selected[requirement.path],
                ModuleAtVersion.compareForSelection(path: requirement.path, current, requirement.version) >= 0
            {
                continue
            }
            selected[requirement.path] = requirement.version
        }
    }
}
