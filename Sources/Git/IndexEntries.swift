internal import CLibGit2
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// One entry of the repository's index, copied out of libgit2.
struct IndexRecord {
    /// Raw repository-relative path bytes.
    let rawPath: [UInt8]
    let mode: UInt32
    let id: ObjectID
    let recordedSize: Int
    /// 0 normally; 1 (base), 2 (ours) or 3 (theirs) for a merge conflict.
    let stage: Int32
    let isIntentToAdd: Bool

    /// The entry kind git would record for this mode, or `nil` for modes that hold no file.
    var kind: EntryKind? {
        switch mode & 0o170000 {
        case 0o100000: return mode & 0o111 != 0 ? .executable : .file
        case 0o120000: return .symlink
        case 0o160000: return .submodule
        default: return nil
        }
    }
}

/// Reads the repository's index in path order.
enum IndexEntries {
    /// Entries whose path starts with `scope` (raw bytes, `""` for all).
    ///
    /// `$GIT_INDEX_FILE` wins over the repository's index, as it does for git: `git commit -a` and
    /// `git commit PATH…` prepare the commit in a temporary index and name it there for the pre-commit hook.
    /// libgit2 does not read the variable itself. A relative value is relative to the current directory.
    static func load(
        _ repository: RepositoryHandle, scope: [UInt8], displayPath: String,
        indexFile: String? = IndexEntries.indexFileFromEnvironment()
    ) throws(SourceError) -> [IndexRecord] {
        var index: OpaquePointer?
        do throws(LibGit2Failure) {
            if let indexFile {
                try gitCall(git_index_open(&index, indexFile))
            } else {
                try gitCall(git_repository_index(&index, repository.pointer))
            }
        } catch {
            throw SourceError(kind: .unreadable, path: indexFile ?? displayPath, message: "reading the index: \(error.message)")
        }
        guard let index else {
            throw SourceError(kind: .unreadable, path: displayPath, message: "the repository has no index")
        }
        defer { git_index_free(index) }
        let count = git_index_entrycount(index)
        var records: [IndexRecord] = []
        records.reserveCapacity(count)
        for position in 0..<count {
            guard let entry = git_index_get_byindex(index, position), let path = entry.pointee.path,
                  PathOrder.cPath(path, hasPrefix: scope) else { continue }
            let flagsExtended = UInt32(entry.pointee.flags_extended)
            records.append(IndexRecord(
                rawPath: ByteCopy.array(from: UnsafeRawBufferPointer(start: path, count: strlen(path))),
                mode: entry.pointee.mode,
                id: ObjectID(entry.pointee.id),
                recordedSize: Int(entry.pointee.file_size),
                stage: git_index_entry_stage(entry),
                isIntentToAdd: flagsExtended & GIT_INDEX_ENTRY_INTENT_TO_ADD.rawValue != 0))
        }
        return records
    }

    static func indexFileFromEnvironment() -> String? {
        guard let value = getenv("GIT_INDEX_FILE"), value.pointee != 0 else { return nil }
        return String(cString: value)
    }

    /// A short, bounded list of paths for a notice.
    static func summarize(_ paths: [String]) -> String {
        let shown = paths.prefix(10).joined(separator: ", ")
        return paths.count > 10 ? "\(shown), and \(paths.count - 10) more" : shown
    }
}
