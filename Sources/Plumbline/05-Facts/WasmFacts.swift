import GoModules
import Wasm

/// Facts of the WebAssembly modules found in the snapshot: one `wasm_module` each.
enum WasmFacts {
    static func modules(
        _ artifacts: [WasmArtifact], input: ScanInput, owners: ModuleOwners, exec: WasmExecTable = .empty, runtimes: WasmRuntimeTable = .empty
    ) -> [FactObject] {
        let lone = loneGlue(in: input)
        let paths = Set(input.paths)
        return artifacts.map { artifact in
            let besidePath = RepoPath.join(RepoPath.directory(of: artifact.path), "wasm_exec.js")
            // The glue beside the module, else the snapshot's only one.
            let gluePath = input.files[besidePath] != nil ? besidePath : lone
            let glue = gluePath.flatMap { path in input.files[path].map { Glue(path: path, bytes: $0, known: exec.identify($0)) } }
            return module(
                artifact, beside: paths.contains(besidePath), glue: glue, owner: owners.module(of: artifact.path), exec: exec, runtimes: runtimes
            )
        }
    }

    /// The `wasm_exec.js` judged for a module, and the copy of the table it is, if any.
    struct Glue {
        let path: String
        let bytes: [UInt8]
        let known: (copy: WasmExecTable.Copy, match: WasmExecTable.Match)?
    }

    /// For each feature used (in order) and each runtime of the table (in its order), when the runtime enables
    /// the feature by default.
    static func featureSupport(_ features: [WasmFeature], runtimes: WasmRuntimeTable, file: String) -> [FactValue] {
        features.sorted().flatMap { feature in
            runtimes.runtimes.map { runtime -> FactValue in
                .object(FactObject(identity: "support:\(feature.rawValue):\(runtime.name)", location: .file(file), fields: [
                    "feature": .string(feature.rawValue),
                    "runtime": .string(runtime.name),
                    "oldest": .string(runtime.oldest),
                    "since": .optional(runtime.since(feature)),
                    "unverified": .bool(runtime.unverified.contains(feature)),
                ]))
            }
        }
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


    private static func module(
        _ artifact: WasmArtifact, beside: Bool, glue: Glue?, owner: ParsedRepository.Module?, exec: WasmExecTable, runtimes: WasmRuntimeTable
    ) -> FactObject {
        let buildGo = artifact.module?.go?.goVersion.flatMap { GoVersion(toolchain: $0)?.string }
        var fields: [String: FactValue] = [
            "file": .string(artifact.path),
            "valid": .bool(artifact.module != nil),
            "error": .optional(artifact.error),
            "wasm_exec_js_beside": .bool(beside),
            "wasm_exec_js_file": .optional(glue?.path),
            "wasm_exec_js_abi": .optional(glue.map { glueABI($0.bytes) }),
            "wasm_exec_js_known": glue.map { .bool($0.known != nil) } ?? .null,
            "wasm_exec_js_releases": .strings(glue?.known?.copy.releases ?? []),
            "wasm_exec_js_matches_build": glue?.known.flatMap { known in
                buildGo.flatMap { exec.matches(releases: known.copy.releases, build: $0) }
            }.map(FactValue.bool) ?? .null,
            "module_go": .optional(owner?.gomod.go?.version),
            "module_path": .optional(owner?.gomod.module?.path),
        ]
        if let module = artifact.module {
            let importModules = Array(Set(module.imports.map(\.module))).sorted()
            let drift = owner.map { dependencyDrift(module.go, against: $0) } ?? []
            let decoded: [String: FactValue] = [
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
                "export_names": .strings(module.exports.map(\.name)),
                "duplicate_exports": .strings(module.duplicateExportNames),
                "has_start": .bool(module.hasStart),
                "features": .strings(module.features.map(\.rawValue)),
                "feature_support": .list(featureSupport(module.features, runtimes: runtimes, file: artifact.path)),
                "go_version": .optional(buildGo),
                "go_main_module": .optional(module.go?.path),
                "go_dependency_count": .int(module.go?.dependencies.count ?? 0),
                "go_dependency_drift": .strings(drift),
            ]
            fields.merge(decoded) { _, new in new }
        }
        return FactObject(identity: "wasm:\(artifact.path)", location: .file(artifact.path), fields: fields)
    }
}
