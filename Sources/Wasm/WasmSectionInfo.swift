/// Where a top-level section sits in the input.
public struct WasmSectionInfo: Sendable, Hashable {
    /// The section id byte. For a core module it is a `WasmSectionID` raw value; for a component it is a
    /// component-model section id (see `WasmComponentSectionKind`).
    public var id: UInt8
    /// The custom section's name (id 0), otherwise `nil`.
    public var customName: String?
    /// Byte offset of the section id.
    public var offset: Int
    /// Byte offset of the contents (after the size).
    public var contentOffset: Int
    /// Size of the contents in bytes.
    public var size: Int
}

/// The top-level section ids of a component (component-model Binary.md).
public enum WasmComponentSectionKind: UInt8, Sendable, Hashable, CaseIterable {
    case custom = 0
    case coreModule = 1
    case coreInstance = 2
    case coreType = 3
    case component = 4
    case instance = 5
    case alias = 6
    case type = 7
    case canon = 8
    case start = 9
    case `import` = 10
    case export = 11
    case value = 12
}
