/// Why a hook could not be installed or removed. Nothing was changed when one is thrown, except
/// where `message` says otherwise.
public struct HookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The category of failure.
    public enum Kind: Sendable, Equatable {
        /// The hook in place was not written by Plumbline, so uninstall leaves it alone.
        case notInstalledByPlumbline
        /// A hook must be chained but the chained hook's name is already taken.
        case chainSlotTaken
        /// The hook's name is taken by something other than a file or symlink (a directory, a FIFO).
        case notAFile
        /// Reading, writing, moving or removing a file failed.
        case fileSystem
    }

    /// The category of failure.
    public let kind: Kind
    /// The absolute path the failure concerns.
    public let path: String
    /// A human-readable explanation.
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
