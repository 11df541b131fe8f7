/// The text of a scalar node and how it was written.
public struct YAMLScalar: Sendable, Equatable {
    /// How a scalar was written in the source.
    public enum Style: Sendable, Equatable {
        /// Unquoted, e.g. `value`.
        case plain
        /// `'value'`.
        case singleQuoted
        /// `"value"`.
        case doubleQuoted
        /// A `|` block.
        case literal
        /// A `>` block.
        case folded
    }

    /// The scalar's content after unescaping and line folding.
    public let value: String
    /// The style the scalar was written in.
    public let style: Style

    /// Creates a scalar.
    public init(value: String, style: Style) {
        self.value = value
        self.style = style
    }
}
