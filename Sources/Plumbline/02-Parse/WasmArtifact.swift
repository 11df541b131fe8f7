import Wasm

/// A `.wasm` file of the snapshot (or any file with the wasm magic among the artifacts), decoded once.
struct WasmArtifact: Sendable {
    let path: String
    let module: WasmModule?
    let error: String?

    static func decode(path: String, bytes: [UInt8]) -> WasmArtifact {
        do {
            return WasmArtifact(path: path, module: try WasmModule.decode(bytes), error: nil)
        } catch {
            return WasmArtifact(path: path, module: nil, error: error.description)
        }
    }
}
