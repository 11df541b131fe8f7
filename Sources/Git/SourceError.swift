/// Why a snapshot could not be opened or an entry could not be read.
public struct SourceError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The category of failure.
    public enum Kind: Sendable, Equatable {
        /// The path does not exist.
        case pathNotFound
        /// The path exists but is not a directory.
        case notADirectory
        /// The mode needs a git repository, but the path is not inside one.
        case notARepository
        /// The revision does not name a commit.
        case badRevision
        /// The mode needs a working tree or index, but the repository is bare.
        case noWorkingTree
        /// The repository is owned by another user and owner validation is on.
        case notOwned
        /// The entry has no readable content (a submodule, or it changed kind on disk).
        case notAFile
        /// Reading failed (I/O error, corrupt object, permission denied, ...).
        case unreadable
        /// The content is larger than the caller's limit.
        case tooLarge
    }

    /// The category of failure.
    public let kind: Kind
    /// The path the failure concerns: the requested path, or a repository-relative entry path.
    public let path: String
    /// A human-readable explanation, including libgit2's or the OS's message when there is one.
    public let message: String

    /// Creates an error.
    public init(kind: Kind, path: String, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    /// `PATH: message`.
    public var description: String { "\(path): \(message)" }
}
