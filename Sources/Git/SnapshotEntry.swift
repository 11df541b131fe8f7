/// One file of a snapshot. Its content is read on demand through the `SnapshotReader`
/// that produced it.
public struct SnapshotEntry: Sendable, Hashable {
    /// Repository-relative path with `/` separators (relative to `Snapshot.rootPath`).
    /// Bytes that are not valid UTF-8 are replaced by U+FFFD; reading still uses the raw bytes.
    public let path: String
    /// File, executable, symlink or submodule.
    public let kind: EntryKind
    /// The size in bytes when it was known without reading: from `lstat` for files on disk and
    /// from the index entry in index mode; `nil` in revision mode and for submodules.
    public let size: Int?

    /// Where the content lives.
    let locator: Locator

    init(path: String, kind: EntryKind, size: Int?, locator: Locator) {
        self.path = path
        self.kind = kind
        self.size = size
        self.locator = locator
    }

    /// A file under the snapshot root, named by its raw relative path bytes.
    init(onDisk raw: [UInt8], kind: EntryKind, size: Int) {
        let path = String(decoding: raw, as: UTF8.self)
        let repaired = !path.utf8.elementsEqual(raw)
        self.init(path: path, kind: kind, size: size, locator: .file(rawPath: repaired ? raw : nil))
    }

    /// Paths compare as bytes: NFC and NFD spellings of a name are different files.
    public static func == (lhs: SnapshotEntry, rhs: SnapshotEntry) -> Bool {
        PathOrder.same(lhs.path, rhs.path) && lhs.kind == rhs.kind && lhs.size == rhs.size
            && lhs.locator == rhs.locator
    }

    /// Hashes the path's bytes, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path.utf8.count)
        let hashedContiguously = path.utf8.withContiguousStorageIfAvailable { bytes in
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        } != nil
        if !hashedContiguously {
            for byte in path.utf8 { hasher.combine(byte) }
        }
        hasher.combine(kind)
        hasher.combine(size)
        hasher.combine(locator)
    }
}

/// Where an entry's content comes from.
enum Locator: Sendable, Hashable {
    /// A blob in the object database.
    case blob(ObjectID)
    /// A submodule commit; it has no content in this repository.
    case gitlink(ObjectID)
    /// A file under the snapshot root. `rawPath` holds the exact relative path bytes
    /// only when they differ from the entry's (repaired) UTF-8 path.
    case file(rawPath: [UInt8]?)
}
