internal import CLibGit2

extension SnapshotReader {
    /// Largest `.gitignore` read; a bigger one is left out (git itself refuses very large ones).
    static let maxIgnoreFileBytes = 8 << 20

    /// The paths among `paths` (repository-relative, no trailing `/`) that git ignores, taken as a file or as
    /// a directory. A working tree asks libgit2 (`git_ignore_path_is_ignored`: the `.gitignore` files on
    /// disk, `.git/info/exclude` and `core.excludesFile`); a revision, the index and a plain directory apply
    /// their own `.gitignore` files (`GitignoreRules`), including those of the directories above a
    /// subdirectory scan. A path libgit2 fails on is left out.
    public func ignoredPaths(_ paths: [String]) -> Set<String> {
        guard !paths.isEmpty else { return [] }
        if case .workingTree = snapshot.origin, let repository {
            return Set(paths.filter { path in
                Self.libgit2Ignores(path, repository) || Self.libgit2Ignores(path + "/", repository)
            })
        }
        let rules = GitignoreRules(files: ignoreFiles())
        return Set(paths.filter { rules.isIgnored($0, isDirectory: false) || rules.isIgnored($0, isDirectory: true) })
    }

    /// libgit2 takes a trailing `/` to mean a directory, and otherwise looks at the disk.
    private static func libgit2Ignores(_ path: String, _ repository: RepositoryHandle) -> Bool {
        var ignored: Int32 = 0
        return git_ignore_path_is_ignored(&ignored, repository.pointer, path) == 0 && ignored != 0
    }

    /// The snapshot's `.gitignore` files and, for a subdirectory scan, those of the directories above it.
    private func ignoreFiles() -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for entry in snapshot.entries where entry.kind == .file || entry.kind == .executable {
            guard entry.path == ".gitignore" || entry.path.hasSuffix("/.gitignore") else { continue }
            if let bytes = try? read(entry, limit: Self.maxIgnoreFileBytes) { files[entry.path] = bytes }
        }
        for entry in scopeAncestorIgnoreEntries() {
            if let bytes = try? read(entry, limit: Self.maxIgnoreFileBytes) { files[entry.path] = bytes }
        }
        return files
    }

    /// `.gitignore` entries of the directories above `scanPrefix`, which the listing left out.
    private func scopeAncestorIgnoreEntries() -> [SnapshotEntry] {
        let scope = snapshot.scanPrefix
        guard !scope.isEmpty, let repository else { return [] }
        var wanted = [".gitignore"]
        var prefix = ""
        for component in scope.split(separator: "/").dropLast() {
            prefix += component + "/"
            wanted.append(prefix + ".gitignore")
        }
        switch snapshot.origin {
        case .revision(_, let commit):
            return Self.treeEntries(wanted, commit: commit, repository)
        case .index:
            let records = (try? IndexEntries.load(repository, scope: [], displayPath: snapshot.rootPath)) ?? []
            let names = Set(wanted)
            return records.compactMap { record in
                let path = String(decoding: record.rawPath, as: UTF8.self)
                guard record.stage == 0, names.contains(path), record.kind == .file || record.kind == .executable else { return nil }
                return SnapshotEntry(path: path, kind: .file, size: nil, locator: .blob(record.id))
            }
        case .workingTree, .directory:
            return []
        }
    }

    private static func treeEntries(_ paths: [String], commit: String, _ repository: RepositoryHandle) -> [SnapshotEntry] {
        var object: OpaquePointer?
        guard git_revparse_single(&object, repository.pointer, commit) == 0, let object else { return [] }
        defer { git_object_free(object) }
        var tree: OpaquePointer?
        guard git_object_peel(&tree, object, GIT_OBJECT_TREE) == 0, let tree else { return [] }
        defer { git_object_free(tree) }
        return paths.compactMap { path in
            var entry: OpaquePointer?
            guard git_tree_entry_bypath(&entry, tree, path) == 0, let entry else { return nil }
            defer { git_tree_entry_free(entry) }
            let mode = git_tree_entry_filemode(entry)
            guard mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE, let id = git_tree_entry_id(entry) else { return nil }
            return SnapshotEntry(path: path, kind: .file, size: nil, locator: .blob(ObjectID(id.pointee)))
        }
    }
}
