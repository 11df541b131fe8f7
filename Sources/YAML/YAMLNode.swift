/// An immutable YAML node with the position where it starts.
///
/// Aliases are already resolved: an alias becomes a copy of its anchored node, marks included.
public struct YAMLNode: Sendable, Equatable {
    /// What a node holds.
    public enum Content: Sendable, Equatable {
        /// A scalar.
        case scalar(YAMLScalar)
        /// A sequence, in source order.
        case sequence([YAMLNode])
        /// A mapping, in source order. Keys are unique (duplicate scalar keys are rejected while parsing).
        case mapping([YAMLPair])
    }

    /// The node's content.
    public let content: Content
    /// Where the node starts. For a block mapping without anchor or tag that is its first key.
    public let mark: Mark
    /// The resolved tag when one was written (`!!str` becomes `tag:yaml.org,2002:str`), otherwise nil.
    public let tag: String?

    /// Creates a node.
    public init(content: Content, mark: Mark, tag: String? = nil) {
        self.content = content
        self.mark = mark
        self.tag = tag
    }
}
