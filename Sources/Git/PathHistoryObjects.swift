internal import CLibGit2

/// The commit and tree lookups behind `SnapshotReader.lastChanges`, with bounded caches so that
/// each commit is parsed and each (tree, path) entry looked up about once per walk. Blobs are never read.
///
/// Not `Sendable`: it borrows the reader's repository handle and owns libgit2 tree objects.
final class PathHistoryObjects {
    /// What the walk needs of a commit.
    struct Commit {
        let id: ObjectID
        /// Committer time, seconds since the epoch; the walk takes newer commits first.
        let time: Int64
        let tree: ObjectID
        /// Every recorded parent, including ones missing from a shallow clone.
        let parents: [ObjectID]
    }

    /// A tree's entry at one queried path or directory.
    enum Entry: Equatable {
        case absent
        /// The entry's object id and its normalized file mode; git counts a mode change as a change.
        case present(ObjectID, mode: UInt32)

        var treeID: ObjectID? {
            if case .present(let id, let mode) = self, mode == GIT_FILEMODE_TREE.rawValue { return id }
            return nil
        }
    }

    /// Keyed by the directory's tree, not the commit: unchanged directories share their lookups.
    private struct EntryKey: Hashable {
        let directory: ObjectID
        let node: Int
    }

    // The caches are dropped whole when full: simpler than LRU, and it only costs repeated lookups.
    private static let commitCacheLimit = 1 << 16
    private static let entryCacheLimit = 1 << 20
    private static let treeCacheLimit = 1 << 10

    private let repository: RepositoryHandle
    /// The registered paths and their directories as nodes, so paths in one directory share its lookups:
    /// each node's last component as a NUL-terminated C string.
    private var names: [[CChar]] = []
    /// Node index by the bytes of its path; bytewise because `String` equality merges NFC and NFD spellings.
    private var nodeIndex: [[UInt8]: Int] = [:]
    /// For each registered path, its nodes from the top-level component down to the path itself.
    private var chains: [[Int]] = []
    private var commits: [ObjectID: Commit?] = [:]
    private var entries: [EntryKey: Entry] = [:]
    private var trees: [ObjectID: OpaquePointer] = [:]

    init(repository: RepositoryHandle) {
        self.repository = repository
    }

    /// Adds a path to look up and returns its index for `isPresent` and `isSame`; `nil` when it cannot
    /// name a tree entry (empty, absolute, a trailing or doubled `/`, a `.` or `..` component, a NUL byte).
    func register(_ path: String) -> Int? {
        guard let components = Self.components(of: path) else { return nil }
        var chain: [Int] = []
        var key: [UInt8] = []
        for component in components {
            if !key.isEmpty { key.append(UInt8(ascii: "/")) }
            key += component
            let node: Int
            if let known = nodeIndex[key] {
                node = known
            } else {
                node = names.count
                names.append(component.map { CChar(bitPattern: $0) } + [0])
                nodeIndex[key] = node
            }
            chain.append(node)
        }
        chains.append(chain)
        return chains.count - 1
    }

    deinit {
        for tree in trees.values { git_tree_free(tree) }
    }

    private static func components(of path: String) -> [[UInt8]]? {
        let bytes = Array(path.utf8)
        guard !bytes.isEmpty, !bytes.contains(0) else { return nil }
        let components = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map(Array.init)
        for component in components {
            if component.isEmpty || component == [UInt8(ascii: ".")] || component == [UInt8(ascii: "."), UInt8(ascii: ".")] {
                return nil
            }
        }
        return components
    }

    /// The commit, or `nil` when its object is missing (a parent cut off by a shallow clone).
    func commit(_ id: ObjectID) throws(LibGit2Failure) -> Commit? {
        if let cached = commits[id] { return cached }
        var oid = id.oid
        var object: OpaquePointer?
        let result = git_commit_lookup(&object, repository.pointer, &oid)
        if result == GIT_ENOTFOUND.rawValue {
            remember(nil, for: id)
            return nil
        }
        try gitCall(result)
        guard let object else { throw LibGit2Failure(code: -1) }
        defer { git_commit_free(object) }
        guard let tree = git_commit_tree_id(object) else { throw LibGit2Failure(code: -1) }
        let parents = (0..<git_commit_parentcount(object)).compactMap { git_commit_parent_id(object, $0).map { ObjectID($0.pointee) } }
        let commit = Commit(id: id, time: Int64(git_commit_time(object)), tree: ObjectID(tree.pointee), parents: parents)
        remember(commit, for: id)
        return commit
    }

    private func remember(_ commit: Commit?, for id: ObjectID) {
        if commits.count >= Self.commitCacheLimit { commits.removeAll(keepingCapacity: true) }
        commits[id] = .some(commit)
    }

    /// The commit message's first paragraph joined into one line, as `git log --format=%s` prints it.
    func summary(of id: ObjectID) throws(LibGit2Failure) -> String {
        var oid = id.oid
        var object: OpaquePointer?
        try gitCall(git_commit_lookup(&object, repository.pointer, &oid))
        guard let object else { throw LibGit2Failure(code: -1) }
        defer { git_commit_free(object) }
        return git_commit_summary(object).map { String(cString: $0) } ?? ""
    }

    /// Whether the path exists in the root tree (how git judges a root commit).
    func isPresent(path: Int, in root: ObjectID) throws(LibGit2Failure) -> Bool {
        var entry = Entry.present(root, mode: GIT_FILEMODE_TREE.rawValue)
        for node in chains[path] {
            entry = try self.entry(node, under: entry)
            if entry == .absent { return false }
        }
        return true
    }

    /// Whether the path has the same entry (or none) in both root trees: git's TREESAME for one path.
    /// Stops at the first directory on the way that is identical in both.
    func isSame(path: Int, in first: ObjectID, and second: ObjectID) throws(LibGit2Failure) -> Bool {
        if first == second { return true }
        var left = Entry.present(first, mode: GIT_FILEMODE_TREE.rawValue)
        var right = Entry.present(second, mode: GIT_FILEMODE_TREE.rawValue)
        for node in chains[path] {
            left = try entry(node, under: left)
            right = try entry(node, under: right)
            if left == right { return true }
        }
        return false
    }

    /// The node's entry in its parent directory's entry; absent when that is absent or not a tree.
    private func entry(_ node: Int, under directory: Entry) throws(LibGit2Failure) -> Entry {
        guard let directoryID = directory.treeID else { return .absent }
        let key = EntryKey(directory: directoryID, node: node)
        if let cached = entries[key] { return cached }
        var entry = Entry.absent
        let tree = try tree(directoryID)
        if let found = names[node].withUnsafeBufferPointer({ git_tree_entry_byname(tree, $0.baseAddress) }),
           let id = git_tree_entry_id(found) {
            entry = .present(ObjectID(id.pointee), mode: git_tree_entry_filemode(found).rawValue)
        }
        if entries.count >= Self.entryCacheLimit { entries.removeAll(keepingCapacity: true) }
        entries[key] = entry
        return entry
    }

    private func tree(_ id: ObjectID) throws(LibGit2Failure) -> OpaquePointer {
        if let cached = trees[id] { return cached }
        var oid = id.oid
        var tree: OpaquePointer?
        try gitCall(git_tree_lookup(&tree, repository.pointer, &oid))
        guard let tree else { throw LibGit2Failure(code: -1) }
        if trees.count >= Self.treeCacheLimit {
            for cached in trees.values { git_tree_free(cached) }
            trees.removeAll(keepingCapacity: true)
        }
        trees[id] = tree
        return tree
    }
}
