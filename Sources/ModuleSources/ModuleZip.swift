import Crypto
import Foundation
import GoModules
import ZIPFoundation

/// A module zip, opened and checked against the go command's limits before any content is read.
public struct ModuleZip {
    /// The go command's caps (golang.org/x/mod/zip): the zip file and its total uncompressed size, and the
    /// go.mod and LICENSE files at the module root.
    public static let maxZipFile: UInt64 = 500 << 20
    public static let maxGoMod: UInt64 = 16 << 20
    public static let maxLicense: UInt64 = 16 << 20

    public let location: String
    private let archive: Archive
    private let entries: [Entry]

    public init(url: URL) throws(ModuleSourceError) {
        location = url.path
        let size: UInt64
        do {
            size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.uint64Value ?? 0
        } catch {
            throw .unreadable(path: url.path, reason: "no such file or directory")
        }
        if size > Self.maxZipFile {
            throw .invalidZip("\(url.path): module zip is \(size) bytes, more than the limit of \(Self.maxZipFile)")
        }
        do {
            archive = try Archive(url: url, accessMode: .read, pathEncoding: .utf8)
        } catch {
            throw .invalidZip("\(url.path): not a valid zip file (truncated or corrupt: \(error))")
        }
        entries = Array(archive)
        var total: UInt64 = 0
        for entry in entries {
            total += entry.uncompressedSize
            if total > Self.maxZipFile {
                throw .invalidZip("\(url.path): total uncompressed size of module contents is more than the limit of \(Self.maxZipFile) bytes")
            }
        }
    }

    /// Entry names as stored, in zip order.
    public var names: [String] { entries.map { $0.path(using: .utf8) } }

    /// `HashZip`: every entry as stored, names with their `module@version/` prefix.
    public func hash1() throws(ModuleSourceError) -> String {
        var digests: [DirHash.FileDigest] = []
        for entry in entries {
            var hasher = SHA256()
            try read(entry) { hasher.update(data: $0) }
            digests.append(DirHash.FileDigest(name: entry.path(using: .utf8), digest: Array(hasher.finalize())))
        }
        return try DirHash.hash1(digests)
    }

    /// The files of `module@version`, names without the prefix, after the checks the go command makes when
    /// it extracts a module: every name inside the prefix and a valid file path (no `..`, no absolute
    /// path: no zip-slip), no duplicate or case-folded duplicate, go.mod and LICENSE within their caps.
    public func files(module: String, version: String) throws(ModuleSourceError) -> [(name: String, content: [UInt8])] {
        let prefix = module + "@" + version + "/"
        var seen: [String: String] = [:]
        var out: [(name: String, content: [UInt8])] = []
        for entry in entries {
            let stored = entry.path(using: .utf8)
            guard stored.hasPrefix(prefix) else {
                throw .invalidZip("\(location): unexpected file name \(stored)")
            }
            let name = String(stored.dropFirst(prefix.count))
            if entry.type == .directory || name.hasSuffix("/") { continue }
            if let error = ModulePath.checkFilePath(name) {
                throw .invalidZip("\(location): \(error.description)")
            }
            let folded = name.lowercased()
            if let earlier = seen[folded] {
                throw .invalidZip(earlier == name
                    ? "\(location): multiple entries for file \"\(name)\""
                    : "\(location): case-insensitive file name collision: \"\(earlier)\" and \"\(name)\"")
            }
            seen[folded] = name
            if (name == "go.mod" && entry.uncompressedSize > Self.maxGoMod) || (name == "LICENSE" && entry.uncompressedSize > Self.maxLicense) {
                throw .invalidZip("\(location): \(name) is \(entry.uncompressedSize) bytes, more than the limit of \(Self.maxGoMod)")
            }
            var content: [UInt8] = []
            content.reserveCapacity(Int(min(entry.uncompressedSize, 1 << 24)))
            try read(entry) { content.append(contentsOf: $0) }
            out.append((name, content))
        }
        return out
    }

    /// One entry's bytes, checked against its CRC and its declared size (a zip bomb cannot lie past it).
    private func read(_ entry: Entry, _ consume: (Data) -> Void) throws(ModuleSourceError) {
        var count: UInt64 = 0
        let declared = entry.uncompressedSize
        do {
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                count += UInt64(chunk.count)
                if count > declared { throw ZipContentTooLarge() }
                consume(chunk)
            }
            // Stored entries are not checked by the reader itself.
            if checksum != entry.checksum || count != declared { throw ZipChecksumMismatch() }
        } catch is ZipContentTooLarge {
            throw .invalidZip("\(location): \(entry.path(using: .utf8)) is larger than its declared size")
        } catch {
            throw .invalidZip("\(location): \(entry.path(using: .utf8)): corrupt zip entry (\(error))")
        }
    }
}

private struct ZipContentTooLarge: Error {}
private struct ZipChecksumMismatch: Error {}
