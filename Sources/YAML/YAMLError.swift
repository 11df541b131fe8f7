/// A YAML problem with the file and the 1-based position it occurred at.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file name given to the parser.
    public let file: String
    /// Where the problem is.
    public let mark: Mark
    /// What is wrong, e.g. `duplicate key 'x' (first at 3:5)`.
    public let message: String

    /// Creates an error.
    public init(file: String, mark: Mark, message: String) {
        self.file = file
        self.mark = mark
        self.message = message
    }

    /// `file:line:column: message`.
    public var description: String { "\(file):\(mark): \(message)" }
}
