internal import CLibGit2

/// The most recent commit that changed a path, as `git log -1 -- PATH` reports it.
public struct PathChange: Sendable, Equatable {
    /// The repository-relative path that was asked about.
    public let path: String
    /// The commit id, 40 lowercase hex digits.
    public let commit: String
    /// The commit's committer time, in seconds since the Unix epoch.
    public let time: Int64
    /// The first paragraph of the commit message on one line, as `git log --format=%s` prints it.
    public let summary: String

    /// Creates a path change.
    public init(path: String, commit: String, time: Int64, summary: String) {
        self.path = path
        self.commit = commit
        self.time = time
        self.summary = summary
    }
}

extension SnapshotReader {
    /// For each path, the most recent commit that added, modified (content or file mode) or deleted
    /// it: what `git log -1 --format=%H <commit> -- PATH` shows, starting from the snapshot's commit,
    /// or from HEAD for index and working-tree snapshots.
    ///
    /// git's default history simplification applies: a commit changed a path only when its entry
    /// there (or its absence) differs from every parent's, and a merge that kept one parent's version
    /// is followed into that parent only, so changes a merge dropped do not count. A root commit
    /// changed the paths it has. Renames are not followed. All paths are resolved in one walk, which
    /// reads commits and trees but no file contents.
    ///
    /// - Parameters:
    ///   - paths: repository-relative paths as in the snapshot's entries (also outside its
    ///     `scanPrefix`), taken literally: no globs. A directory stands for everything under it.
    ///   - maxCommits: how many commits to examine at most, newest (by committer time) first; paths
    ///     whose change was not found by then are left out of the result.
    /// - Returns: the changes by path. Paths never present in the history, paths that cannot name a
    ///   tree entry (empty, absolute, a trailing or doubled `/`, a `.` or `..` component), and paths
    ///   not resolved within `maxCommits` are absent. Snapshots of a plain directory or of a repository
    ///   whose HEAD is unborn give an empty result. In a shallow clone, parents that were cut off count
    ///   as absent, so every path present in a boundary commit resolves no further back than there.
    ///   Two paths that differ only in Unicode normalization share one key.
    public func lastChanges(of paths: [String], maxCommits: Int = 10_000) throws(SourceError) -> [String: PathChange] {
        guard let repository, let start = startCommit() else { return [:] }
        let objects = PathHistoryObjects(repository: repository)
        var names: [String] = []
        var indices: [Int] = []
        var registered = Set<[UInt8]>()
        for path in paths where registered.insert(Array(path.utf8)).inserted {
            guard let index = objects.register(path) else { continue }
            names.append(path)
            indices.append(index)
        }
        let found = try PathHistoryWalk.lastChanges(from: start, paths: indices, names: names, maxCommits: maxCommits,
                                                    objects: objects, displayPath: snapshot.rootPath)
        var summaries: [ObjectID: String] = [:]
        var changes: [String: PathChange] = [:]
        for (index, commit) in found {
            let summary: String
            if let known = summaries[commit.id] {
                summary = known
            } else {
                do throws(LibGit2Failure) {
                    summary = try objects.summary(of: commit.id)
                } catch {
                    throw SourceError(kind: .unreadable, path: names[index],
                                      message: "message of commit \(commit.id.hex): \(error.message)")
                }
                summaries[commit.id] = summary
            }
            changes[names[index]] = PathChange(path: names[index], commit: commit.id.hex, time: commit.time, summary: summary)
        }
        return changes
    }

    /// The commit the snapshot was taken from, or HEAD for the index and the working tree.
    private func startCommit() -> ObjectID? {
        let hex: String?
        switch snapshot.origin {
        case .revision(_, let commit): hex = commit
        case .index, .workingTree: hex = snapshot.repository?.headCommit
        case .directory: hex = nil
        }
        guard let hex else { return nil }
        var oid = git_oid()
        guard git_oid_fromstr(&oid, hex) == 0 else { return nil }
        return ObjectID(oid)
    }
}
