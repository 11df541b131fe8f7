import Foundation
import Git
import Plumbline
import Testing

/// The working tree, the index and a revision are three different snapshots; each scan must see its own.
@Suite("Snapshot modes")
struct SnapshotModeTests {
    /// A repository whose HEAD, index and working tree hold three different go.mod files.
    static func layeredRepository() -> String {
        let root = Support.temporaryDirectory("layered")
        Support.git(["init", "-q"], in: root)
        Support.write(["go.mod": "module example.com/layered\n\ngo 1.20\n"], under: root)
        Support.git(["add", "go.mod"], in: root)
        Support.git(["commit", "-q", "-m", "committed"], in: root)
        Support.write(["go.mod": "module example.com/layered\n\ngo 1.21\n"], under: root)
        Support.git(["add", "go.mod"], in: root)
        Support.write(["go.mod": "module example.com/layered\n\ngo 1.22\n", "extra/go.mod": "module example.com/extra\n"], under: root)
        return root
    }

    static func goLines(_ path: String, _ mode: SourceMode) throws -> [String?] {
        let input = try ScanInput.load(path: path, mode: mode)
        return Support.scanInput(input).modules.map(\.go)
    }

    @Test func eachModeSeesItsOwnContent() throws {
        let root = Self.layeredRepository()
        #expect(try Self.goLines(root, .revision("HEAD")) == ["1.20"])
        #expect(try Self.goLines(root, .index) == ["1.21"])
        // The working tree also sees the untracked module.
        #expect(try Self.goLines(root, .workingTree) == [nil, "1.22"])
    }

    @Test func sourceInfoNamesTheMode() throws {
        let root = Self.layeredRepository()
        let revision = try ScanInput.load(path: root, mode: .revision("HEAD"))
        #expect(revision.source.kind == .revision)
        #expect(revision.source.revision == "HEAD")
        #expect(revision.source.headCommit?.count == 40)
        #expect(try ScanInput.load(path: root, mode: .index).source.kind == .index)
        #expect(try ScanInput.load(path: root, mode: .workingTree).source.branch == "main")
    }

    /// A directory the enclosing repository ignores (a vendored toolchain under a virtualenv, a build
    /// output) is empty to a working-tree scan: the scan says so instead of passing silently.
    @Test func anIgnoredDirectoryIsReportedNotSilentlyEmpty() throws {
        let root = Support.temporaryDirectory("ignored-dir")
        Support.git(["init", "-q"], in: root)
        Support.write([".gitignore": "build/\n", "build/tool/go.mod": "module example.com/tool\n\ngo 1.23\n"], under: root)
        let report = Support.scanDirectory(root + "/build/tool")
        #expect(report.modules.isEmpty)
        #expect(report.notifications.contains { $0.level == .warning && $0.message.hasPrefix("build/tool is ignored by the git repository at ") })
        // Scanning the repository itself is not affected: the ignored tree is simply not part of it.
        #expect(!Support.scanDirectory(root).notifications.contains { $0.message.contains("is ignored by the git repository") })
    }

    /// `--staged` reads the staged configuration; one only in the working tree is named, not silently skipped.
    @Test func anUnstagedConfigurationIsNamed() throws {
        let root = Support.temporaryDirectory("unstaged-config")
        Support.git(["init", "-q"], in: root)
        Support.write(["go.mod": "module example.com/m\n\ngo 1.26\n"], under: root)
        Support.git(["add", "go.mod"], in: root)
        #expect(!Support.scanDirectory(root, mode: .index).notifications.contains { $0.message.contains("not in the index") })
        Support.write([".plumbline.yaml": "rules:\n  disable: [PLB-SC-025]\n"], under: root)
        let staged = Support.scanDirectory(root, mode: .index)
        #expect(staged.notifications.contains { $0.level == .note && $0.message.hasPrefix(".plumbline.yaml exists in the working tree but not in the index") })
        #expect(!Support.scanDirectory(root, mode: .workingTree).notifications.contains { $0.message.contains("not in the index") })
        Support.git(["add", ".plumbline.yaml"], in: root)
        #expect(!Support.scanDirectory(root, mode: .index).notifications.contains { $0.message.contains("not in the index") })
    }

    @Test func aPlainDirectoryIsScannedAsFiles() throws {
        let root = Support.temporaryDirectory("plain")
        Support.write(["go.mod": "module example.com/plain\n\ngo 1.23\n"], under: root)
        let input = try ScanInput.load(path: root, mode: .workingTree)
        #expect(input.source.kind == .directory)
        #expect(Support.scanInput(input).modules.map(\.path) == ["example.com/plain"])
    }

    /// Past 256 wanted files, blobs are read on two threads with two repository handles.
    @Test func manyFilesAreReadWholeOnTwoThreads() throws {
        let root = Support.temporaryDirectory("many")
        var files = ["go.mod": "module example.com/many\n\ngo 1.22\n"]
        for index in 0..<300 { files["pkg\(index % 7)/file\(index).go"] = "package pkg\(index % 7)\n\n// file \(index)\n" }
        Support.write(files, under: root)
        Support.git(["init", "-q"], in: root)
        Support.git(["add", "-A"], in: root)
        Support.git(["commit", "-q", "-m", "many"], in: root)
        let input = try ScanInput.load(path: root, mode: .revision("HEAD"))
        #expect(input.files.count == 301)
        #expect(input.unreadable.isEmpty)
        for (path, content) in files { #expect(input.files[path] == Array(content.utf8), "\(path)") }
    }

    @Test func wasmIsFoundByItsMagicWithoutAnExtension() throws {
        let root = Support.temporaryDirectory("sniff")
        try FileManager.default.copyItem(atPath: Support.fixtures + "/wasm/valid/go-js.wasm", toPath: root + "/plugin")
        Support.write(["LICENSE": "text\n", "Makefile": "all:\n"], under: root)
        let input = try ScanInput.load(path: root, mode: .workingTree)
        #expect(input.files.keys.sorted() == ["plugin"])
        #expect(Support.scanInput(input).findings.map(\.ruleID).contains("PLB-WASM-004"))
    }

    @Test func modulesUnderVendorAndTestdataAreNotModulesOfTheRepository() {
        let report = Support.scan([
            "go.mod": "module example.com/m\n\ngo 1.22\n",
            "vendor/example.com/dep/go.mod": "module example.com/dep\n",
            "pkg/testdata/sample/go.mod": "module example.com/sample\n",
            "tools/go.mod": "module example.com/m/tools\n\ngo 1.22\n",
        ])
        #expect(report.modules.map(\.file) == ["go.mod", "tools/go.mod"])
    }
}

extension Support {
    static func scanInput(_ input: ScanInput) -> ScanReport {
        scan(input: input)
    }
}
