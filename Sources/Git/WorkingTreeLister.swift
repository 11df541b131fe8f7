internal import CLibGit2
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Lists the files on disk that git would consider: tracked files that still exist, plus
/// untracked files that no ignore rule excludes. Nothing is read, only `lstat`ed.
struct WorkingTreeLister {
    let entries: [SnapshotEntry]
    let notices: [String]

    static func list(_ repository: RepositoryHandle, workdir: String, scope: String,
                     displayPath: String) throws(SourceError) -> WorkingTreeLister {
        let scopeBytes = Array(scope.utf8)
        let records = try IndexEntries.load(repository, scope: scopeBytes, displayPath: displayPath)
        // With core.fileMode=false git ignores the executable bit on disk and keeps the index's.
        let trustFileMode = repository.configFlag("core.filemode", default: true)
        var probe = NoFollowProbe(root: Array(workdir.utf8))
        var entries: [SnapshotEntry] = []
        entries.reserveCapacity(records.count)
        var notices: [String] = []
        var conflicted: [String] = []
        var previousPath: [UInt8]?
        for record in records {
            if record.stage != 0, record.rawPath != previousPath {
                conflicted.append(String(decoding: record.rawPath, as: UTF8.self))
            }
            guard record.rawPath != previousPath else { continue }
            previousPath = record.rawPath
            guard let indexKind = record.kind, let disk = probe.status(of: record.rawPath) else { continue }
            let kind: EntryKind
            switch disk.kind {
            case .directory:
                // An initialized or empty submodule directory; a tracked file replaced by a
                // directory is gone, and its new contents show up as untracked.
                guard indexKind == .submodule else { continue }
                entries.append(SnapshotEntry(path: String(decoding: record.rawPath, as: UTF8.self),
                                             kind: .submodule, size: nil, locator: .gitlink(record.id)))
                continue
            case .regular(let executable):
                kind = (trustFileMode ? executable : indexKind == .executable) ? .executable : .file
            case .symlink:
                kind = .symlink
            case .other:
                notices.append("skipped special file \(String(decoding: record.rawPath, as: UTF8.self))")
                continue
            }
            entries.append(SnapshotEntry(onDisk: record.rawPath, kind: kind, size: disk.size))
        }
        for raw in try untrackedPaths(repository, scope: scope, displayPath: displayPath) {
            guard raw.starts(with: scopeBytes) else { continue }
            if raw.last == UInt8(ascii: "/") {
                notices.append("skipped untracked nested repository \(String(decoding: raw, as: UTF8.self))")
                continue
            }
            guard let disk = probe.status(of: raw) else { continue }
            switch disk.kind {
            case .regular(let executable):
                entries.append(SnapshotEntry(onDisk: raw, kind: executable ? .executable : .file, size: disk.size))
            case .symlink:
                entries.append(SnapshotEntry(onDisk: raw, kind: .symlink, size: disk.size))
            case .directory, .other:
                notices.append("skipped untracked \(String(decoding: raw, as: UTF8.self)): not a regular file or symlink")
            }
        }
        let (unique, duplicates) = PathOrder.sortedUnique(entries)
        if !conflicted.isEmpty {
            notices.append("\(conflicted.count) path(s) have unresolved merge conflicts; their working tree content is listed: "
                + IndexEntries.summarize(conflicted))
        }
        if !duplicates.isEmpty {
            notices.append("paths that collide after repairing invalid UTF-8; kept the first: "
                + IndexEntries.summarize(duplicates))
        }
        return WorkingTreeLister(entries: unique, notices: notices)
    }

    /// Untracked, non-ignored paths from libgit2's status, which applies `.gitignore`,
    /// `.git/info/exclude` and `core.excludesFile`. Directories it will not enter (nested
    /// repositories) come back with a trailing `/`.
    private static func untrackedPaths(_ repository: RepositoryHandle, scope: String,
                                       displayPath: String) throws(SourceError) -> [[UInt8]] {
        var options = git_status_options()
        git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION))
        options.show = GIT_STATUS_SHOW_WORKDIR_ONLY
        options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED.rawValue
            | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS.rawValue
            | GIT_STATUS_OPT_EXCLUDE_SUBMODULES.rawValue
            | (scope.isEmpty ? 0 : GIT_STATUS_OPT_DISABLE_PATHSPEC_MATCH.rawValue)
        let pathspec = scope.isEmpty ? nil : strdup(String(scope.dropLast()))
        var pathspecArray: [UnsafeMutablePointer<CChar>?] = [pathspec]
        defer { free(pathspec) }
        var list: OpaquePointer?
        let result = pathspecArray.withUnsafeMutableBufferPointer { buffer in
            if pathspec != nil {
                options.pathspec = git_strarray(strings: buffer.baseAddress, count: 1)
            }
            return git_status_list_new(&list, repository.pointer, &options)
        }
        guard result == 0, let list else {
            let failure = LibGit2Failure(code: result)
            throw SourceError(kind: .unreadable, path: displayPath, message: "reading status: \(failure.message)")
        }
        defer { git_status_list_free(list) }
        var paths: [[UInt8]] = []
        for position in 0..<git_status_list_entrycount(list) {
            guard let entry = git_status_byindex(list, position),
                  entry.pointee.status.rawValue & GIT_STATUS_WT_NEW.rawValue != 0,
                  let delta = entry.pointee.index_to_workdir,
                  let path = delta.pointee.new_file.path else { continue }
            paths.append(ByteCopy.array(from: UnsafeRawBufferPointer(start: path, count: strlen(path))))
        }
        return paths
    }
}
