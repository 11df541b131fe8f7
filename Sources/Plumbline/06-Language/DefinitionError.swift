/// A rule file, configuration file or data table that is not valid, with the place it went wrong.
/// Exit code 2 (usage or configuration error).
public struct DefinitionError: Error, Sendable, CustomStringConvertible {
    public let location: SourceLocation
    public let message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): error: \(message)" }
}

/// Several definition errors found in one pass, so a user fixes a file in one round trip.
public struct DefinitionErrors: Error, Sendable, CustomStringConvertible {
    public let errors: [DefinitionError]

    public init(_ errors: [DefinitionError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
