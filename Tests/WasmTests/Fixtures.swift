import Foundation
@testable import Wasm

/// Locates fixtures/wasm from this source file (through the scratch package's symlinks) and loads them.
enum Fixtures {
    static var root: String {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        url.deleteLastPathComponent()
        url.deleteLastPathComponent()
        return url.appendingPathComponent("fixtures/wasm").path
    }

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        let path = root + "/" + relativePath
        guard let data = FileManager.default.contents(atPath: path) else { throw FixtureMissing(path: path) }
        return [UInt8](data)
    }

    static func valid(_ name: String) throws -> WasmModule {
        try WasmModule.decode(try bytes("valid/" + name))
    }

    /// The file names in a fixture folder, sorted.
    static func names(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []
        return names.filter { $0.hasSuffix(".wasm") }.sorted()
    }

    struct FixtureMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "missing fixture \(path)" }
    }
}

extension WasmModule {
    /// `(module, name, kind)` triples, for compact comparisons.
    var importTriples: [String] { imports.map { "\($0.module) \($0.name) \($0.kind.rawValue)" } }
    /// `name kind` pairs.
    var exportPairs: [String] { exports.map { "\($0.name) \($0.kind.rawValue)" } }
}
