import Foundation
import Testing
@testable import ModuleSources

@Suite(.enabled(if: DirHashOracle.isAvailable, "skipped: python3 or shared/tools/go-oracle/dirhash.py not found"))
struct DirHashTests {
    /// Generated modules: random names (nested directories, names that sort differently as bytes and as
    /// Unicode), random sizes including empty files; the zip, the extracted tree and the go.mod hashed
    /// by Swift and by dirhash.py must agree.
    @Test(arguments: 0..<6)
    func matchesTheOracle(seed: Int) throws {
        var random = SplitMix(state: UInt64(seed) &* 7919)
        let scratch = try ScratchDirectory()
        let prefix = "example.com/Gen\(seed)@v1.\(seed).0"
        let stems = ["a.go", "B.go", "z/x.go", "z/Y/é.txt", "go.mod", "LICENSE", "sub/dir/file-1", "sub-dir/f", "sub.go", "ü.go"]
        var files: [(String, [UInt8])] = []
        for stem in stems.shuffled(using: &random).prefix(Int.random(in: 3...stems.count, using: &random)) {
            let size = [0, 1, 100, 70_000].randomElement(using: &random) ?? 0
            files.append(("\(prefix)/\(stem)", (0..<size).map { _ in UInt8.random(in: 0...255, using: &random) }))
        }
        let zip = try scratch.zip("m.zip", files)
        for (name, content) in files { try scratch.write("tree/" + String(name.dropFirst(prefix.count + 1)), content) }
        let gomod = Array("module example.com/gen\n\ngo 1.21\n".utf8)
        try scratch.write("go.mod", gomod)

        let program = """
        import sys, dirhash
        print(dirhash.hash_zip(sys.argv[1]))
        print(dirhash.hash_dir(sys.argv[2], sys.argv[3]))
        print(dirhash.hash_gomod(open(sys.argv[4], "rb").read()))
        """
        let oracle = try #require(DirHashOracle.python(["-c", program, zip.path, scratch.url.appendingPathComponent("tree").path, prefix, scratch.url.appendingPathComponent("go.mod").path]))
        let expected = oracle.split(separator: "\n").map(String.init)
        #expect(expected.count == 3)
        #expect(try ModuleZip(url: zip).hash1() == expected.first)
        #expect(try DirHash.hashDirectory(scratch.url.appendingPathComponent("tree"), prefix: prefix) == expected.dropFirst().first)
        #expect(DirHash.goModHash(gomod) == expected.last)
    }

    @Test func emptyGoModHashIsTheKnownConstant() {
        #expect(DirHash.goModHash([]) == "h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=")
    }

    @Test func newlineInANameIsRefused() {
        #expect(throws: ModuleSourceError.self) { try DirHash.hash1([DirHash.FileDigest(name: "a\nb", content: [UInt8]())]) }
    }
}

@Suite(.enabled(if: DirHashOracle.isAvailable, "skipped: python3 not found"))
struct ModuleZipTests {
    let prefix = "example.com/m@v1.0.0/"

    private func zipError(_ files: [(String, [UInt8])]) throws -> String? {
        let scratch = try ScratchDirectory()
        let zip = try scratch.zip("m.zip", files)
        do {
            _ = try ModuleZip(url: zip).files(module: "example.com/m", version: "v1.0.0")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsAValidModule() throws {
        let scratch = try ScratchDirectory()
        let zip = try scratch.zip("m.zip", [(prefix + "go.mod", Array("module example.com/m\n".utf8)), (prefix + "m.go", Array("package m\n".utf8))])
        let files = try ModuleZip(url: zip).files(module: "example.com/m", version: "v1.0.0")
        #expect(files.map(\.name) == ["go.mod", "m.go"])
        #expect(files.last?.content == Array("package m\n".utf8))
    }

    @Test func refusesZipSlip() throws {
        #expect(try zipError([(prefix + "../../etc/passwd", [1])])?.contains("invalid path element") == true)
        #expect(try zipError([("/etc/passwd", [1])])?.contains("unexpected file name /etc/passwd") == true)
    }

    @Test func refusesDuplicates() throws {
        #expect(try zipError([(prefix + "a.go", [1]), (prefix + "a.go", [2])])?.contains("multiple entries for file \"a.go\"") == true)
        #expect(try zipError([(prefix + "a.go", [1]), (prefix + "A.go", [2])])?.contains("case-insensitive file name collision") == true)
    }

    @Test func refusesTruncatedAndCorruptZips() throws {
        let scratch = try ScratchDirectory()
        let zip = try scratch.zip("m.zip", [(prefix + "m.go", Array(repeating: 7, count: 5000))])
        let bytes = try [UInt8](Data(contentsOf: zip))
        let truncated = try scratch.write("t.zip", Array(bytes.prefix(bytes.count - 30)))
        #expect(throws: ModuleSourceError.self) { try ModuleZip(url: truncated).hash1() }
        var corrupt = bytes
        corrupt[60] ^= 0xff
        let damaged = try scratch.write("c.zip", corrupt)
        #expect(throws: ModuleSourceError.self) { try ModuleZip(url: damaged).hash1() }
        let notAZip = try scratch.write("n.zip", "hello")
        #expect(throws: ModuleSourceError.self) { try ModuleZip(url: notAZip) }
    }
}
