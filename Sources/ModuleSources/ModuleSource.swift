import Foundation

/// One place module content can come from, answering the module proxy protocol's questions. A missing
/// answer is nil ("not in this source"); a failure to read is an error.
public protocol ModuleSource: Sendable {
    /// How messages name the source: a directory or a URL.
    var name: String { get }
    /// A remote proxy is never asked about private modules (GOPRIVATE/GONOPROXY).
    var isRemote: Bool { get }
    /// `@v/list`: the known versions, one a line, as the source wrote them.
    func list(_ module: String) throws(ModuleSourceError) -> [String]?
    /// `@v/V.info`, raw JSON.
    func info(_ module: String, _ version: String) throws(ModuleSourceError) -> [UInt8]?
    /// `@v/V.mod`.
    func mod(_ module: String, _ version: String) throws(ModuleSourceError) -> [UInt8]?
    /// `@v/V.zip`, as a local file (a remote proxy's zip is first stored in its disk cache).
    func zip(_ module: String, _ version: String) throws(ModuleSourceError) -> URL?
}

/// A directory with the proxy layout `<escaped path>/@v/{list, V.info, V.mod, V.zip}`: a `file://` GOPROXY,
/// or the `cache/download` directory of a module cache.
public struct ProxyDirectorySource: ModuleSource {
    public let root: URL
    public var name: String { root.path }
    public var isRemote: Bool { false }

    public init(root: URL) {
        self.root = root
    }

    /// Where the proxy protocol puts `<module>/@v/<file>` under this root.
    public func fileURL(_ module: String, _ file: String) throws(ModuleSourceError) -> URL {
        root.appendingPathComponent(try ProxyEscaping.escapePath(module)).appendingPathComponent("@v").appendingPathComponent(file)
    }

    public func versionFileURL(_ module: String, _ version: String, _ suffix: String) throws(ModuleSourceError) -> URL {
        try fileURL(module, try ProxyEscaping.escapeVersion(version) + suffix)
    }

    public func list(_ module: String) throws(ModuleSourceError) -> [String]? {
        guard let bytes = try Self.read(try fileURL(module, "list")) else { return nil }
        return String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    public func info(_ module: String, _ version: String) throws(ModuleSourceError) -> [UInt8]? {
        try Self.read(try versionFileURL(module, version, ".info"))
    }

    public func mod(_ module: String, _ version: String) throws(ModuleSourceError) -> [UInt8]? {
        try Self.read(try versionFileURL(module, version, ".mod"))
    }

    public func zip(_ module: String, _ version: String) throws(ModuleSourceError) -> URL? {
        let url = try versionFileURL(module, version, ".zip")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// nil when the file does not exist; an error when it exists and cannot be read.
    static func read(_ url: URL) throws(ModuleSourceError) -> [UInt8]? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .unreadable(path: url.path, reason: "cannot read")
        }
        return Array(data)
    }
}

/// A module cache (`$GOMODCACHE` layout): the proxy tree under `cache/download`, the `.ziphash` files the
/// go command wrote when it downloaded, and the extracted `<escaped path>@<escaped version>/` trees.
public struct ModuleCacheSource: ModuleSource {
    public let root: URL
    public let download: ProxyDirectorySource
    public var name: String { root.path }
    public var isRemote: Bool { false }

    public init(root: URL) {
        self.root = root
        download = ProxyDirectorySource(root: root.appendingPathComponent("cache").appendingPathComponent("download"))
    }

    public func list(_ module: String) throws(ModuleSourceError) -> [String]? { try download.list(module) }
    public func info(_ module: String, _ version: String) throws(ModuleSourceError) -> [UInt8]? { try download.info(module, version) }
    public func mod(_ module: String, _ version: String) throws(ModuleSourceError) -> [UInt8]? { try download.mod(module, version) }
    public func zip(_ module: String, _ version: String) throws(ModuleSourceError) -> URL? { try download.zip(module, version) }

    /// Where the zip of `module@version` is or would be.
    public func zipURL(_ module: String, _ version: String) throws(ModuleSourceError) -> URL {
        try download.versionFileURL(module, version, ".zip")
    }

    /// Where the `.ziphash` is or would be.
    public func zipHashURL(_ module: String, _ version: String) throws(ModuleSourceError) -> URL {
        try download.versionFileURL(module, version, ".ziphash")
    }

    /// Where the extracted tree is or would be.
    public func extractedDirectory(_ module: String, _ version: String) throws(ModuleSourceError) -> URL {
        root.appendingPathComponent(try ProxyEscaping.escapePath(module) + "@" + (try ProxyEscaping.escapeVersion(version)))
    }
}
