/// An immutable, sorted list of the files of one version of a directory or repository.
public struct Snapshot: Sendable, Equatable {
    /// Which version of the files the entries describe.
    public enum Origin: Sendable, Equatable {
        /// A commit's tree: the revision as requested and the commit id it resolved to.
        case revision(requested: String, commit: String)
        /// The repository's index (staged content).
        case index
        /// The repository's working tree on disk.
        case workingTree
        /// A plain directory that is not inside any git repository.
        case directory
    }

    /// Which version of the files the entries describe.
    public let origin: Origin
    /// The absolute directory entry paths are relative to: the working tree, the git directory
    /// of a bare repository, or the scanned directory.
    public let rootPath: String
    /// `""`, or the repository-relative directory (ending in `/`) the scan was limited to
    /// because the requested path was a subdirectory of the repository.
    public let scanPrefix: String
    /// The entries, sorted bytewise by path, with unique paths.
    public let entries: [SnapshotEntry]
    /// The repository, or `nil` for a plain directory.
    public let repository: RepositoryInfo?
    /// Things the caller should know about (fallbacks, skipped paths, conflicts).
    public let notices: [String]

    init(origin: Origin, rootPath: String, scanPrefix: String, entries: [SnapshotEntry],
         repository: RepositoryInfo?, notices: [String]) {
        self.origin = origin
        self.rootPath = rootPath
        self.scanPrefix = scanPrefix
        self.entries = entries
        self.repository = repository
        self.notices = notices
    }

    /// The entry at a repository-relative path, found by binary search.
    public func entry(at path: String) -> SnapshotEntry? {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = low + (high - low) / 2
            let candidate = entries[middle].path
            if PathOrder.same(candidate, path) { return entries[middle] }
            if PathOrder.precedes(candidate, path) { low = middle + 1 } else { high = middle }
        }
        return nil
    }
}
