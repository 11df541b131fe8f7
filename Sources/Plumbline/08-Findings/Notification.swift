/// A problem with the scan itself rather than with the code: a file that could not be parsed, a blob that
/// could not be read, a fallback that was taken. Reported in every format (SARIF: invocation notifications).
public struct Notification: Sendable, Hashable {
    public var level: Level
    public var message: String
    public var location: SourceLocation?

    public init(level: Level, message: String, location: SourceLocation? = nil) {
        self.level = level
        self.message = message
        self.location = location
    }

    public var description: String {
        if let location { return "\(location): \(level.rawValue): \(message)" }
        return "\(level.rawValue): \(message)"
    }
}
