/// Typed views for strict loaders. Only plain scalars resolve to null, booleans and numbers (YAML 1.2 core
/// schema); quoted and block scalars are always strings. An explicit tag other than the matching core tag
/// (e.g. `!!str true`) also keeps a scalar a string.
extension YAMLNode {
    private static let coreTagPrefix = "tag:yaml.org,2002:"

    /// The text of any scalar, whatever its style; nil for collections.
    public var scalarValue: String? {
        if case .scalar(let scalar) = content { return scalar.value }
        return nil
    }

    /// The items of a sequence; nil for other nodes.
    public var sequenceItems: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs of a mapping in source order; nil for other nodes.
    public var mappingPairs: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The value for the scalar key `key` of a mapping; nil when absent or when this is not a mapping.
    public subscript(key: String) -> YAMLNode? {
        mappingPairs?.first { $0.key.scalarValue == key }?.value
    }

    /// True for a plain `~`, `null`, `Null`, `NULL` or empty scalar.
    public var isNull: Bool {
        plainText(resolvableAs: "null").map(CoreSchema.isNull) ?? false
    }

    /// The value of a plain `true`/`True`/`TRUE`/`false`/`False`/`FALSE`.
    public var boolValue: Bool? {
        plainText(resolvableAs: "bool").flatMap(CoreSchema.bool)
    }

    /// The value of a plain decimal (optional sign), `0x` or `0o` integer that fits in `Int`.
    public var intValue: Int? {
        plainText(resolvableAs: "int").flatMap(CoreSchema.int)
    }

    /// The value of a plain integer or core-schema float (including `.inf` and `.nan`).
    public var doubleValue: Double? {
        guard let text = plainText(resolvableAs: "float") ?? plainText(resolvableAs: "int") else { return nil }
        return CoreSchema.double(text)
    }

    /// What the node is, for messages like "expected a string, found a mapping".
    public var kindDescription: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a sequence"
        case .scalar:
            if isNull { return "null" }
            if boolValue != nil { return "a boolean" }
            if intValue != nil { return "an integer" }
            if doubleValue != nil { return "a number" }
            return "a string"
        }
    }

    /// The text of a plain scalar that is untagged or tagged with the core tag `name`.
    private func plainText(resolvableAs name: String) -> String? {
        guard case .scalar(let scalar) = content, scalar.style == .plain else { return nil }
        guard tag == nil || tag == Self.coreTagPrefix + name else { return nil }
        return scalar.value
    }
}
