#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// The directory a caller asked to scan, resolved to an absolute, symlink-free path.
enum RequestedPath {
    /// Resolves `path`, which must name an existing directory.
    static func resolveDirectory(_ path: String) throws(SourceError) -> String {
        guard !path.isEmpty else {
            throw SourceError(kind: .pathNotFound, path: path, message: "empty path")
        }
        guard let resolved = canonical(path) else {
            let code = errno
            let kind: SourceError.Kind = code == ENOENT ? .pathNotFound : (code == ENOTDIR ? .notADirectory : .unreadable)
            throw SourceError(kind: kind, path: path, message: String(cString: strerror(code)))
        }
        var status = stat()
        guard stat(resolved, &status) == 0 else {
            throw SourceError(kind: .unreadable, path: path, message: String(cString: strerror(errno)))
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw SourceError(kind: .notADirectory, path: path, message: "not a directory")
        }
        return resolved
    }

    /// `realpath`, or `nil` (with `errno` set) when the path cannot be resolved.
    static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func withoutTrailingSlash(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }

    /// `"sub/dir/"` when `path` lies strictly inside `root`, otherwise `""`.
    static func scanPrefix(of path: String, under root: String) -> String {
        let base = root.hasSuffix("/") ? root : root + "/"
        // Compared as bytes: String's own hasPrefix uses Unicode equivalence.
        guard path.utf8.starts(with: base.utf8), path.utf8.count > base.utf8.count else { return "" }
        return String(decoding: path.utf8.dropFirst(base.utf8.count), as: UTF8.self) + "/"
    }
}
