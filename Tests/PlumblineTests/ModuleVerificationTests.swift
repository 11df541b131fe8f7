import Foundation
import ModuleSources
import Testing
@testable import Plumbline

/// `go mod verify`'s checks without zips (the zip and tree cases run against the go command in
/// .ci/modverify-oracle.sh): go.mod hashes, the approximate build list, skipped modules.
struct ModuleVerificationTests {
    private let goMod = Array("module example.com/consumer\n\ngo 1.25.0\n\nrequire (\n\texample.com/a v1.1.0\n\texample.com/b v1.0.0\n)\n".utf8)

    private func cache(mods: [String: String]) throws -> (URL, ModuleSourceList) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("modverify-\(UUID().uuidString)")
        for (key, content) in mods {
            let parts = key.split(separator: "@").map(String.init)
            let file = root.appendingPathComponent("cache/download/\(parts[0])/@v/\(parts[1]).mod")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: file)
        }
        return (root, ModuleSourceList(sources: [ModuleCacheSource(root: root)]))
    }

    @Test func goModHashesAreCheckedAgainstGoSum() throws {
        let modA = "module example.com/a\n\ngo 1.21\n"
        let (root, sources) = try cache(mods: ["example.com/a@v1.1.0": modA, "example.com/b@v1.0.0": "module example.com/b\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let good = DirHash.goModHash(Array(modA.utf8))
        let wrong = "h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
        let goSum = "example.com/a v1.1.0/go.mod \(good)\nexample.com/b v1.0.0/go.mod \(wrong)\nexample.com/c v1.0.0/go.mod \(wrong)\n"
        let result = ModuleVerification.verify(try MainModuleGraph(goMod: goMod, goSum: Array(goSum.utf8), sources: sources), sources: sources)
        #expect(result.goModMismatches.map(\.module) == ["example.com/b"])
        #expect(result.goModMismatches.first?.goSum == wrong)
        #expect(result.goModMismatches.first?.computed == DirHash.goModHash(Array("module example.com/b\n".utf8)))
        #expect(result.goModMismatches.first?.source == root.path)
        #expect(!result.isVerified)
    }

    @Test func nothingDownloadedIsVerified() throws {
        let (root, sources) = try cache(mods: [:])
        defer { try? FileManager.default.removeItem(at: root) }
        let goSum = "example.com/a v1.0.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\nexample.com/a v1.2.0 h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\nexample.com/d v0.1.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"
        let result = ModuleVerification.verify(try MainModuleGraph(goMod: goMod, goSum: Array(goSum.utf8), sources: sources), sources: sources)
        // The build list comes from the requirement graph (MVS), not from go.sum: its extra a v1.2.0 and
        // d v0.1.0 lines select nothing.
        #expect(result.modules.map { "\($0.module) \($0.version)" } == ["example.com/a v1.1.0", "example.com/b v1.0.0"])
        #expect(result.modules.allSatisfy { !$0.wasDownloaded && $0.problems.isEmpty })
        #expect(result.isVerified)
    }

    @Test func anUnparsableGoModIsUnreadable() {
        #expect(throws: PlumblineError.self) {
            try MainModuleGraph(goMod: Array("module\n".utf8), goSum: nil, sources: ModuleSourceList(sources: []))
        }
    }
}
