import Foundation
import Testing
@testable import Git

/// Symlinks are listed and read as link text; nothing is ever read through one.
@Suite struct SymlinkSafetyTests {
    @Test func linksOutsideTheRepositoryReadAsLinkTextInEveryMode() throws {
        let repo = try LayeredRepository.make()
        for mode in [SourceMode.workingTree, .index, .revision("HEAD")] {
            let reader = try SnapshotReader.open(path: repo.path, mode: mode)
            #expect(try reader.text("link-passwd") == "../../etc/passwd")
            #expect(try reader.text("link-abs") == "/etc/passwd")
            #expect(try reader.text("linkdir") == "sub")
            #expect(!reader.snapshot.paths.contains { $0.hasPrefix("linkdir/") })
        }
    }

    @Test func trackedFileBehindASymlinkedParentIsAbsent() throws {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.write("repo/dir/file.txt", "inside\n")
        try fixture.git("add", "-A", in: "repo")
        try fixture.git("commit", "-q", "-m", "one", in: "repo")
        try fixture.write("outside/file.txt", "outside secret\n")
        try fixture.remove("repo/dir")
        try fixture.symlink("repo/dir", to: fixture.path("outside"))
        let reader = try SnapshotReader.open(path: fixture.path("repo"), mode: .workingTree)
        #expect(reader.snapshot.paths == ["dir"])
        #expect(reader.snapshot.kind(of: "dir") == .symlink)
        #expect(try reader.text("dir") == fixture.path("outside"))
    }

    @Test func readRefusesAParentSwappedForASymlinkAfterListing() throws {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.write("repo/dir/file.txt", "inside\n")
        try fixture.write("outside/file.txt", "outside secret\n")
        let reader = try SnapshotReader.open(path: fixture.path("repo"), mode: .workingTree)
        let entry = try #require(reader.snapshot.entry(at: "dir/file.txt"))
        try fixture.remove("repo/dir")
        try fixture.symlink("repo/dir", to: fixture.path("outside"))
        #expect(throws: SourceError(kind: .notAFile, path: "dir/file.txt",
                                    message: "a parent directory is now a symlink or not a directory")) {
            try reader.read(entry, limit: 1000)
        }
    }

    @Test func readRefusesAFileSwappedForASymlinkAfterListing() throws {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.write("repo/go.mod", "module m\n")
        let reader = try SnapshotReader.open(path: fixture.path("repo"), mode: .workingTree)
        let entry = try #require(reader.snapshot.entry(at: "go.mod"))
        try fixture.remove("repo/go.mod")
        try fixture.symlink("repo/go.mod", to: "/etc/passwd")
        #expect(throws: SourceError(kind: .notAFile, path: "go.mod", message: "is now a symbolic link")) {
            try reader.read(entry, limit: 1000)
        }
        #expect(throws: SourceError.self) { try reader.readPrefix(entry, count: 10) }
    }

    @Test func symlinkSwappedForAFileIsNotReadAsLinkText() throws {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.symlink("repo/link", to: "target")
        let reader = try SnapshotReader.open(path: fixture.path("repo"), mode: .workingTree)
        let entry = try #require(reader.snapshot.entry(at: "link"))
        #expect(entry.kind == .symlink)
        try fixture.remove("repo/link")
        try fixture.write("repo/link", "plain\n")
        #expect(throws: SourceError(kind: .notAFile, path: "link", message: "is no longer a symbolic link")) {
            try reader.read(entry, limit: 1000)
        }
    }
}
