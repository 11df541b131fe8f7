import Foundation
import Testing
@testable import ModuleSources

struct ProxyEscapingTests {
    @Test func escapesCapitals() throws {
        #expect(try ProxyEscaping.escapePath("github.com/Azure/azure-sdk-for-go") == "github.com/!azure/azure-sdk-for-go")
        #expect(try ProxyEscaping.escapeVersion("v1.0.0-RC1") == "v1.0.0-!r!c1")
        #expect(try ProxyEscaping.unescapePath("github.com/!azure/azure-sdk-for-go") == "github.com/Azure/azure-sdk-for-go")
        #expect(try ProxyEscaping.unescapeVersion("v1.0.0-!r!c1") == "v1.0.0-RC1")
    }

    @Test func refusesWhatTheGoCommandRefuses() {
        #expect(throws: ModuleSourceError.self) { try ProxyEscaping.escapePath("github.com/a!b") }
        #expect(throws: ModuleSourceError.self) { try ProxyEscaping.escapePath("nodot/x") }
        #expect(throws: ModuleSourceError.self) { try ProxyEscaping.escapePath("example.com/../x") }
        #expect(throws: ModuleSourceError.self) { try ProxyEscaping.escapeVersion("v1!") }
        #expect(throws: ModuleSourceError.self) { try ProxyEscaping.unescapePath("github.com/Azure/x") }
        #expect(throws: ModuleSourceError.self) { try ProxyEscaping.unescapePath("github.com/!Azure/x") }
        #expect(throws: ModuleSourceError.self) { try ProxyEscaping.unescapePath("github.com/x!") }
        #expect(throws: ModuleSourceError.self) { try ProxyEscaping.unescapeVersion("v1.0.0-!1") }
    }
}

struct PrivateModulePatternsTests {
    @Test(arguments: [
        ("*.corp.example.com,rsc.io/private", "git.corp.example.com/x/y", true),
        ("*.corp.example.com,rsc.io/private", "rsc.io/private", true),
        ("*.corp.example.com,rsc.io/private", "rsc.io/private/sub", true),
        ("*.corp.example.com,rsc.io/private", "rsc.io/privateer", false),
        ("*.corp.example.com,rsc.io/private", "corp.example.com/x", false),
        ("example.com/*/b", "example.com/a/b/c", true),
        ("example.com/*/b", "example.com/a", false),
        ("example.com/", "example.com/a", true),
        (",,", "example.com/a", false),
        ("example.com/[ab]", "example.com/b/x", true),
        ("example.com/[^ab]", "example.com/b/x", false),
        ("example.com/[", "example.com/[", false),
        ("exa?ple.com", "example.com/x", true),
    ])
    func matchesPrefixes(globs: String, module: String, expected: Bool) {
        #expect(PrivateModulePatterns(globs).matches(module) == expected)
    }

    @Test func gonoproxyOverridesGoprivate() {
        #expect(PrivateModulePatterns(environment: ["GOPRIVATE": "a.com", "GONOPROXY": "b.com"]).globs == "b.com")
        #expect(PrivateModulePatterns(environment: ["GOPRIVATE": "a.com"]).globs == "a.com")
    }
}

struct ModuleSourceListTests {
    private func cacheWith(module: String, version: String, scratch: ScratchDirectory) throws -> URL {
        let root = scratch.url.appendingPathComponent("modcache")
        let escaped = try ProxyEscaping.escapePath(module)
        try scratch.write("modcache/cache/download/\(escaped)/@v/list", "\(version)\n")
        try scratch.write("modcache/cache/download/\(escaped)/@v/\(version).mod", "module \(module)\n")
        try scratch.write("modcache/cache/download/\(escaped)/@v/\(version).info", "{\"Version\":\"\(version)\"}")
        return root
    }

    @Test func readsAModuleCacheWithEscapedPaths() throws {
        let scratch = try ScratchDirectory()
        let root = try cacheWith(module: "example.com/Big", version: "v1.0.0", scratch: scratch)
        let list = ModuleSourceList(sources: [ModuleCacheSource(root: root)])
        #expect(list.mod("example.com/Big", "v1.0.0").value == Array("module example.com/Big\n".utf8))
        #expect(list.list("example.com/Big").value == ["v1.0.0"])
        if case .unknown(let isPrivate) = list.mod("example.com/other", "v1.0.0") { #expect(!isPrivate) } else { Issue.record("expected unknown") }
        if case .failed = list.mod("nodot", "v1.0.0") {} else { Issue.record("expected an escaping failure") }
    }

    @Test func fileProxyTreeAndOrder() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("proxy/example.com/a/@v/v1.0.0.mod", "module example.com/a // proxy\n")
        let root = try cacheWith(module: "example.com/a", version: "v1.0.0", scratch: scratch)
        let list = try ModuleSourceList.parse(["file://" + scratch.url.appendingPathComponent("proxy").path, root.path], environment: [:])
        guard case .found(let bytes, let source) = list.mod("example.com/a", "v1.0.0") else {
            Issue.record("expected found")
            return
        }
        #expect(bytes == Array("module example.com/a // proxy\n".utf8))
        #expect(source.hasSuffix("/proxy"))
        // The proxy has no list for the module; the cache behind it does.
        #expect(list.list("example.com/a").value == ["v1.0.0"])
    }

    @Test func privateModulesAreNeverAskedOfARemoteProxy() throws {
        let scratch = try ScratchDirectory()
        // Port 9 on loopback: nothing listens; a request would fail, not hang. It must not be made at all.
        let list = try ModuleSourceList.parse(["http://127.0.0.1:9/"], environment: ["GOPRIVATE": "corp.example.com", "XDG_CACHE_HOME": scratch.url.path])
        guard case .unknown(let isPrivate) = list.mod("corp.example.com/x", "v1.0.0") else {
            Issue.record("expected unknown")
            return
        }
        #expect(isPrivate)
        if case .failed(let error) = list.mod("example.com/public", "v1.0.0") {
            #expect(error.description.contains("127.0.0.1:9"))
        } else {
            Issue.record("expected a network failure for a public module")
        }
    }

    @Test func autoFollowsTheGoCommandsOrder() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("gopath/pkg/mod/cache/download/x", "")
        try scratch.write("home/go/pkg/mod/cache/download/x", "")
        let gopath = scratch.url.appendingPathComponent("gopath").path
        let home = scratch.url.appendingPathComponent("home").path
        #expect(ModuleSourceList.autoModuleCache(environment: ["GOPATH": gopath, "HOME": home])?.path == gopath + "/pkg/mod")
        #expect(ModuleSourceList.autoModuleCache(environment: ["HOME": home])?.path == home + "/go/pkg/mod")
        #expect(ModuleSourceList.autoModuleCache(environment: ["GOMODCACHE": scratch.url.appendingPathComponent("missing").path, "HOME": home]) == nil)
        #expect(try ModuleSourceList.parse(["auto"], environment: [:]).sources.isEmpty)
        #expect(throws: ModuleSourceError.self) { try ModuleSourceList.parse(["ftp://x"], environment: [:]) }
        #expect(ModuleSourceList.diskCacheDirectory(environment: ["XDG_CACHE_HOME": "/c"]).path == "/c/plumbline")
    }
}
