/// Why a Go source file could not be read: its package clause or import declarations are not valid Go
/// (or contain bytes Go rejects, such as NUL or invalid UTF-8).
public struct GoSourceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's path as given to `GoSourceFile.read`.
    public var path: String
    /// Where the problem was found.
    public var position: GoPosition
    /// What is wrong, without the position.
    public var message: String

    /// An error from its parts.
    public init(path: String, position: GoPosition, message: String) {
        self.path = path
        self.position = position
        self.message = message
    }

    /// `path:line:column: message`.
    public var description: String { "\(path):\(position): \(message)" }
}
