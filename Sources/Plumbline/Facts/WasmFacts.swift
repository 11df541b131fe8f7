import GoModules
import Wasm

/// Facts of the WebAssembly modules found in the snapshot: one `wasm_module` each.
enum WasmFacts {
    static func modules(
        _ artifacts: [WasmArtifact], input: ScanInput, owners: ModuleOwners, parameters: [String: FactValue],
        exec: WasmExecTable = .empty, runtimes: WasmRuntimeTable = .empty
    ) -> [FactObject] {
        let paths = Set(input.paths)
        let contract = parameters["wasm.required_exports"]?.objectValue?.fields ?? [:]
        let targets = runtimeTargets(parameters["wasm.runtimes"], table: runtimes)
        let loneGlue = loneGlue(in: input)
        return artifacts.map { artifact in
            var fact = module(artifact, paths: paths, owner: owners.module(of: artifact.path))
            let directory = RepoPath.directory(of: artifact.path)
            let besidePath = RepoPath.join(directory, "wasm_exec.js")
            let gluePath = input.files[besidePath] != nil ? besidePath : loneGlue
            let glue = gluePath.flatMap { input.files[$0] }
            fact.fields["wasm_exec_js_file"] = .optional(glue == nil ? nil : gluePath)
            fact.fields["wasm_exec_js_abi"] = .optional(glue.map(glueABI))
            let known = glue.flatMap { exec.identify($0) }
            fact.fields["wasm_exec_js_known"] = glue == nil ? .null : .bool(known != nil)
            fact.fields["wasm_exec_js_releases"] = .strings(known?.copy.releases ?? [])
            let build = fact["go_version"].stringValue
            fact.fields["wasm_exec_js_matches_build"] = known.flatMap { known in
                build.flatMap { exec.matches(releases: known.copy.releases, build: $0) }
            }.map(FactValue.bool) ?? .null
            // The exports contract is configuration: every glob that matches the file adds its names.
            var required = Set<String>()
            let relative = Configuration.relative(artifact.path, to: input.scanPrefix)
            for (pattern, names) in contract where PathGlob(pattern).matches(relative) {
                for name in names.listValue ?? [] { if let name = name.stringValue { required.insert(name) } }
            }
            let exported = Set(fact["export_names"].listValue?.compactMap(\.stringValue) ?? [])
            fact.fields["required_exports"] = .strings(required.sorted())
            fact.fields["missing_exports"] = artifact.module == nil ? .list([]) : .strings(required.subtracting(exported).sorted())
            let lacking = unsupported(artifact.module?.features ?? [], by: targets)
            fact.fields["unsupported_features"] = .strings(lacking.features)
            fact.fields["unsupported_by"] = .strings(lacking.reasons)
            return fact
        }
    }

    /// The `wasm.runtimes` entries resolved against the runtime table. Configured entries that cannot be
    /// were refused when the configuration was loaded (`DataTables.parameterItemChecks`).
    static func runtimeTargets(_ parameter: FactValue?, table: WasmRuntimeTable) -> [WasmRuntimeTable.Target] {
        (parameter?.listValue?.compactMap(\.stringValue) ?? []).compactMap { try? table.target($0).get() }
    }

    /// Features the module uses that some target lacks, and `feature: runtime version` for each gap.
    static func unsupported(_ features: [WasmFeature], by targets: [WasmRuntimeTable.Target]) -> (features: [String], reasons: [String]) {
        var lacking: [String] = []
        var reasons: [String] = []
        for feature in features.sorted() {
            let missing = targets.filter { !$0.supports(feature) }
            guard !missing.isEmpty else { continue }
            lacking.append(feature.rawValue)
            for target in missing {
                let caveat = target.runtime.unverified.contains(feature) ? " (unverified)" : ""
                reasons.append("\(feature.rawValue): \(target.label)\(caveat)")
            }
        }
        return (lacking, reasons)
    }

    /// The snapshot's only `wasm_exec.js` outside vendor/, testdata/ and node_modules/: served from its own
    /// directory (`web/`), it is the glue of modules that have none beside them. Nil when there are several.
    static func loneGlue(in input: ScanInput) -> String? {
        var found: String?
        for path in input.files.keys {
            let parts = path.split(separator: "/")
            guard parts.last == "wasm_exec.js" else { continue }
            if parts.contains("vendor") || parts.contains("testdata") || parts.contains("node_modules") { continue }
            if found != nil { return nil }
            found = path
        }
        return found
    }

    /// Where the build info's dependencies disagree with the go.mod and go.sum the module sits under: a
    /// required version other than the one built, or a content hash other than go.sum's for that version.
    /// Only modules that go.mod or go.sum mention are judged, and replaced dependencies are left out.
    static func dependencyDrift(_ info: GoBuildInfo?, against owner: ParsedRepository.Module) -> [String] {
        guard let info, owner.gomod.module?.path == info.path || info.path == nil else { return [] }
        let required = Dictionary(owner.gomod.requires.map { ($0.path, $0.version) }) { _, last in last }
        var sums: [String: String] = [:]
        for entry in owner.gosum?.sum.entries ?? [] where !entry.isGoMod { sums["\(entry.modulePath)@\(entry.version)"] = entry.hash }
        var drift: [String] = []
        for dependency in info.dependencies where dependency.replacement == nil {
            if let version = required[dependency.path], version != dependency.version {
                drift.append("\(dependency.path) built at \(dependency.version), go.mod requires \(version)")
            } else if let sum = dependency.sum, let listed = sums["\(dependency.path)@\(dependency.version)"], listed != sum {
                drift.append("\(dependency.path) \(dependency.version) built from \(sum), go.sum has \(listed)")
            }
        }
        return drift
    }

    /// Which import object a `wasm_exec.js` gives a GOOS=js module: `gojs` since Go 1.21, `go` before.
    static func glueABI(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        if text.contains("gojs: {") { return "gojs" }
        if text.contains("go: {") { return "go" }
        return "unknown"
    }


    private static func module(_ artifact: WasmArtifact, paths: Set<String>, owner: ParsedRepository.Module?) -> FactObject {
        let directory = RepoPath.directory(of: artifact.path)
        var fields: [String: FactValue] = [
            "file": .string(artifact.path),
            "valid": .bool(artifact.module != nil),
            "error": .optional(artifact.error),
            "wasm_exec_js_beside": .bool(paths.contains(RepoPath.join(directory, "wasm_exec.js"))),
            "module_go": .optional(owner?.gomod.go?.version),
            "module_path": .optional(owner?.gomod.module?.path),
        ]
        if let module = artifact.module {
            let exportNames = module.exports.map(\.name)
            let importModules = Array(Set(module.imports.map(\.module))).sorted()
            fields.merge([
                "layer": .string(module.layer.name),
                "size": .int(module.size),
                "target": .string(module.target.rawValue),
                "imports": .list(module.imports.map { item in
                    .object(FactObject(identity: "import:\(item.module).\(item.name)", location: .file(artifact.path), fields: [
                        "module": .string(item.module), "name": .string(item.name), "kind": .string(item.kind.rawValue),
                    ]))
                }),
                "import_modules": .strings(importModules),
                "exports": .list(module.exports.map { item in
                    .object(FactObject(identity: "export:\(item.name)", location: .file(artifact.path), fields: [
                        "name": .string(item.name), "kind": .string(item.kind.rawValue),
                    ]))
                }),
                "export_names": .strings(exportNames),
                "duplicate_exports": .strings(module.duplicateExportNames),
                "has_start": .bool(module.hasStart),
                "features": .strings(module.features.map(\.rawValue)),
                "go_version": .optional(module.go?.goVersion.flatMap { GoVersion(toolchain: $0)?.string }),
                "go_main_module": .optional(module.go?.path),
                "go_dependency_count": .int(module.go?.dependencies.count ?? 0),
                "go_dependency_drift": .strings(owner.map { dependencyDrift(module.go, against: $0) } ?? []),
            ]) { _, new in new }
        }
        return FactObject(identity: "wasm:\(artifact.path)", location: .file(artifact.path), fields: fields)
    }
}
