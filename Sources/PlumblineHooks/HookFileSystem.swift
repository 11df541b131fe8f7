#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX file operations hook installation needs. None follows a symlink at the final
/// component: a hook that is a link is moved or judged as the link itself.
enum HookFileSystem {
    /// What occupies a path.
    enum Occupant: Equatable {
        case nothing
        case file
        case symlink
        /// A directory, FIFO, socket or device.
        case other
    }

    /// Hooks are small scripts; the marker sits in the first lines.
    static let prefixLimit = 4096

    static func occupant(of path: String) throws(HookError) -> Occupant {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            let code = errno
            if code == ENOENT { return .nothing }
            throw failure(path, "cannot inspect", code)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    static func exists(_ path: String) throws(HookError) -> Bool {
        try occupant(of: path) != .nothing
    }

    /// At most `prefixLimit` bytes from the start of a regular file. Opened without following links
    /// and without blocking, so a FIFO swapped in after `occupant(of:)` cannot hang the read.
    static func prefix(of path: String) throws(HookError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, "cannot open", errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            throw HookError(kind: .notAFile, path: path, message: "not a regular file")
        }
        var bytes = [UInt8](repeating: 0, count: prefixLimit)
        var filled = 0
        while filled < prefixLimit {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + filled }, prefixLimit - filled)
            }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw failure(path, "cannot read", errno) }
            if count == 0 { break }
            filled += count
        }
        return Array(bytes.prefix(filled))
    }

    /// Creates `path` and its parents as needed; fails if it exists as something other than a directory.
    static func makeDirectory(_ path: String) throws(HookError) {
        var status = stat()
        if stat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw HookError(kind: .fileSystem, path: path, message: "exists and is not a directory")
            }
            return
        }
        let parent = parentDirectory(of: path)
        if parent != path { try makeDirectory(parent) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw failure(path, "cannot create directory", errno) }
    }

    /// Writes `text` to `path` with mode 0755 through a temporary file renamed into place, so a reader
    /// (git starting a commit) sees the old hook or the new one, never half of one.
    static func writeExecutable(_ text: String, to path: String) throws(HookError) {
        let temporary = path + ".plumbline-new"
        // A leftover from an interrupted install is ours by its name.
        if unlink(temporary) != 0 && errno != ENOENT { throw failure(temporary, "cannot remove", errno) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw failure(temporary, "cannot create", errno) }
        let bytes = Array(text.utf8)
        var written = 0
        var writeError: Int32 = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { writeError = count < 0 ? errno : EIO; break }
            written += count
        }
        // The umask may have cleared execute bits that git needs.
        if writeError == 0 && fchmod(descriptor, 0o755) != 0 { writeError = errno }
        if close(descriptor) != 0 && writeError == 0 { writeError = errno }
        guard writeError == 0 else {
            unlink(temporary)
            throw failure(temporary, "cannot write", writeError)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(path, "cannot write", code)
        }
    }

    /// Renames `source` to `destination`, which the caller has checked is free.
    static func move(_ source: String, to destination: String) throws(HookError) {
        guard rename(source, destination) == 0 else {
            throw failure(source, "cannot move to \(destination)", errno)
        }
    }

    static func remove(_ path: String) throws(HookError) {
        guard unlink(path) == 0 else { throw failure(path, "cannot remove", errno) }
    }

    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func failure(_ path: String, _ what: String, _ code: Int32) -> HookError {
        HookError(kind: .fileSystem, path: path, message: "\(what): \(String(cString: strerror(code)))")
    }
}
