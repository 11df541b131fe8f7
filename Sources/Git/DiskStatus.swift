#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// What `lstat` says about a path, without following a symlink at the end.
struct DiskStatus {
    enum Kind: Equatable {
        case regular(executable: Bool)
        case symlink
        case directory
        case other
    }

    let kind: Kind
    let size: Int

    init(_ status: stat) {
        switch status.st_mode & S_IFMT {
        case S_IFREG: kind = .regular(executable: status.st_mode & S_IXUSR != 0)
        case S_IFLNK: kind = .symlink
        case S_IFDIR: kind = .directory
        default: kind = .other
        }
        size = Int(status.st_size)
    }

    /// `lstat` of an absolute path given as bytes; `nil` when it does not exist or cannot be examined.
    static func examine(path bytes: [UInt8]) -> DiskStatus? {
        var status = stat()
        return lstat(NoFollowReader.cPath(bytes), &status) == 0 ? DiskStatus(status) : nil
    }
}

/// Examines paths under a root without ever passing through a symlinked directory.
///
/// A tracked `dir/file` whose `dir` has become a symlink must not be listed as if it still
/// lived in the repository, so every parent directory is checked with `lstat` once and cached.
struct NoFollowProbe {
    private let root: [UInt8]
    private var realDirectories: Set<[UInt8]> = [[]]
    private var otherDirectories: Set<[UInt8]> = []

    /// `root` is an absolute directory path without a trailing slash.
    init(root: [UInt8]) {
        self.root = root
    }

    /// The status of `relative` (a `/`-separated path) if it and all its parents exist and no
    /// parent is a symlink.
    mutating func status(of relative: [UInt8]) -> DiskStatus? {
        guard !relative.isEmpty else { return nil }
        let parent = relative.lastIndex(of: UInt8(ascii: "/")).map { Array(relative[..<$0]) } ?? []
        guard isRealDirectory(parent) else { return nil }
        return DiskStatus.examine(path: root + [UInt8(ascii: "/")] + relative)
    }

    private mutating func isRealDirectory(_ relative: [UInt8]) -> Bool {
        if realDirectories.contains(relative) { return true }
        if otherDirectories.contains(relative) { return false }
        let parent = relative.lastIndex(of: UInt8(ascii: "/")).map { Array(relative[..<$0]) } ?? []
        let isReal = isRealDirectory(parent)
            && DiskStatus.examine(path: root + [UInt8(ascii: "/")] + relative)?.kind == .directory
        if isReal { realDirectories.insert(relative) } else { otherDirectories.insert(relative) }
        return isReal
    }
}
