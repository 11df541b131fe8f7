/// One entry of the type section: a `rec` group, or a single type (which the format treats as a group of one).
public struct WasmRecursiveGroup: Sendable, Hashable {
    /// The types the group defines, in index order.
    public var types: [WasmSubType]
    /// Whether the group was written with the explicit `rec` form (0x4E).
    public var isExplicit: Bool
}

/// A defined type with its `sub` / `sub final` attributes.
public struct WasmSubType: Sendable, Hashable {
    /// `false` only for `sub` (0x50) without `final`; bare types and `sub final` are final.
    public var isFinal: Bool
    /// Declared supertype indices.
    public var supertypes: [UInt32]
    /// The structure of the type.
    public var composite: WasmCompositeType
}

/// A function, struct or array type.
public enum WasmCompositeType: Sendable, Hashable {
    case function(WasmFunctionType)
    case structure([WasmFieldType])
    case array(WasmFieldType)
}

/// A function signature.
public struct WasmFunctionType: Sendable, Hashable, CustomStringConvertible {
    /// Parameter types in order.
    public var parameters: [WasmValueType]
    /// Result types in order (more than one needs multi-value).
    public var results: [WasmValueType]

    /// Creates a signature.
    public init(parameters: [WasmValueType], results: [WasmValueType]) {
        self.parameters = parameters
        self.results = results
    }

    /// For example `(i32, i32) -> (i32)`.
    public var description: String {
        let parameterList = parameters.map(\.description).joined(separator: ", ")
        let resultList = results.map(\.description).joined(separator: ", ")
        return "(\(parameterList)) -> (\(resultList))"
    }
}

/// A struct field or array element type.
public struct WasmFieldType: Sendable, Hashable {
    /// What the field stores.
    public var storage: WasmStorageType
    /// Whether `struct.set` / `array.set` may change it.
    public var isMutable: Bool
}

/// A field's storage: a value type or a packed integer.
public enum WasmStorageType: Sendable, Hashable {
    case value(WasmValueType)
    case i8
    case i16
}
