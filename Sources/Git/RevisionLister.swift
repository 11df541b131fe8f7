internal import CLibGit2

/// Lists every blob of a commit's tree in one walk, without reading any object contents.
struct RevisionLister {
    let commit: String
    let entries: [SnapshotEntry]
    let notices: [String]

    /// - Parameters:
    ///   - revision: any commit-ish `git rev-parse` accepts.
    ///   - scope: `""` or a repository-relative directory ending in `/` to limit the walk to.
    ///   - displayPath: the path errors are reported against.
    static func list(_ repository: RepositoryHandle, revision: String, scope: String,
                     displayPath: String) throws(SourceError) -> RevisionLister {
        let badRevision = { (message: String) in
            SourceError(kind: .badRevision, path: displayPath, message: "bad revision '\(revision)': \(message)")
        }
        var object: OpaquePointer?
        do throws(LibGit2Failure) {
            try gitCall(git_revparse_single(&object, repository.pointer, revision))
        } catch {
            throw badRevision(error.message)
        }
        defer { git_object_free(object) }
        var commitObject: OpaquePointer?
        do throws(LibGit2Failure) {
            try gitCall(git_object_peel(&commitObject, object, GIT_OBJECT_COMMIT))
        } catch {
            throw badRevision("does not name a commit (\(error.message))")
        }
        defer { git_object_free(commitObject) }
        guard let commitObject, let commitID = git_commit_id(commitObject) else {
            throw badRevision("does not name a commit")
        }
        let commit = ObjectID(commitID.pointee).hex
        var tree: OpaquePointer?
        do throws(LibGit2Failure) {
            try gitCall(git_commit_tree(&tree, commitObject))
        } catch {
            throw SourceError(kind: .unreadable, path: displayPath, message: "tree of \(commit): \(error.message)")
        }
        defer { git_tree_free(tree) }
        guard let tree else {
            throw SourceError(kind: .unreadable, path: displayPath, message: "tree of \(commit) is missing")
        }
        if scope.isEmpty {
            return try RevisionLister(commit: commit, walking: tree, base: "", displayPath: displayPath)
        }
        return try listSubtree(repository, of: tree, scope: scope, commit: commit, displayPath: displayPath)
    }

    private static func listSubtree(_ repository: RepositoryHandle, of tree: OpaquePointer, scope: String,
                                    commit: String, displayPath: String) throws(SourceError) -> RevisionLister {
        let empty = { (why: String) in
            RevisionLister(commit: commit, entries: [], notices: ["\(scope) \(why) in commit \(commit)"])
        }
        var entry: OpaquePointer?
        guard git_tree_entry_bypath(&entry, tree, String(scope.dropLast())) == 0, let entry else {
            return empty("does not exist")
        }
        defer { git_tree_entry_free(entry) }
        guard git_tree_entry_type(entry) == GIT_OBJECT_TREE, let subtreeID = git_tree_entry_id(entry) else {
            return empty("is not a directory")
        }
        var subtree: OpaquePointer?
        do throws(LibGit2Failure) {
            try gitCall(git_tree_lookup(&subtree, repository.pointer, subtreeID))
        } catch {
            throw SourceError(kind: .unreadable, path: displayPath, message: "tree \(scope): \(error.message)")
        }
        defer { git_tree_free(subtree) }
        guard let subtree else { return empty("is missing") }
        return try RevisionLister(commit: commit, walking: subtree, base: scope, displayPath: displayPath)
    }

    private init(commit: String, entries: [SnapshotEntry], notices: [String]) {
        self.commit = commit
        self.entries = entries
        self.notices = notices
    }

    private init(commit: String, walking tree: OpaquePointer, base: String, displayPath: String) throws(SourceError) {
        var entries: [SnapshotEntry] = []
        do throws(LibGit2Failure) {
            try walkTree(tree) { root, entry in
                let kind: EntryKind
                switch git_tree_entry_filemode(entry) {
                case GIT_FILEMODE_BLOB: kind = .file
                case GIT_FILEMODE_BLOB_EXECUTABLE: kind = .executable
                case GIT_FILEMODE_LINK: kind = .symlink
                case GIT_FILEMODE_COMMIT: kind = .submodule
                default: return 0
                }
                guard let id = git_tree_entry_id(entry), let name = git_tree_entry_name(entry) else { return 0 }
                let objectID = ObjectID(id.pointee)
                entries.append(SnapshotEntry(
                    path: base + String(cString: root) + String(cString: name),
                    kind: kind,
                    size: nil,
                    locator: kind == .submodule ? .gitlink(objectID) : .blob(objectID)))
                return 0
            }
        } catch {
            throw SourceError(kind: .unreadable, path: displayPath, message: "walking the tree: \(error.message)")
        }
        let (unique, duplicates) = PathOrder.sortedUnique(entries)
        self.commit = commit
        self.entries = unique
        notices = duplicates.map { "several tree entries share the path \($0) after repairing invalid UTF-8; kept the first" }
    }
}
