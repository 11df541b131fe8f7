extension SnapshotReader {
    /// A second reader of the same snapshot, with a repository handle of its own, so another thread can read
    /// blobs in parallel (a libgit2 repository must not be shared between threads). No walk is repeated.
    public static func twin(of snapshot: Snapshot) throws(SourceError) -> SnapshotReader {
        guard let info = snapshot.repository else { return SnapshotReader(snapshot: snapshot, repository: nil) }
        guard let repository = try RepositoryHandle.discover(info.workdir ?? info.gitDir, displayPath: snapshot.rootPath) else {
            throw SourceError(kind: .unreadable, path: snapshot.rootPath, message: "the repository can no longer be opened")
        }
        return SnapshotReader(snapshot: snapshot, repository: repository)
    }
}
