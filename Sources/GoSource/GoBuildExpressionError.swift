/// Why a build constraint expression does not parse. Messages are the ones `go/build/constraint` gives
/// (`unexpected token )`, `missing close paren`, `build expression too large`, ...).
public struct GoBuildExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The byte offset in the expression text (after `//go:build` and its spaces) where the problem is.
    public var offset: Int
    /// The message, as Go's `constraint.SyntaxError.Err` or the errors of `constraint.Parse`.
    public var message: String

    /// An error from its parts.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
