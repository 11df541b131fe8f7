#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Lists a plain directory (not inside any repository) without following symlinks.
struct DirectoryLister {
    /// Deeper trees are cut off with a notice; without symlinks there are no cycles, so this
    /// only guards against pathological nesting and descriptor exhaustion.
    static let maximumDepth = 128

    private(set) var entries: [SnapshotEntry] = []
    private(set) var notices: [String] = []

    static func list(root: String) throws(SourceError) -> DirectoryLister {
        let descriptor = NoFollowReader.open(root, at: AT_FDCWD, flags: O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw SourceError(kind: .unreadable, path: root, message: NoFollowReader.errorText())
        }
        var lister = DirectoryLister()
        lister.walk(descriptor, relative: [], depth: 0)
        return lister
    }

    /// Takes ownership of `descriptor`.
    private mutating func walk(_ descriptor: Int32, relative: [UInt8], depth: Int) {
        guard let stream = fdopendir(descriptor) else {
            notices.append("skipped unreadable directory \(Self.display(relative)): \(NoFollowReader.errorText())")
            close(descriptor)
            return
        }
        defer { closedir(stream) }
        let streamDescriptor = dirfd(stream)
        while let item = readdir(stream) {
            let name: [UInt8] = withUnsafeBytes(of: item.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] || name.isEmpty {
                continue
            }
            let path = relative.isEmpty ? name : relative + [UInt8(ascii: "/")] + name
            var status = stat()
            let examined = fstatat(streamDescriptor, NoFollowReader.cPath(name), &status, AT_SYMLINK_NOFOLLOW)
            guard examined == 0 else {
                notices.append("skipped \(Self.display(path)): \(NoFollowReader.errorText())")
                continue
            }
            let disk = DiskStatus(status)
            switch disk.kind {
            case .directory:
                if name == Array(".git".utf8) {
                    notices.append("skipped nested repository metadata \(Self.display(path))")
                } else if depth + 1 >= Self.maximumDepth {
                    notices.append("skipped \(Self.display(path)): nested deeper than \(Self.maximumDepth) directories")
                } else {
                    let child = NoFollowReader.open(name, at: streamDescriptor,
                                                    flags: O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                    if child >= 0 {
                        walk(child, relative: path, depth: depth + 1)
                    } else {
                        notices.append("skipped unreadable directory \(Self.display(path)): \(NoFollowReader.errorText())")
                    }
                }
            case .regular(let executable):
                entries.append(SnapshotEntry(onDisk: path, kind: executable ? .executable : .file, size: disk.size))
            case .symlink:
                entries.append(SnapshotEntry(onDisk: path, kind: .symlink, size: disk.size))
            case .other:
                notices.append("skipped special file \(Self.display(path))")
            }
        }
    }

    private static func display(_ raw: [UInt8]) -> String {
        String(decoding: raw, as: UTF8.self)
    }
}
