import GoModules
import GoSource

/// Facts of the Go files of the snapshot: one `gofile` each.
extension FactBuilder {
    /// `ignores` says which missing `//go:embed` targets git ignores (build outputs); without it none is.
    func goFileFacts(owners: ModuleOwners, ignores: IgnoreSource?) -> [FactObject] {
        let targets = EmbedTargets(paths: input.paths)
        // Module references are built once per module, not once per file.
        var references: [String: FactValue] = [:]
        for module in parsed.modules { references[module.file] = moduleReference(module) }
        let paths = parsed.goFiles.keys.sorted()
        // Files are independent: what each one builds for and embeds is worked out on every core.
        let views = parallelMap(paths.count) { index -> GoFileView? in
            parsed.goFiles[paths[index]].map { GoFileView($0, path: paths[index], targets: targets) }
        }
        // The ignore rules may sit behind a libgit2 handle: asked once, on this thread.
        let missingTargets = Array(Set(views.flatMap { $0?.missingEmbeds.compactMap(\.target) ?? [] })).sorted()
        let ignored = missingTargets.isEmpty ? [] : ignores?.ignoredPaths(missingTargets) ?? []
        let packages = GoPackageView.all(views.compactMap { $0 })
        return parallelMap(paths.count) { [references] index -> FactObject? in
            guard let view = views[index] else { return nil }
            let owner = owners.module(of: view.path)
            let reference = owner.flatMap { references[$0.file] } ?? .null
            // The standard library's own modules: the linker's //go:linkname restrictions are not for them.
            let inStandardLibrary = ["std", "cmd"].contains(owner?.gomod.module?.path ?? "")
            return goFileFact(view, module: reference, inStandardLibrary: inStandardLibrary, ignored: ignored, package: packages[view.packageKey])
        }.compactMap { $0 }
    }

    private func goFileFact(_ view: GoFileView, module: FactValue, inStandardLibrary: Bool, ignored: Set<String>, package: GoPackageView?) -> FactObject {
        let file = view.file, path = view.path
        let bytes = input.files[path] ?? []
        func place(_ position: GoPosition) -> SourceLocation {
            SourceLocation(path: path, go: position, in: bytes)
        }
        let deprecated: [FactValue] = file.imports.compactMap { spec in
            guard let entry = tables.deprecatedPackages[spec.path] else { return nil }
            return .object(FactObject(identity: "import:\(spec.path)", location: place(spec.position), fields: [
                "path": .string(spec.path),
                "replacement": .optional(entry.replacement),
                "note": .string(entry.note),
                "legacy_use": .optional(entry.legacyUse),
            ]))
        }
        let missing: [FactValue] = view.missingEmbeds.map { embed in
            .object(FactObject(identity: "embed:\(embed.pattern)", location: place(embed.position), fields: [
                "pattern": .string(embed.pattern), "line": .int(embed.position.line),
                "ignored": .bool(embed.target.map(ignored.contains) ?? false),
            ]))
        }
        let reach = view.reach
        func answer(_ question: (GoBuildReach) -> Bool) -> FactValue { reach.map { .bool(question($0)) } ?? .null }
        return FactObject(identity: "gofile:\(path)", location: place(file.packagePosition), fields: [
            "embed_missing": .list(missing),
            "file": .string(path),
            "package": .string(file.packageName),
            "test": .bool(file.isTest),
            "in_standard_library": .bool(inStandardLibrary),
            "generated": .bool(file.isGenerated),
            "imports": .strings(file.imports.map(\.path)),
            "build": .optional(file.goBuild?.expression?.description),
            "plus_build": .strings(file.plusBuild.map(\.text)),
            "plus_build_matches_build": file.plusBuildMatchesGoBuild.map(FactValue.bool) ?? .null,
            "directives": .list(file.directives.map { directive in
                .object(FactObject(identity: "directive:\(directive.name)", location: place(directive.position), fields: [
                    "name": .string(directive.name),
                    "args": .string(directive.arguments),
                    "line": .int(directive.position.line),
                ].merging(LinknameFacts.fields(directive, table: tables.linknamePush)) { own, _ in own }))
            }),
            "directive_names": .strings(Array(Set(file.directives.map(\.name))).sorted()),
            "godebug_settings": .list(file.directives.compactMap { directive in
                guard directive.name == "go:debug", let setting = GodebugFacts.directive(directive.arguments) else { return nil }
                return GodebugFacts.setting(key: setting.key, value: setting.value, location: place(directive.position), table: tables.godebug)
            }),
            "may_build_for_js": answer { $0.mayBuild(for: "js") },
            "may_build_for_wasip1": answer { $0.mayBuild(for: "wasip1") },
            "only_builds_for_js": answer { $0.onlyBuilds(for: "js") },
            "only_builds_for_wasip1": answer { $0.onlyBuilds(for: "wasip1") },
            "default_build_before_go1_21": view.reachBeforeWasip1.map { .bool(!$0.operatingSystemsWithoutCustomTags.isEmpty) } ?? .null,
            "needs_custom_build_tag": answer(\.needsCustomTag),
            "custom_build_tags": .strings(reach?.customTags ?? []),
            "go_package": package.map { .object($0.fact) } ?? .null,
            "deprecated_imports": .list(deprecated),
            "module": module,
        ])
    }
}

/// What `//go:embed` patterns can match: the snapshot's files, by directory. A pattern names a file or a
/// directory (then everything under it) relative to the Go file's directory; `*`, `?` and `[...]` match within
/// a path element, as Go's path.Match does. An `all:` prefix only changes which hidden files count.
struct EmbedTargets {
    private let paths: Set<String>
    private let sorted: [String]

    init(paths: [String]) {
        self.paths = Set(paths)
        self.sorted = paths.sorted()
    }

    func matchesAnything(_ rawPattern: String, in directory: String) -> Bool {
        let pattern = rawPattern.hasPrefix("all:") ? String(rawPattern.dropFirst(4)) : rawPattern
        let base = directory == "." ? "" : directory + "/"
        if !pattern.contains(where: { "*?[".contains($0) }) {
            let target = base + pattern
            return paths.contains(target) || hasDescendant(target + "/")
        }
        let glob = PathGlob("./" + pattern)
        return sorted.contains { path in
            guard path.hasPrefix(base) else { return false }
            return glob.matches(String(path.dropFirst(base.count)))
        }
    }

    private func hasDescendant(_ prefix: String) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low].hasPrefix(prefix)
    }
}
