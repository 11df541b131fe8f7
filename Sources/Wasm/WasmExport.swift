/// One entry of the export section.
public struct WasmExport: Sendable, Hashable {
    /// The export name, e.g. `_start`, `memory`, `mem`.
    public var name: String
    /// What kind of entity is exported.
    public var kind: WasmExternalKind
    /// The entity's index in its index space (imports first, then definitions).
    public var index: UInt32
    /// Byte offset of the entry (its name length).
    public var offset: Int
}
