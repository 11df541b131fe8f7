/// One entry of the `target_features` custom section (tool-conventions Linking.md).
public struct WasmTargetFeature: Sendable, Hashable {
    /// `+` used, `-` must not be used, `=` required (an older prefix still accepted by readers).
    public var prefix: Character
    /// The feature name, e.g. `bulk-memory`, `simd128`.
    public var name: String

    /// The feature as a `WasmFeature`, when the name is one the decoder knows.
    public var feature: WasmFeature? {
        switch name {
        case "bulk-memory-opt": return .bulkMemory
        case "multimemory", "multi-memory": return .multimemory
        default: return WasmFeature(rawValue: name)
        }
    }
}
