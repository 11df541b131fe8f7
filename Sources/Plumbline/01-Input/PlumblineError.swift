import Git

/// Why a scan or a command could not run. Each kind has one documented exit code (README, Exit codes),
/// chosen in one place by the command line.
public struct PlumblineError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A bad option, rule file, configuration file or data table: the user must change what they asked.
        case usage
        /// The repository, a revision or a file could not be read: the scan could not complete.
        case unreadable
    }

    public let kind: Kind
    /// The whole message, already carrying `file:line:column` where there is one.
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public static func usage(_ message: String) -> PlumblineError { PlumblineError(.usage, message) }
    public static func unreadable(_ message: String) -> PlumblineError { PlumblineError(.unreadable, message) }

    public init(_ error: DefinitionError) { self.init(.usage, error.description) }
    public init(_ errors: DefinitionErrors) { self.init(.usage, errors.description) }

    public var description: String { message }
}
