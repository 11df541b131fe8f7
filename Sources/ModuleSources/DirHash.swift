import Crypto
import Foundation

/// The go command's dirhash `Hash1` (golang.org/x/mod/sumdb/dirhash): the SHA-256 of a summary listing
/// each file's SHA-256 (hex) and name, sorted by name bytes, as `h1:` + base64.
public enum DirHash {
    /// One file's contribution: its name as hashed and the SHA-256 of its content.
    public struct FileDigest: Sendable {
        public var name: String
        public var digest: [UInt8]

        public init(name: String, digest: [UInt8]) {
            self.name = name
            self.digest = digest
        }

        public init(name: String, content: some DataProtocol) {
            self.init(name: name, digest: Array(SHA256.hash(data: content)))
        }
    }

    public static func hash1(_ files: [FileDigest]) throws(ModuleSourceError) -> String {
        let sorted = files.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        var summary = SHA256()
        for file in sorted {
            // A newline in a name would make the summary ambiguous; the go command refuses it too.
            if file.name.contains("\n") { throw .invalidZip("dirhash: filenames with newlines are not supported") }
            let line = hex(file.digest) + "  " + file.name + "\n"
            summary.update(data: Array(line.utf8))
        }
        return "h1:" + Data(summary.finalize()).base64EncodedString()
    }

    /// The `/go.mod` line's hash: the file is named `go.mod` alone, so equal bytes hash equally everywhere.
    public static func goModHash(_ content: some DataProtocol) -> String {
        // One fixed name without a newline: hash1 cannot fail here.
        (try? hash1([FileDigest(name: "go.mod", content: content)])) ?? ""
    }

    /// `HashDir(dir, prefix)`: every regular file below `directory` (symbolic links are read through, as
    /// the go command opens them), named `prefix/relative/path`.
    public static func hashDirectory(_ directory: URL, prefix: String) throws(ModuleSourceError) -> String {
        try hash1(directoryDigests(directory, prefix: prefix))
    }

    static func directoryDigests(_ directory: URL, prefix: String) throws(ModuleSourceError) -> [FileDigest] {
        let root = directory.standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw .unreadable(path: root, reason: "no such file or directory")
        }
        guard isDirectory.boolValue else { throw .unreadable(path: root, reason: "not a directory") }
        guard let walker = FileManager.default.enumerator(atPath: root) else {
            throw .unreadable(path: root, reason: "cannot list the directory")
        }
        var digests: [FileDigest] = []
        while let relative = walker.nextObject() as? String {
            let full = root + "/" + relative
            if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { continue }
            digests.append(FileDigest(name: prefix + "/" + relative, digest: try fileDigest(atPath: full)))
        }
        return digests
    }

    /// SHA-256 of a file read in chunks, so large files are never held whole.
    static func fileDigest(atPath path: String) throws(ModuleSourceError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "cannot open")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(data: chunk)
            }
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
        return Array(hasher.finalize())
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
