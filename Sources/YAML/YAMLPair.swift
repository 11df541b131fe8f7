/// One key/value entry of a mapping, in source order.
public struct YAMLPair: Sendable, Equatable {
    /// The key node.
    public let key: YAMLNode
    /// The value node.
    public let value: YAMLNode

    /// Creates a pair.
    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
