import GoModules
import Wasm

/// Facts of the WebAssembly modules found in the snapshot: one `wasm_module` each.
enum WasmFacts {
    static func modules(
        _ artifacts: [WasmArtifact], input: ScanInput, owners: ModuleOwners, parameters: [String: FactValue]
    ) -> [FactObject] {
        let paths = Set(input.paths)
        let contract = parameters["wasm.required_exports"]?.objectValue?.fields ?? [:]
        return artifacts.map { artifact in
            var fact = module(artifact, paths: paths, owner: owners.module(of: artifact.path))
            let directory = RepoPath.directory(of: artifact.path)
            let glue = input.files[RepoPath.join(directory, "wasm_exec.js")].map(glueABI)
            fact.fields["wasm_exec_js_abi"] = .optional(glue)
            // The exports contract is configuration: every glob that matches the file adds its names.
            var required = Set<String>()
            let relative = Configuration.relative(artifact.path, to: input.scanPrefix)
            for (pattern, names) in contract where PathGlob(pattern).matches(relative) {
                for name in names.listValue ?? [] { if let name = name.stringValue { required.insert(name) } }
            }
            let exported = Set(fact["export_names"].listValue?.compactMap(\.stringValue) ?? [])
            fact.fields["required_exports"] = .strings(required.sorted())
            fact.fields["missing_exports"] = artifact.module == nil ? .list([]) : .strings(required.subtracting(exported).sorted())
            return fact
        }
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
