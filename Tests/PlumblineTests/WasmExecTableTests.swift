import Foundation
import Plumbline
import Testing

/// The shipped `wasm_exec.js` table: which Go release a glue file is, and whether it suits a build.
@Suite("wasm_exec.js table")
struct WasmExecTableTests {
    static let table = Support.shipped.tables.wasmExec

    static func fixture(_ release: String) throws -> [UInt8] {
        let path = Support.fixtures + "/wasm/exec-js/go\(release)/wasm_exec.js"
        return [UInt8](try #require(FileManager.default.contents(atPath: path)))
    }

    @Test func shippedTableHasOneRowPerDistinctCopy() {
        #expect(Self.table.copies.count == 2)
        #expect(Self.table.copies.map(\.home) == ["misc/wasm", "lib/wasm"])
        #expect(Self.table.copies.allSatisfy { $0.abi == "gojs" })
        #expect(Self.table.copies.first?.releases.first == "1.21.13")
        #expect(Self.table.copies.last?.releases.last == "1.27.3")
        #expect(Self.table.copies.last?.releases.count == 19)
    }

    @Test(arguments: [("1.23.9", "1.21.13"), ("1.27.3", "1.24.3")])
    func committedFixtureIsRecognisedExactly(release: String, oldest: String) throws {
        let found = try #require(Self.table.identify(try Self.fixture(release)))
        #expect(found.match == .exact)
        #expect(found.copy.releases.contains(release))
        #expect(found.copy.releases.first == oldest)
    }

    @Test func crlfAndTrailingWhitespaceStillMatchAfterNormalising() throws {
        let original = String(decoding: try Self.fixture("1.27.3"), as: UTF8.self)
        let edited = "\u{FEFF}" + original.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0 + "  " }.joined(separator: "\r\n") + "\r\n\r\n"
        let found = try #require(Self.table.identify(Array(edited.utf8)))
        #expect(found.match == .normalised)
        #expect(found.copy.releases.last == "1.27.3")
    }

    @Test func editedCodeIsNoKnownCopy() throws {
        var bytes = try Self.fixture("1.27.3")
        bytes += Array("globalThis.patched = true;\n".utf8)
        #expect(Self.table.identify(bytes) == nil)
        #expect(Self.table.identify([]) == nil)
    }

    @Test(arguments: [
        ("1.27.3", "1.27.3", true as Bool?),   // the release itself
        ("1.27.3", "1.27.9", true),            // an unlisted patch of a listed minor line
        ("1.27.3", "1.23.9", false),           // a listed minor line shipped the other copy
        ("1.23.9", "1.27.3", false),
        ("1.23.9", "1.21.0", true),
        ("1.27.3", "1.20.14", nil),            // the table knows no 1.20 copy
        ("1.27.3", "1.28.0", nil),
        ("1.27.3", "not-a-version", nil),
    ])
    func buildMatchRule(glue: String, build: String, expected: Bool?) throws {
        let copy = try #require(Self.table.identify(try Self.fixture(glue)))
        #expect(Self.table.matches(releases: copy.copy.releases, build: build) == expected)
    }

    @Test func malformedTableNamesTheLineAndColumn() {
        let yaml = "copies:\n  - sha256: abc\n    normalized_sha256: abc\n    home: lib/wasm\n    abi: gojs\n    releases: [\"1.27.3\"]\n"
        #expect(throws: DefinitionError.self) { try WasmExecTable(bytes: Array(yaml.utf8), path: "t.yaml") }
        do {
            _ = try WasmExecTable(bytes: Array(yaml.utf8), path: "t.yaml")
        } catch {
            #expect(error.location == SourceLocation(path: "t.yaml", line: 2, column: 13))
            #expect(error.message.contains("64 lowercase hex"))
        }
    }

    @Test func unknownHomeAndBadReleaseAreRejected() {
        let sha = String(repeating: "a", count: 64)
        let badHome = "copies:\n  - sha256: \(sha)\n    normalized_sha256: \(sha)\n    home: src/wasm\n    abi: gojs\n    releases: [\"1.27.3\"]\n"
        let badRelease = "copies:\n  - sha256: \(sha)\n    normalized_sha256: \(sha)\n    home: lib/wasm\n    abi: gojs\n    releases: [\"latest\"]\n"
        #expect(throws: DefinitionError.self) { try WasmExecTable(bytes: Array(badHome.utf8), path: "t.yaml") }
        #expect(throws: DefinitionError.self) { try WasmExecTable(bytes: Array(badRelease.utf8), path: "t.yaml") }
    }

    @Test func scanNamesTheGlueReleaseAndFindsItServedFromAnotherFolder() throws {
        let module = [UInt8](try #require(FileManager.default.contents(atPath: Support.fixtures + "/wasm/valid/go-js.wasm")))
        let files = ["static/app.wasm": module, "web/wasm_exec.js": try Self.fixture("1.23.9")]
        let report = Support.scan(bytes: files)
        let ids = report.findings.map(\.ruleID)
        #expect(!ids.contains("PLB-WASM-004"))
        let mismatch = try #require(report.findings.first { $0.ruleID == "PLB-WASM-012" })
        #expect(mismatch.message.contains("Go 1.27.3"))
        #expect(mismatch.message.contains("web/wasm_exec.js"))
        #expect(mismatch.message.contains("1.21.13, 1.22.10, 1.23.1"))
    }
}
