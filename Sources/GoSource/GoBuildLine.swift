/// The `//go:build` line that controls a file.
public struct GoBuildLine: Sendable, Hashable {
    /// The expression text after `//go:build`, without surrounding spaces.
    public var text: String
    /// Where the `//` is.
    public var position: GoPosition
    /// The parsed expression; nil when it does not parse (then go/build rejects the file).
    public var expression: GoBuildExpression?
    /// Why it does not parse.
    public var error: GoBuildExpressionError?

    /// A line from its parts.
    public init(text: String, position: GoPosition, expression: GoBuildExpression?, error: GoBuildExpressionError?) {
        self.text = text
        self.position = position
        self.expression = expression
        self.error = error
    }
}
