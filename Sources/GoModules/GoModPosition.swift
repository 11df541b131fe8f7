/// A 1-based source position in a go.mod, go.work, go.sum or modules.txt file.
///
/// `column` counts Unicode scalars from the start of the line, the way the go command counts runes:
/// every byte that is not part of valid UTF-8 counts as one.
public struct GoModPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in Unicode scalars (runes).
    public var column: Int

    /// Creates a position from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }

    /// Orders positions by line, then column.
    public static func < (lhs: GoModPosition, rhs: GoModPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
