import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A GOPROXY URL (`https://` or `http://`), the only source that touches the network. Every answer is
/// stored under the disk cache, keyed by proxy, module and version: `.info`, `.mod` and `.zip` never change
/// for a version and are kept for good, so a second run is offline; `list` is asked again once it is older
/// than `listLifetime`.
public struct HTTPProxySource: ModuleSource {
    public let base: URL
    public let cacheDirectory: URL
    public let timeout: TimeInterval
    public let listLifetime: TimeInterval
    public var name: String { base.absoluteString }
    public var isRemote: Bool { true }

    public init(base: URL, cacheDirectory: URL, timeout: TimeInterval = 30, listLifetime: TimeInterval = 3600) {
        self.base = base
        self.timeout = timeout
        self.listLifetime = listLifetime
        // One directory per proxy: two proxies need not agree on lists.
        let host = (base.host ?? "proxy") + (base.port.map { "_\($0)" } ?? "")
        let path = base.path.split(separator: "/").joined(separator: "_")
        self.cacheDirectory = cacheDirectory.appendingPathComponent("proxy").appendingPathComponent(path.isEmpty ? host : host + "_" + path)
    }

    public func list(_ module: String) throws(ModuleSourceError) -> [String]? {
        guard let bytes = try fetch(module, "list", immutable: false) else { return nil }
        return String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    public func info(_ module: String, _ version: String) throws(ModuleSourceError) -> [UInt8]? {
        try fetch(module, try ProxyEscaping.escapeVersion(version) + ".info", immutable: true)
    }

    public func mod(_ module: String, _ version: String) throws(ModuleSourceError) -> [UInt8]? {
        try fetch(module, try ProxyEscaping.escapeVersion(version) + ".mod", immutable: true)
    }

    public func zip(_ module: String, _ version: String) throws(ModuleSourceError) -> URL? {
        let file = try ProxyEscaping.escapeVersion(version) + ".zip"
        guard try fetch(module, file, immutable: true) != nil else { return nil }
        return try cachedURL(module, file)
    }

    private func cachedURL(_ module: String, _ file: String) throws(ModuleSourceError) -> URL {
        cacheDirectory.appendingPathComponent(try ProxyEscaping.escapePath(module)).appendingPathComponent("@v").appendingPathComponent(file)
    }

    /// The cached copy when it is still good, else the proxy's answer (then cached); nil for 404 and 410,
    /// the proxy protocol's "not here".
    private func fetch(_ module: String, _ file: String, immutable: Bool) throws(ModuleSourceError) -> [UInt8]? {
        let cached = try cachedURL(module, file)
        if let attributes = try? FileManager.default.attributesOfItem(atPath: cached.path),
           immutable || (attributes[.modificationDate] as? Date).map({ -$0.timeIntervalSinceNow < listLifetime }) ?? false,
           let data = FileManager.default.contents(atPath: cached.path) {
            return Array(data)
        }
        let url = base.appendingPathComponent(try ProxyEscaping.escapePath(module)).appendingPathComponent("@v").appendingPathComponent(file)
        guard let data = try Self.get(url, timeout: timeout) else { return nil }
        store(data, at: cached)
        return Array(data)
    }

    /// Written to a temporary name and renamed, so a reader never sees half a file. A cache that cannot be
    /// written only costs the next run a download.
    private func store(_ data: Data, at url: URL) {
        let directory = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard (try? data.write(to: temporary)) != nil else { return }
        _ = try? FileManager.default.removeItem(at: url)
        if (try? FileManager.default.moveItem(at: temporary, to: url)) == nil {
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    static func get(_ url: URL, timeout: TimeInterval) throws(ModuleSourceError) -> Data? {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = "GET"
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let response = HTTPResponse()
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, urlResponse, error in
            response.set(data: data, status: (urlResponse as? HTTPURLResponse)?.statusCode, error: error)
            done.signal()
        }
        task.resume()
        // The session's own timeout ends the task; the extra second only guards against a lost callback.
        if done.wait(timeout: .now() + timeout + 1) == .timedOut {
            task.cancel()
            throw .network(url: url.absoluteString, reason: "no answer within \(Int(timeout)) seconds")
        }
        let (data, status, error) = response.get()
        if let error { throw .network(url: url.absoluteString, reason: error.localizedDescription) }
        switch status {
        case 200: return data ?? Data()
        case 404, 410: return nil
        case let status?: throw .httpStatus(url: url.absoluteString, status: status)
        case nil: throw .network(url: url.absoluteString, reason: "no HTTP response")
        }
    }
}

/// The completion handler's result, handed across threads under a lock.
private final class HTTPResponse: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    private var status: Int?
    private var error: (any Error)?

    func set(data: Data?, status: Int?, error: (any Error)?) {
        lock.lock()
        defer { lock.unlock() }
        self.data = data
        self.status = status
        self.error = error
    }

    func get() -> (Data?, Int?, (any Error)?) {
        lock.lock()
        defer { lock.unlock() }
        return (data, status, error)
    }
}
