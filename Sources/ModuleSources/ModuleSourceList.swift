import Foundation

/// The module sources of one run, tried in order as the go command tries GOPROXY's list: a source that
/// does not have the answer passes to the next; a source that fails is remembered and the next is tried.
public struct ModuleSourceList: Sendable {
    public let sources: [any ModuleSource]
    public let privatePatterns: PrivateModulePatterns

    /// What the list knows about one question.
    public enum Answer<Value: Sendable>: Sendable {
        /// The first source that had it, and the answer.
        case found(Value, source: String)
        /// No source had it. `privateModule` when remote sources were not asked because the module
        /// matches GOPRIVATE/GONOPROXY.
        case unknown(privateModule: Bool)
        /// No source had it and at least one failed; the first failure.
        case failed(ModuleSourceError)

        public var value: Value? {
            if case .found(let value, _) = self { return value }
            return nil
        }
    }

    public init(sources: [any ModuleSource], privatePatterns: PrivateModulePatterns = PrivateModulePatterns("")) {
        self.sources = sources
        self.privatePatterns = privatePatterns
    }

    /// The module caches among the sources, in order.
    public var moduleCaches: [ModuleCacheSource] { sources.compactMap { $0 as? ModuleCacheSource } }

    /// Sources from `--modules` values: `auto`, a module cache directory, `file://DIR` (a proxy tree) or an
    /// `http(s)://` proxy URL. `off` contributes nothing.
    public static func parse(_ specs: [String], environment: [String: String]) throws(ModuleSourceError) -> ModuleSourceList {
        var sources: [any ModuleSource] = []
        for spec in specs {
            if spec == "off" { continue }
            if spec == "auto" {
                if let cache = autoModuleCache(environment: environment) { sources.append(ModuleCacheSource(root: cache)) }
            } else if spec.hasPrefix("file://") {
                let path = String(spec.dropFirst("file://".count))
                guard directoryExists(path) else { throw .unreadable(path: path, reason: "no such directory") }
                sources.append(ProxyDirectorySource(root: URL(fileURLWithPath: path)))
            } else if spec.hasPrefix("https://") || spec.hasPrefix("http://") {
                guard let url = URL(string: spec), url.host != nil else { throw .unsupportedSource(spec) }
                sources.append(HTTPProxySource(base: url, cacheDirectory: diskCacheDirectory(environment: environment)))
            } else if spec.contains("://") || spec.isEmpty {
                throw .unsupportedSource(spec)
            } else {
                guard directoryExists(spec) else { throw .unreadable(path: spec, reason: "no such directory") }
                sources.append(ModuleCacheSource(root: URL(fileURLWithPath: spec)))
            }
        }
        return ModuleSourceList(sources: sources, privatePatterns: PrivateModulePatterns(environment: environment))
    }

    /// `$GOMODCACHE`, else the first `$GOPATH` entry's `pkg/mod`, else `~/go/pkg/mod`: the first that is
    /// set, the go command's order; nil when that directory does not exist.
    public static func autoModuleCache(environment: [String: String]) -> URL? {
        let candidate: String?
        if let cache = environment["GOMODCACHE"], !cache.isEmpty {
            candidate = cache
        } else if let gopath = environment["GOPATH"]?.split(separator: ":").first, !gopath.isEmpty {
            candidate = String(gopath) + "/pkg/mod"
        } else if let home = environment["HOME"], !home.isEmpty {
            candidate = home + "/go/pkg/mod"
        } else {
            candidate = nil
        }
        guard let candidate, directoryExists(candidate) else { return nil }
        return URL(fileURLWithPath: candidate)
    }

    /// `$XDG_CACHE_HOME/plumbline`, else `~/.cache/plumbline`.
    public static func diskCacheDirectory(environment: [String: String]) -> URL {
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSTemporaryDirectory()) + "/.cache")
        return URL(fileURLWithPath: base).appendingPathComponent("plumbline")
    }

    private static func directoryExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    public func list(_ module: String) -> Answer<[String]> { ask(module) { (source: any ModuleSource) throws(ModuleSourceError) in try source.list(module) } }
    public func info(_ module: String, _ version: String) -> Answer<[UInt8]> { ask(module) { (source: any ModuleSource) throws(ModuleSourceError) in try source.info(module, version) } }
    public func mod(_ module: String, _ version: String) -> Answer<[UInt8]> { ask(module) { (source: any ModuleSource) throws(ModuleSourceError) in try source.mod(module, version) } }
    public func zip(_ module: String, _ version: String) -> Answer<URL> { ask(module) { (source: any ModuleSource) throws(ModuleSourceError) in try source.zip(module, version) } }

    private func ask<Value: Sendable>(_ module: String, _ question: (any ModuleSource) throws(ModuleSourceError) -> Value?) -> Answer<Value> {
        let isPrivate = privatePatterns.matches(module)
        var skippedRemote = false
        var firstFailure: ModuleSourceError?
        for source in sources {
            if isPrivate && source.isRemote {
                skippedRemote = true
                continue
            }
            do {
                if let value = try question(source) { return .found(value, source: source.name) }
            } catch {
                if firstFailure == nil { firstFailure = error }
            }
        }
        if let firstFailure { return .failed(firstFailure) }
        return .unknown(privateModule: skippedRemote)
    }
}
