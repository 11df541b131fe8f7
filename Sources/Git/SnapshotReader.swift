internal import CLibGit2

/// Opens a directory or repository as a `Snapshot` and reads entry contents on demand.
///
/// Not `Sendable`: it owns a libgit2 repository handle, which must stay in one task.
/// Create it inside the task that uses it and pass the `Snapshot` (a value) around instead.
public final class SnapshotReader {
    /// Blobs up to this size may be inflated whole to serve a prefix read; larger ones are only
    /// served when stored loose (streamed), because libgit2 cannot stream packed objects.
    public static let prefixInflateCeiling = 64 << 20

    /// The listing taken when the reader was opened.
    public let snapshot: Snapshot

    /// Blobs larger than this are streamed, not inflated, for prefix reads (tests lower it).
    var prefixInflateLimit = SnapshotReader.prefixInflateCeiling

    let repository: RepositoryHandle?
    private let files: NoFollowReader
    private var objectDatabase: OpaquePointer?

    init(snapshot: Snapshot, repository: RepositoryHandle?) {
        self.snapshot = snapshot
        self.repository = repository
        files = NoFollowReader(root: snapshot.rootPath)
    }

    deinit {
        if let objectDatabase { git_odb_free(objectDatabase) }
    }

    /// Lists the files at `path` in the given mode.
    ///
    /// The repository containing `path` is found by walking up. When `path` is a subdirectory
    /// of a working tree, only that subtree is listed, with repository-relative paths. When it is
    /// in no repository, it is listed as plain files, which only `.workingTree` allows.
    public static func open(path: String, mode: SourceMode) throws(SourceError) -> SnapshotReader {
        GitLibrary.ensureInitialized()
        let directory = try RequestedPath.resolveDirectory(path)
        guard let repository = try RepositoryHandle.discover(directory, displayPath: path) else {
            guard mode == .workingTree else {
                throw SourceError(kind: .notARepository, path: path,
                                  message: "not inside a git repository; index and revision snapshots need one")
            }
            let listing = try DirectoryLister.list(root: directory)
            let (entries, duplicates) = PathOrder.sortedUnique(listing.entries)
            let notices = listing.notices + duplicates.map { "skipped \($0): collides with another name after repairing invalid UTF-8" }
            return SnapshotReader(snapshot: Snapshot(origin: .directory, rootPath: directory, scanPrefix: "",
                                                     entries: entries, repository: nil, notices: notices),
                                  repository: nil)
        }
        let info = repository.info()
        let gitDir = RequestedPath.canonical(repository.gitDir) ?? repository.gitDir
        let insideGitDir = PathOrder.same(directory, gitDir) || directory.utf8.starts(with: (gitDir + "/").utf8)
        let scope = repository.workdir.map { insideGitDir ? "" : RequestedPath.scanPrefix(of: directory, under: $0) } ?? ""
        let rootPath = repository.workdir ?? gitDir
        let snapshot = { (origin: Snapshot.Origin, entries: [SnapshotEntry], notices: [String]) in
            Snapshot(origin: origin, rootPath: rootPath, scanPrefix: scope, entries: entries,
                     repository: info, notices: notices)
        }
        switch (mode, repository.workdir) {
        case (.revision(let revision), _):
            let listing = try RevisionLister.list(repository, revision: revision, scope: scope, displayPath: path)
            return SnapshotReader(snapshot: snapshot(.revision(requested: revision, commit: listing.commit),
                                                     listing.entries, listing.notices),
                                  repository: repository)
        case (.index, nil):
            throw SourceError(kind: .noWorkingTree, path: path,
                              message: "a bare repository has no index to list; use a revision instead")
        case (.index, _):
            let listing = try IndexLister.list(repository, scope: scope, displayPath: path)
            return SnapshotReader(snapshot: snapshot(.index, listing.entries, listing.notices), repository: repository)
        case (.workingTree, nil):
            let listing = try RevisionLister.list(repository, revision: "HEAD", scope: scope, displayPath: path)
            let notice = "bare repository has no working tree; listed HEAD (\(listing.commit)) instead"
            return SnapshotReader(snapshot: snapshot(.revision(requested: "HEAD", commit: listing.commit),
                                                     listing.entries, [notice] + listing.notices),
                                  repository: repository)
        case (.workingTree, let workdir?):
            let listing = try WorkingTreeLister.list(repository, workdir: workdir, scope: scope, displayPath: path)
            return SnapshotReader(snapshot: snapshot(.workingTree, listing.entries, listing.notices),
                                  repository: repository)
        }
    }

    /// The entry's whole content: file bytes, or a symlink's link text.
    /// Throws `.tooLarge` without reading when it is larger than `limit` bytes.
    public func read(_ entry: SnapshotEntry, limit: Int) throws(SourceError) -> [UInt8] {
        try content(of: entry, amount: .whole(limit: max(limit, 0)))
    }

    /// At most the first `count` bytes of the entry's content.
    public func readPrefix(_ entry: SnapshotEntry, count: Int) throws(SourceError) -> [UInt8] {
        try content(of: entry, amount: .prefix(count: max(count, 0)))
    }

    private func content(of entry: SnapshotEntry, amount: NoFollowReader.Amount) throws(SourceError) -> [UInt8] {
        switch entry.locator {
        case .gitlink:
            throw SourceError(kind: .notAFile, path: entry.path,
                              message: "is a submodule; its files live in another repository")
        case .file(let rawPath):
            return try files.content(relative: rawPath ?? Array(entry.path.utf8), symlink: entry.kind == .symlink,
                                     amount: amount, displayPath: entry.path)
        case .blob(let id):
            return try blobContent(id, amount: amount, path: entry.path)
        }
    }

    private func blobContent(_ id: ObjectID, amount: NoFollowReader.Amount, path: String) throws(SourceError) -> [UInt8] {
        let unreadable = { (message: String) in SourceError(kind: .unreadable, path: path, message: message) }
        let database = try odb(path: path)
        var oid = id.oid
        var size = 0
        var type = GIT_OBJECT_INVALID
        let headerResult = git_odb_read_header(&size, &type, database, &oid)
        guard headerResult == 0 else {
            throw unreadable("blob \(id.hex): \(LibGit2Failure(code: headerResult).message)")
        }
        guard type == GIT_OBJECT_BLOB else { throw unreadable("object \(id.hex) is not a blob") }
        let wanted: Int
        switch amount {
        case .whole(let limit):
            guard size <= limit else {
                throw SourceError(kind: .tooLarge, path: path,
                                  message: "\(size) bytes is larger than the limit of \(limit) bytes")
            }
            wanted = size
        case .prefix(let count):
            wanted = min(count, size)
            if wanted == 0 { return [] }
            if size > prefixInflateLimit {
                return try streamPrefix(oid, count: wanted, database: database, path: path, size: size)
            }
        }
        var object: OpaquePointer?
        let readResult = git_odb_read(&object, database, &oid)
        guard readResult == 0, let object else {
            throw unreadable("blob \(id.hex): \(LibGit2Failure(code: readResult).message)")
        }
        defer { git_odb_object_free(object) }
        let available = min(Int(git_odb_object_size(object)), wanted)
        guard available > 0, let data = git_odb_object_data(object) else { return [] }
        return ByteCopy.array(from: UnsafeRawBufferPointer(start: data, count: available))
    }

    /// Reads the start of a large loose blob without inflating the rest.
    private func streamPrefix(_ oid: git_oid, count: Int, database: OpaquePointer, path: String,
                              size: Int) throws(SourceError) -> [UInt8] {
        var oid = oid
        var stream: UnsafeMutablePointer<git_odb_stream>?
        var length = 0
        var type = GIT_OBJECT_INVALID
        guard git_odb_open_rstream(&stream, &length, &type, database, &oid) == 0, let stream else {
            throw SourceError(kind: .tooLarge, path: path, message:
                "\(size) bytes is too large to inflate for a prefix read (packed objects cannot be streamed)")
        }
        defer { git_odb_stream_free(stream) }
        var content = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = content.withUnsafeMutableBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { characters in
                    git_odb_stream_read(stream, characters.baseAddress.map { $0 + filled }, count - filled)
                }
            }
            if got < 0 {
                throw SourceError(kind: .unreadable, path: path, message: LibGit2Failure(code: got).message)
            }
            if got == 0 { break }
            filled += Int(got)
        }
        return Array(content.prefix(filled))
    }

    private func odb(path: String) throws(SourceError) -> OpaquePointer {
        if let objectDatabase { return objectDatabase }
        guard let repository else {
            throw SourceError(kind: .unreadable, path: path, message: "the entry belongs to a repository this reader did not open")
        }
        var database: OpaquePointer?
        let result = git_repository_odb(&database, repository.pointer)
        guard result == 0, let database else {
            throw SourceError(kind: .unreadable, path: path, message: LibGit2Failure(code: result).message)
        }
        objectDatabase = database
        return database
    }
}
