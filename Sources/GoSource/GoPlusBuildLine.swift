/// A legacy `// +build` line that go/build honours.
public struct GoPlusBuildLine: Sendable, Hashable {
    /// The arguments after `+build`, without surrounding spaces, such as `linux,amd64 darwin`.
    public var text: String
    /// Where the `//` is.
    public var position: GoPosition
    /// The equivalent expression; nil when the line has more than 100 operators (go/build then ignores it).
    public var expression: GoBuildExpression?

    /// A line from its parts.
    public init(text: String, position: GoPosition, expression: GoBuildExpression?) {
        self.text = text
        self.position = position
        self.expression = expression
    }
}
