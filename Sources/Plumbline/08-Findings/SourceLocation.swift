/// A place in a file of the scanned repository (or of a rule/config file), 1-based.
/// Columns count Unicode scalars, matching SARIF's `unicodeCodePoints` column kind and libyaml's marks.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Repository-relative path with `/` separators (or the path of a rule/config file as given).
    public var path: String
    public var line: Int
    public var column: Int
    public var endLine: Int?
    public var endColumn: Int?

    public init(path: String, line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
        self.path = path
        self.line = max(1, line)
        self.column = max(1, column)
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// The start of a file: used when a finding concerns a whole file (a missing go.sum points at go.mod).
    public static func file(_ path: String) -> SourceLocation {
        SourceLocation(path: path, line: 1, column: 1)
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        if a.path != b.path { return a.path.utf8.lexicographicallyPrecedes(b.path.utf8) }
        if a.line != b.line { return a.line < b.line }
        return a.column < b.column
    }
}
