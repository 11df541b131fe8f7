/// One entry of the import section.
public struct WasmImport: Sendable, Hashable {
    /// The import module name, e.g. `wasi_snapshot_preview1`, `gojs`, `env`.
    public var module: String
    /// The item name within the module, e.g. `fd_write`.
    public var name: String
    /// What is imported, with its type.
    public var descriptor: Descriptor
    /// Byte offset of the entry (its module name length).
    public var offset: Int

    /// An import's kind and type.
    public enum Descriptor: Sendable, Hashable {
        case function(typeIndex: UInt32)
        case table(WasmTableType)
        case memory(WasmMemoryType)
        case global(WasmGlobalType)
        case tag(WasmTagType)
    }

    /// The kind (`func`, `table`, `memory`, `global`, `tag`).
    public var kind: WasmExternalKind {
        switch descriptor {
        case .function: return .function
        case .table: return .table
        case .memory: return .memory
        case .global: return .global
        case .tag: return .tag
        }
    }
}
