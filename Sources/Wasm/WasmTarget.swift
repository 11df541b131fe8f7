/// Which toolchain most likely produced a module and for which host, inferred from imports, exports and
/// custom sections. The raw values are the `target` strings of `plumbline inspect`.
public enum WasmTarget: String, Sendable, Hashable, CaseIterable {
    /// Go (`gc`), GOOS=js: runtime imports from `gojs` (Go 1.21+) or `go` (Go ≤ 1.20), run with `wasm_exec.js`.
    case goJS = "go-js"
    /// Go (`gc`), GOOS=wasip1: a WASI command (`_start`) or a `-buildmode=c-shared` reactor (`_initialize`).
    case goWASIP1 = "go-wasip1"
    case tinyGo = "tinygo"
    case rust
    case emscripten
    /// C or C++ through clang/wasi-sdk without Emscripten.
    case c
    case unknown

    static func infer(from module: WasmModule) -> WasmTarget {
        let producers = module.producers
        let processedBy = producers?.values(of: "processed-by").map { $0.name.lowercased() } ?? []
        let languages = producers?.values(of: "language").map { $0.name.lowercased() } ?? []
        let sdks = producers?.values(of: "sdk").map { $0.name.lowercased() } ?? []
        let importModules = Set(module.imports.map(\.module))
        let importNames = Set(module.imports.map(\.name))
        let exportNames = Set(module.exports.map(\.name))

        // TinyGo also imports `gojs`, so it is ruled out first: by name, by its scheduler imports and
        // exports, or by importing WASI next to `gojs`, which gc never does.
        let tinyGoMarkers = importNames.contains("runtime.ticks") || importNames.contains("runtime.sleepTicks")
            || exportNames.contains("go_scheduler")
        if (processedBy + sdks).contains(where: { $0.contains("tinygo") }) || tinyGoMarkers
            || (importModules.contains("gojs") && importModules.contains("wasi_snapshot_preview1")) {
            return .tinyGo
        }

        let isGoCompiler = module.goBuildID != nil || processedBy.contains("go cmd/compile")
            || module.go?.offset != nil
        let goJSShape = exportNames.isSuperset(of: ["run", "resume", "getsp"])
        if importModules.contains("gojs") || (importModules.contains("go") && (isGoCompiler || goJSShape)) {
            return .goJS
        }
        if isGoCompiler {
            if importModules.contains("wasi_snapshot_preview1") || exportNames.contains("_start")
                || exportNames.contains("_initialize") {
                return .goWASIP1
            }
            return .unknown
        }

        if languages.contains("rust") || processedBy.contains("rustc")
            || processedBy.contains(where: { $0.hasPrefix("wasm-bindgen") }) {
            return .rust
        }
        let emscriptenImports = module.imports.contains { entry in
            entry.module == "env" && (entry.name.hasPrefix("emscripten_") || entry.name.hasPrefix("_emscripten_")
                || entry.name.hasPrefix("__syscall_"))
        }
        if (processedBy + sdks).contains(where: { $0.contains("emscripten") }) || emscriptenImports
            || exportNames.contains("_emscripten_stack_init") {
            return .emscripten
        }
        let cLanguages = languages.contains { $0.hasPrefix("c") && $0 != "csharp" }
        if cLanguages || processedBy.contains("clang") {
            return .c
        }
        return .unknown
    }
}
