/// The first error the go command would report for a go.mod or go.work file.
///
/// `line` is the line the go command reports. `message` uses the go command's wording,
/// e.g. `repeated go statement` or `require a.com/b: version "v2.0.0" invalid: should be v0 or v1, not v2`.
public struct GoModParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file name given to the parser.
    public var fileName: String
    /// 1-based line of the error.
    public var line: Int
    /// 1-based column (in runes) of the error.
    public var column: Int
    /// The go command's message, without position.
    public var message: String

    /// Creates an error at `line:column` of `fileName`.
    public init(fileName: String, line: Int, column: Int, message: String) {
        self.fileName = fileName
        self.line = line
        self.column = column
        self.message = message
    }

    /// The position of the error.
    public var position: GoModPosition { GoModPosition(line: line, column: column) }

    /// `<fileName>:<line>:<column>: <message>`.
    public var description: String { "\(fileName):\(line):\(column): \(message)" }
}
