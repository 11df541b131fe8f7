import GoModules
import Wasm

/// Facts of the WebAssembly modules found in the snapshot: one `wasm_module` each.
enum WasmFacts {
    static func modules(_ artifacts: [WasmArtifact], paths: Set<String>, goModules: [ParsedRepository.Module]) -> [FactObject] {
        artifacts.map { module($0, paths: paths, goModules: goModules) }
    }

    /// The go.mod whose directory is the nearest parent of the file: the module its sources belong to.
    static func owningModule(of path: String, in modules: [ParsedRepository.Module]) -> ParsedRepository.Module? {
        modules.filter { $0.dir == "." || path.hasPrefix($0.dir + "/") }.max { $0.dir.count < $1.dir.count }
    }

    private static func module(_ artifact: WasmArtifact, paths: Set<String>, goModules: [ParsedRepository.Module]) -> FactObject {
        let directory = RepoPath.directory(of: artifact.path)
        let owner = owningModule(of: artifact.path, in: goModules)
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
            ]) { _, new in new }
        }
        return FactObject(identity: "wasm:\(artifact.path)", location: .file(artifact.path), fields: fields)
    }
}
