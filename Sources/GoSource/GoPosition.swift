/// A place in a Go source file.
///
/// Lines and columns are 1-based. Columns count bytes from the start of the line, as `go/token` does, so
/// they agree with the positions the go tools print (a leading byte order mark counts as three bytes).
public struct GoPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in bytes.
    public var column: Int
    /// The 0-based byte offset in the file.
    public var offset: Int

    /// A position from its parts.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }

    public static func < (lhs: GoPosition, rhs: GoPosition) -> Bool { lhs.offset < rhs.offset }
}
