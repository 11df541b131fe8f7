import GoModules

/// Turns parsed files into the facts rules query. Every derived fact (go.sum coverage, vendor drift,
/// workspace membership, release support as of a date) is computed here, once.
struct FactBuilder: Sendable {
    let input: ScanInput
    let parsed: ParsedRepository
    let tables: DataTables
    let asOf: CalendarDate

    var releases: GoReleaseTable { tables.releases }

    /// The module paths the snapshot's own go.mod files declare.
    var repositoryModulePaths: Set<String> { Set(parsed.modules.compactMap { $0.gomod.module?.path }) }

    /// The go.work that uses each module directory (the first, in path order, when several do).
    private var workspaceOfDir: [String: ParsedRepository.Workspace] = [:]

    init(input: ScanInput, parsed: ParsedRepository, tables: DataTables, asOf: CalendarDate) {
        self.input = input
        self.parsed = parsed
        self.tables = tables
        self.asOf = asOf
        for workspace in parsed.workspaces {
            for use in workspace.gowork.uses {
                if let dir = RepoPath.resolve(use.diskPath, from: workspace.dir), workspaceOfDir[dir] == nil {
                    workspaceOfDir[dir] = workspace
                }
            }
        }
    }

    /// `history` answers when files last changed (for stale eBPF objects), `ignores` which paths git ignores
    /// (for embedded build outputs); they are the inputs that are not values, so they are used here on the
    /// calling thread only.
    func build(history: HistorySource?, ignores: IgnoreSource? = nil) -> FactBase {
        var base = FactBase(scanRoot: input.scanPrefix)
        base.facts[.repository] = [repositoryFact()]
        base.facts[.workspace] = parsed.workspaces.map(workspaceFact)
        var modules: [FactObject] = []
        var requirements: [FactObject] = []
        var replaces: [FactObject] = []
        var anchors: [String: [String: SourceLocation]] = [:]
        let owners = ModuleOwners(parsed.modules)
        let imports = ModuleImports(parsed, owners: owners)
        let vendored = GoSumNeeds.directoriesWithVendor(input.paths)
        let sources = ModuleGoFiles.byModule(parsed.goFiles, owners: owners)
        // Modules are independent: each one's go.sum analysis and facts are built on every core.
        let perModule = parallelMap(parsed.modules.count) { [sources] index in
            let module = parsed.modules[index]
            let sums = GoSumAnalysis(own: module.gosum, others: otherSums(module))
            let (sumNeeds, needs) = sumNeeds(module, sums, imports: imports, vendored: vendored.contains(module.dir))
            let reference = moduleReference(module)
            return (
                module: moduleFact(module, sums: sums, sumNeeds: sumNeeds, sources: sources[module.file] ?? ModuleGoFiles()),
                anchors: moduleAnchors(module),
                requirements: requirementFacts(module, needs: needs, reference: reference),
                replaces: module.gomod.replaces.map { replaceFact($0, source: "go.mod", dir: module.dir, file: module.file, module: reference, inWorkspace: workspaceOfDir[module.dir] != nil) }
            )
        }
        for built in perModule {
            modules.append(built.module)
            anchors[built.module.identity] = built.anchors
            requirements += built.requirements
            replaces += built.replaces
        }
        for workspace in parsed.workspaces {
            replaces += workspace.gowork.replaces.map { replaceFact($0, source: "go.work", dir: workspace.dir, file: workspace.file, module: nil, inWorkspace: true) }
        }
        base.facts[.module] = modules
        base.facts[.requirement] = requirements
        base.facts[.replace] = replaces
        base.facts[.bpfObject] = BPFFacts.objects(parsed.bpfObjects, paths: Set(input.paths), goFiles: parsed.goFiles, owners: owners, history: history)
        base.facts[.bpfProgram] = BPFFacts.programs(parsed.bpfObjects)
        base.facts[.gofile] = goFileFacts(owners: owners, ignores: ignores)
        base.facts[.wasmModule] = WasmFacts.modules(parsed.wasmModules, input: input, owners: owners, exec: tables.wasmExec, runtimes: tables.wasmRuntimes)
        base.anchors[.module] = anchors
        base.anchors[.workspace] = Dictionary(uniqueKeysWithValues: parsed.workspaces.map { workspace in
            var places: [String: SourceLocation] = [:]
            if let go = workspace.gowork.go { places["go"] = location(workspace.file, go.position) }
            if let toolchain = workspace.gowork.toolchain { places["toolchain"] = location(workspace.file, toolchain.position) }
            return ("workspace:\(workspace.file)", places)
        })
        return base
    }

    private func location(_ file: String, _ position: GoModPosition) -> SourceLocation {
        SourceLocation(path: file, goMod: position)
    }

    // MARK: repository

    private func repositoryFact() -> FactObject {
        let anchorFile = parsed.workspaces.first?.file ?? parsed.modules.first?.file
        return FactObject(identity: "repository", location: anchorFile.map(SourceLocation.file), fields: [
            "source": .string(input.source.kind.rawValue),
            "revision": .optional(input.source.revision),
            "head_commit": .optional(input.source.headCommit),
            "branch": .optional(input.source.branch),
            "origin_url": .optional(input.source.originURL),
            "modules": .strings(parsed.modules.compactMap { $0.gomod.module?.path }),
            "module_count": .int(parsed.moduleDirs.count),
            "workspace_count": .int(parsed.workspaces.count + parsed.errors.filter { $0.kind == "go.work" }.count),
            "parse_errors": .list(parsed.errors.map { error in
                .object(FactObject(identity: "parse:\(error.file)", location: error.location, fields: [
                    "file": .string(error.file),
                    "kind": .string(error.kind),
                    "line": .int(error.line),
                    "column": .int(error.column),
                    "message": .string(error.message),
                ]))
            }),
            "as_of": .string(asOf.description),
        ])
    }

    // MARK: workspace

    private func workspaceFact(_ workspace: ParsedRepository.Workspace) -> FactObject {
        let work = workspace.gowork
        let uses: [FactValue] = work.uses.map { use in
            let dir = RepoPath.resolve(use.diskPath, from: workspace.dir)
            let module = dir.flatMap { dir in parsed.modules.first { $0.dir == dir } }
            return .object(FactObject(identity: "use:\(use.diskPath)", location: location(workspace.file, use.position), fields: [
                "dir": .string(use.diskPath),
                "path": .optional(dir),
                "outside_repository": .bool(dir == nil),
                "has_gomod": .bool(dir.map { parsed.moduleDirs.contains($0) } ?? false),
                "module": .optional(module?.gomod.module?.path),
                "module_go": .optional(module?.gomod.go?.version),
            ]))
        }
        let goLine = work.go?.version
        return FactObject(
            identity: "workspace:\(workspace.file)",
            location: work.go.map { location(workspace.file, $0.position) } ?? .file(workspace.file),
            fields: [
                "file": .string(workspace.file),
                "dir": .string(workspace.dir),
                "go": .optional(goLine),
                "go_effective": .string(goLine ?? "1.18"),
                "toolchain": .optional(work.toolchain?.name),
                "toolchain_version": .optional(work.toolchain.flatMap { GoVersion(toolchain: $0.name)?.string }),
                "godebug": .strings(work.godebug.map { "\($0.key)=\($0.value)" }),
                "godebug_settings": .list(work.godebug.map { entry in
                    GodebugFacts.setting(key: entry.key, value: entry.value, location: location(workspace.file, entry.position), table: tables.godebug)
                }),
                "uses": .list(uses),
                "replace_count": .int(work.replaces.count),
            ]
        )
    }

    // MARK: module

    private func moduleFields(_ module: ParsedRepository.Module) -> [String: FactValue] {
        let gomod = module.gomod
        let workspace = workspaceOfDir[module.dir]
        return [
            "path": .optional(gomod.module?.path),
            "dir": .string(module.dir),
            "file": .string(module.file),
            "go": .optional(gomod.go?.version),
            "go_effective": .string(gomod.go?.version ?? "1.16"),
            "toolchain": .optional(gomod.toolchain?.name),
            "toolchain_version": .optional(gomod.toolchain.flatMap { GoVersion(toolchain: $0.name)?.string }),
            "in_workspace": .bool(workspace != nil),
            "workspace_file": .optional(workspace?.file),
            "workspace_go": .optional(workspace.map { $0.gowork.go?.version ?? "1.18" }),
        ]
    }

    func moduleReference(_ module: ParsedRepository.Module) -> FactValue {
        .object(FactObject(identity: "module:\(module.file)", location: .file(module.file), fields: moduleFields(module)))
    }

    private func moduleAnchors(_ module: ParsedRepository.Module) -> [String: SourceLocation] {
        var places: [String: SourceLocation] = [:]
        if let declaration = module.gomod.module { places["module"] = location(module.file, declaration.position) }
        if let go = module.gomod.go { places["go"] = location(module.file, go.position) }
        if let toolchain = module.gomod.toolchain { places["toolchain"] = location(module.file, toolchain.position) }
        if let file = module.gosum?.file { places["gosum"] = .file(file) }
        if let file = module.vendorFile { places["vendor"] = .file(file) }
        return places
    }

    /// go.sum files the go command consults for this module besides its own: in a workspace, go.work.sum
    /// and every other member's go.sum.
    private func otherSums(_ module: ParsedRepository.Module) -> [GoSumIndex] {
        guard let workspace = workspaceOfDir[module.dir] else { return [] }
        var sums = [workspace.worksum].compactMap { $0 }
        for other in parsed.modules where other.dir != module.dir && workspaceOfDir[other.dir]?.file == workspace.file {
            if let sum = other.gosum { sums.append(sum.index) }
        }
        return sums
    }

    private func effectiveReplacement(_ requirement: GoModRequire, in module: ParsedRepository.Module) -> GoModReplace? {
        func applies(_ replace: GoModReplace) -> Bool {
            replace.oldPath == requirement.path && (replace.oldVersion == nil || replace.oldVersion == requirement.version)
        }
        // go.work replaces win over the module's own; a versioned replace wins over a wildcard one.
        let candidates = (workspaceOfDir[module.dir]?.gowork.replaces ?? []).filter(applies)
        let chosen = candidates.isEmpty ? module.gomod.replaces.filter(applies) : candidates
        return chosen.first { $0.oldVersion != nil } ?? chosen.first
    }

    /// Each requirement with its replacement and the kinds of its go.sum lines that `GoSumNeeds` finds
    /// missing.
    struct SumNeed {
        let requirement: GoModRequire
        let replacement: GoModReplace?
        let missing: [String]
    }

    private func sumNeeds(_ module: ParsedRepository.Module, _ sums: GoSumAnalysis, imports: ModuleImports, vendored: Bool) -> (GoSumNeeds, [SumNeed]) {
        let requires = module.gomod.requires
        let replacements = requires.map { effectiveReplacement($0, in: module) }
        let goLine = module.gomod.go?.version
        let analysis: GoSumNeeds
        if workspaceOfDir[module.dir] != nil {
            analysis = GoSumNeeds(mode: .workspace)
        } else if vendored, let goLine, GoVersion.compare(goLine, "1.14") >= 0 {
            // Without a go line the go command does not build from vendor/ by default.
            analysis = GoSumNeeds(mode: .vendor)
        } else {
            let excluded = Set(module.gomod.excludes.map { "\($0.path)@\($0.version)" })
            // Excluded versions are skipped, and modules a local directory provides are read from disk.
            let roots = requires.indices.map { index -> GoSumNeeds.Root in
                let requirement = requires[index]
                let replacement = replacements[index]
                let fromDisk = excluded.contains("\(requirement.path)@\(requirement.version)") || (replacement != nil && replacement?.newVersion == nil)
                let sum = fromDisk ? nil : (path: replacement?.newPath ?? requirement.path, version: replacement?.newVersion ?? requirement.version)
                return GoSumNeeds.Root(index: index, path: requirement.path, version: requirement.version, sum: sum)
            }
            analysis = GoSumNeeds(
                roots: roots, mainPath: module.gomod.module?.path, goLine: goLine ?? GoModFile.defaultGoVersion,
                imports: imports.uses(ofModuleFile: module.file), tools: module.gomod.tools.map(\.path), sums: sums.consulted
            )
        }
        var missingKinds: [Int: [String]] = [:]
        for line in analysis.missing { missingKinds[line.requirement, default: []].append(line.kind) }
        let needs = requires.indices.map { index in
            SumNeed(requirement: requires[index], replacement: replacements[index], missing: missingKinds[index] ?? [])
        }
        return (analysis, needs)
    }

    /// Module paths of every member of the go.work that uses this module (empty outside a workspace).
    private func workspaceMemberPaths(of module: ParsedRepository.Module) -> Set<String> {
        guard let workspace = workspaceOfDir[module.dir] else { return [] }
        return Set(parsed.modules.filter { workspaceOfDir[$0.dir]?.file == workspace.file }.compactMap { $0.gomod.module?.path })
    }

    private func moduleFact(_ module: ParsedRepository.Module, sums: GoSumAnalysis, sumNeeds: GoSumNeeds, sources: ModuleGoFiles) -> FactObject {
        let gomod = module.gomod
        var fields = moduleFields(module)
        let goLine = gomod.go?.version ?? "1.16"
        func sumLineFact(_ line: GoSumNeeds.Line, needed: Bool) -> FactValue {
            let place = gomod.requires.indices.contains(line.requirement) ? location(module.file, gomod.requires[line.requirement].position) : .file(module.file)
            var lineFields: [String: FactValue] = [
                "path": .string(line.path), "version": .string(line.version), "kind": .string(line.kind), "reason": .string(line.reason),
            ]
            if needed { lineFields["consequence"] = .string(line.purpose.consequence) }
            return .object(FactObject(identity: "\(line.path) \(line.kind)", location: place, fields: lineFields))
        }
        var mentioned = Set(gomod.requires.map(\.path) + gomod.excludes.map(\.path))
        for replace in gomod.replaces {
            mentioned.insert(replace.oldPath)
            if replace.newVersion != nil { mentioned.insert(replace.newPath) }
        }
        if let workspace = workspaceOfDir[module.dir] {
            mentioned.formUnion(workspaceMemberPaths(of: module))
            for other in parsed.modules where workspaceOfDir[other.dir]?.file == workspace.file {
                mentioned.formUnion(other.gomod.requires.map(\.path))
            }
            for replace in workspace.gowork.replaces where replace.newVersion != nil { mentioned.insert(replace.newPath) }
        }
        let unused = module.gosum.map { GoSumAnalysis.unused($0.sum, mentioned: mentioned, goLine: goLine) } ?? []
        let sumFile = module.gosum?.file ?? module.file
        func sumEntryFact(_ entry: GoSumEntry, firstLine: Int?) -> FactValue {
            let kind = entry.isGoMod ? "go.mod" : "zip"
            return .object(FactObject(identity: "\(entry.modulePath) \(kind)", location: SourceLocation(path: sumFile, line: entry.line, column: 1), fields: [
                "path": .string(entry.modulePath),
                "version": .string(entry.version),
                "kind": .string(kind),
                "hash": .string(entry.hash),
                "line": .int(entry.line),
                "first_line": firstLine.map(FactValue.int) ?? .null,
            ]))
        }

        fields["gosum"] = .object(FactObject(identity: "gosum", location: module.gosum.map { .file($0.file) }, fields: [
            "present": .bool(module.gosum != nil),
            "file": .optional(module.gosum?.file),
            "entries": .int(module.gosum?.sum.entries.count ?? 0),
            "mode": .string(sumNeeds.mode.rawValue),
            "needed": .int(sumNeeds.needed.count),
            "missing": .list(sumNeeds.missing.map { sumLineFact($0, needed: true) }),
            "undecided": .list(sumNeeds.undecided.map { sumLineFact($0, needed: false) }),
            "unused": .list(unused.map { sumEntryFact($0, firstLine: nil) }),
            "malformed": .list(sums.malformed.map { problem in
                .object(FactObject(
                    identity: "line:\(problem.kind.rawValue)",
                    location: SourceLocation(path: sumFile, line: problem.line, column: problem.column),
                    fields: ["line": .int(problem.line), "kind": .string(problem.kind.rawValue), "message": .string(problem.message)]
                ))
            }),
            "duplicates": .list(sums.duplicates.map { sumEntryFact($0.entry, firstLine: $0.firstLine) }),
            "conflicts": .list(sums.conflicts.map { sumEntryFact($0.entry, firstLine: $0.firstLine) }),
        ]))

        var drift: [VendorConsistency.Drift] = []
        if let vendor = module.vendor, module.vendorFile != nil, !vendor.isWorkspace {
            drift = VendorConsistency.drift(gomod: gomod, vendor: vendor, goLine: goLine)
        }
        fields["vendor"] = .object(FactObject(identity: "vendor", location: module.vendorFile.map(SourceLocation.file), fields: [
            "present": .bool(module.vendor != nil),
            "file": .optional(module.vendorFile),
            "consistent": .bool(drift.isEmpty),
            "drift": .list(drift.map { drift in
                .object(FactObject(
                    identity: "vendor:\(drift.path):\(drift.concern == .explicit ? "explicit" : "replace")",
                    location: SourceLocation(path: module.vendorFile ?? module.file, line: drift.line, column: 1),
                    fields: ["path": .string(drift.path), "message": .string(drift.message)]
                ))
            }),
            "module_count": .int(module.vendor?.modules.count ?? 0),
            "malformed": .list((module.vendor?.problems ?? []).map { problem in
                .object(FactObject(
                    identity: "vendor-line:\(problem.kind.rawValue)",
                    location: SourceLocation(path: module.vendorFile ?? module.file, line: problem.line, column: 1),
                    fields: ["line": .int(problem.line), "kind": .string(problem.kind.rawValue), "message": .string(problem.message)]
                ))
            }),
        ]))

        fields["godebug"] = .strings(gomod.godebug.map { "\($0.key)=\($0.value)" })
        fields["godebug_settings"] = .list(gomod.godebug.map { entry in
            GodebugFacts.setting(key: entry.key, value: entry.value, location: location(module.file, entry.position), table: tables.godebug)
        })
        fields["deprecated"] = .optional(gomod.module?.deprecated)
        let siblings = repositoryModulePaths
        fields["requires"] = .list(gomod.requires.map { requirement in
            .object(FactObject(identity: "require:\(requirement.path)", location: location(module.file, requirement.position), fields: [
                "path": .string(requirement.path), "in_repository": .bool(siblings.contains(requirement.path)),
                "version": .string(requirement.version), "indirect": .bool(requirement.indirect),
            ]))
        })
        // The fix for an `// indirect` requirement lives in the dependency that pulls it in, so these are
        // summed up per module. Which direct requirement that is needs the module graph.
        let indirect = gomod.requires.filter(\.indirect)
        fields["indirect_deprecated"] = .strings(indirect.compactMap { requirement in
            tables.deprecatedModules[requirement.path].map { "\(requirement.path) \(requirement.version) (\($0.status))" }
        })
        fields["indirect_incompatible"] = .strings(indirect.filter { VersionOrder.classify($0.version, .incompatible) }.map { "\($0.path) \($0.version)" })
        fields["require_count"] = .int(gomod.requires.count)
        fields["direct_count"] = .int(gomod.requires.filter { !$0.indirect }.count)
        fields["indirect_count"] = .int(gomod.requires.filter(\.indirect).count)
        fields["replace_count"] = .int(gomod.replaces.count)
        fields["exclude_count"] = .int(gomod.excludes.count)
        fields["retract_count"] = .int(gomod.retracts.count)
        fields["tools"] = .strings(gomod.tools.map(\.path))
        fields["ignores"] = .strings(gomod.ignores.map(\.path))
        fields["path_major"] = .string(gomod.module.map { ModulePath.splitPathMajor($0.path)?.pathMajor ?? "" } ?? "")
        fields["dir_major"] = .string(Self.directoryMajor(module.dir))

        if let release = releases.release(for: goLine) {
            fields["go_supported"] = .bool(releases.isSupported(release, asOf: asOf))
            fields["go_released"] = .string(release.released.description)
            fields["go_end_of_support"] = .optional(release.endOfSupport?.description)
        }
        fields["oldest_supported_go"] = .optional(releases.supported(asOf: asOf).first?.version)
        fields["latest_go"] = .optional(releases.latest(asOf: asOf)?.version)

        fields["go_file_count"] = .int(sources.goFileCount)
        fields["imported_packages"] = .strings(sources.importedPackages)
        fields["build_targets"] = .strings(sources.buildTargets)
        fields["directives_used"] = .strings(sources.directivesUsed)
        let requiredGo = requiredGo(gomod, directives: sources.directivesUsed)
        fields["required_go"] = .optional(requiredGo?.go)
        fields["required_go_reason"] = .optional(requiredGo?.reason)
        fields["main_packages"] = .strings(sources.mainPackages)
        fields["main_package_imports"] = .strings(sources.mainPackageImports)

        let place = gomod.module.map { location(module.file, $0.position) } ?? .file(module.file)
        return FactObject(identity: "module:\(module.file)", location: place, fields: fields)
    }

    /// The highest go line the module's directives (`rules/data/go-features.yaml`) and required dependency
    /// versions (`module-min-go.yaml`) need, and what needs it; the first of equals, directives first.
    private func requiredGo(_ gomod: GoModFile, directives: [String]) -> (go: String, reason: String)? {
        let directiveNeeds = directives.compactMap { name in tables.goFeatures.minimumGo(directive: name).map { (go: $0, reason: "//\(name)") } }
        let dependencyNeeds = gomod.requires.compactMap { requirement in
            tables.moduleMinimumGo.minimumGo(path: requirement.path, version: requirement.version).map { (go: $0, reason: "\(requirement.path) \(requirement.version)") }
        }
        return (directiveNeeds + dependencyNeeds).max { GoVersion.compare($0.go, $1.go) < 0 }
    }

    /// `v2` for a directory named like a major-version subdirectory (`.../v2`), else empty.
    static func directoryMajor(_ dir: String) -> String {
        guard let last = dir.split(separator: "/").last, last.first == "v", let n = Int(last.dropFirst()),
              n >= 2, String(n) == last.dropFirst() else { return "" }
        return String(last)
    }

    // MARK: requirement

    private func requirementFacts(_ module: ParsedRepository.Module, needs: [SumNeed], reference: FactValue) -> [FactObject] {
        var occurrences: [String: Int] = [:]
        for requirement in module.gomod.requires { occurrences[requirement.path, default: 0] += 1 }
        let siblings = repositoryModulePaths
        return needs.map { need in
            let requirement = need.requirement
            let replacement = need.replacement
            let count = occurrences[requirement.path] ?? 1
            let deprecation = tables.deprecatedModules[requirement.path]
            let missing = need.missing
            let version = requirement.version
            return FactObject(identity: "require:\(requirement.path)", location: location(module.file, requirement.position), fields: [
                "path": .string(requirement.path),
                "in_repository": .bool(siblings.contains(requirement.path)),
                "version": .string(version),
                "indirect": .bool(requirement.indirect),
                "pseudo": .bool(VersionOrder.classify(version, .pseudo)),
                "incompatible": .bool(VersionOrder.classify(version, .incompatible)),
                "prerelease": .bool(VersionOrder.classify(version, .prerelease)),
                "major": .string(ModuleVersion(version)?.major ?? ""),
                "path_major": .string(ModulePath.splitPathMajor(requirement.path)?.pathMajor ?? ""),
                "occurrences": .int(count),
                "duplicate": .bool(count > 1),
                "replaced": .bool(replacement != nil),
                "replacement": .optional(replacement.map(Self.describe)),
                "replacement_local": .bool(replacement.map { $0.newVersion == nil } ?? false),
                "gosum_missing": .strings(missing),
                "min_go": .optional(tables.moduleMinimumGo.minimumGo(path: requirement.path, version: version)),
                "deprecated": .bool(deprecation != nil),
                "deprecation_status": .optional(deprecation?.status),
                "deprecation_replacement": .optional(deprecation?.replacement),
                "deprecation_note": .optional(deprecation?.note),
                "deprecation_advice": .optional(deprecation.map { entry in entry.replacement.map { "migrate to \($0)" } ?? entry.note }),
                "module": reference,
            ])
        }
    }

    /// `2024-01-05` for a pseudo-version's commit time; nil for releases and the zero placeholder.
    static func pseudoVersionDate(_ version: String) -> String? {
        guard let pseudo = PseudoVersion(version), !pseudo.isZero, let time = pseudo.time else { return nil }
        func digits(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(digits(time.year, 4))-\(digits(time.month, 2))-\(digits(time.day, 2))"
    }

    /// `path@version` for a module replacement, the directory for a local one.
    static func describe(_ replace: GoModReplace) -> String {
        guard let version = replace.newVersion else { return replace.newPath }
        return "\(replace.newPath)@\(version)"
    }

    // MARK: replace

    private func replaceFact(_ replace: GoModReplace, source: String, dir: String, file: String, module: FactValue?, inWorkspace: Bool) -> FactObject {
        let local = replace.newVersion == nil
        let target = local ? RepoPath.resolve(replace.newPath, from: dir) : nil
        let commit = replace.newVersion.flatMap(Self.pseudoVersionDate)
        return FactObject(identity: "replace:\(replace.oldPath)", location: location(file, replace.position), fields: [
            "source": .string(source),
            "old_path": .string(replace.oldPath),
            "old_version": .optional(replace.oldVersion),
            "new_path": .string(replace.newPath),
            "new_version": .optional(replace.newVersion),
            "new_version_date": .optional(commit),
            "new_version_label": .optional(replace.newVersion.map { version in commit.map { "\(version) (a commit of \($0))" } ?? version }),
            "new_in_repository": .bool(!local && repositoryModulePaths.contains(replace.newPath)),
            "fork": .bool(!local && replace.newPath.lowercased() != replace.oldPath.lowercased()),
            "local": .bool(local),
            "target_dir": .optional(target),
            "outside_repository": .bool(local && target == nil),
            "target_has_gomod": target.map { .bool(parsed.moduleDirs.contains($0)) } ?? .null,
            "in_workspace": .bool(inWorkspace),
            "module": module ?? .null,
        ])
    }
}
