#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Reads files under a root directory one `openat(O_NOFOLLOW)` at a time, so neither the file
/// nor any parent directory is ever reached through a symlink, even if the tree changed after
/// the snapshot was taken.
struct NoFollowReader {
    /// Absolute root directory path.
    let root: String

    /// How much to read.
    enum Amount {
        /// The whole content; more than `limit` bytes is an error.
        case whole(limit: Int)
        /// At most the first `count` bytes.
        case prefix(count: Int)
    }

    /// Reads a regular file's bytes or a symlink's link text.
    func content(relative: [UInt8], symlink: Bool, amount: Amount, displayPath: String) throws(SourceError) -> [UInt8] {
        let fail = { (kind: SourceError.Kind, message: String) in
            SourceError(kind: kind, path: displayPath, message: message)
        }
        var components = relative.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard let name = components.popLast(), !name.isEmpty,
              !components.contains(where: { $0.isEmpty || $0.elementsEqual(".".utf8) || $0.elementsEqual("..".utf8) }),
              !name.elementsEqual(".".utf8), !name.elementsEqual("..".utf8) else {
            throw fail(.unreadable, "not a plain relative path")
        }
        var directory = Self.open(root, at: AT_FDCWD, flags: O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { throw fail(.unreadable, "cannot open \(root): \(Self.errorText())") }
        defer { close(directory) }
        for component in components {
            let next = Self.open(component, at: directory, flags: O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard next >= 0 else {
                let code = errno
                if code == ELOOP || code == ENOTDIR {
                    throw fail(.notAFile, "a parent directory is now a symlink or not a directory")
                }
                throw fail(.unreadable, Self.errorText(code))
            }
            close(directory)
            directory = next
        }
        return symlink
            ? try Self.readLink(name, in: directory, amount: amount, fail: fail)
            : try Self.readRegular(name, in: directory, amount: amount, fail: fail)
    }

    private static func readLink(_ name: ArraySlice<UInt8>, in directory: Int32, amount: Amount,
                                 fail: (SourceError.Kind, String) -> SourceError) throws(SourceError) -> [UInt8] {
        // Linux link text is at most PATH_MAX (4096) bytes; one more byte detects overflow.
        let capacity: Int
        switch amount {
        case .whole(let limit): capacity = min(max(limit, 0) + 1, 4097)
        case .prefix(let count): capacity = min(max(count, 0), 4097)
        }
        guard capacity > 0 else { return [] }
        var buffer = [CChar](repeating: 0, count: capacity)
        let length = readlinkat(directory, cPath(name), &buffer, capacity)
        guard length >= 0 else {
            let code = errno
            if code == EINVAL { throw fail(.notAFile, "is no longer a symbolic link") }
            throw fail(.unreadable, errorText(code))
        }
        if case .whole(let limit) = amount, length > limit {
            throw fail(.tooLarge, "link text is larger than the limit of \(limit) bytes")
        }
        return buffer.prefix(length).map { UInt8(bitPattern: $0) }
    }

    private static func readRegular(_ name: ArraySlice<UInt8>, in directory: Int32, amount: Amount,
                                    fail: (SourceError.Kind, String) -> SourceError) throws(SourceError) -> [UInt8] {
        // O_NONBLOCK: a FIFO swapped in after the snapshot must not block the open.
        let descriptor = open(name, at: directory, flags: O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ELOOP { throw fail(.notAFile, "is now a symbolic link") }
            throw fail(.unreadable, errorText(code))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw fail(.unreadable, errorText()) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw fail(.notAFile, "is no longer a regular file") }
        let size = max(Int(status.st_size), 0)
        let wanted: Int
        switch amount {
        case .whole(let limit):
            guard size <= limit else {
                throw fail(.tooLarge, "\(size) bytes is larger than the limit of \(limit) bytes")
            }
            // One byte past the limit detects a file that grew since fstat.
            wanted = limit == Int.max ? limit : limit + 1
        case .prefix(let count):
            wanted = max(count, 0)
        }
        var content: [UInt8] = []
        content.reserveCapacity(min(wanted, size + 1))
        let chunkSize = 1 << 16
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while content.count < wanted {
            let request = min(chunkSize, wanted - content.count)
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, request) }
            if got < 0 {
                if errno == EINTR { continue }
                throw fail(.unreadable, errorText())
            }
            if got == 0 { break }
            content.append(contentsOf: chunk[..<got])
        }
        if case .whole(let limit) = amount, content.count > limit {
            throw fail(.tooLarge, "grew past the limit of \(limit) bytes while being read")
        }
        return content
    }

    static func open<Path: Collection<UInt8>>(_ path: Path, at directory: Int32, flags: Int32) -> Int32 {
        openat(directory, cPath(path), flags)
    }

    static func open(_ path: String, at directory: Int32, flags: Int32) -> Int32 {
        openat(directory, path, flags)
    }

    /// NUL-terminated bytes, which Swift passes to C as `const char *`.
    static func cPath<Path: Collection<UInt8>>(_ path: Path) -> [CChar] {
        var characters = path.map { CChar(bitPattern: $0) }
        characters.append(0)
        return characters
    }

    static func errorText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}
