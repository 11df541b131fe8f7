import Foundation
import Testing
@testable import Git

/// A directory outside any repository is listed as plain files.
@Suite struct DirectorySnapshotTests {
    @Test func listsFilesWithoutFollowingSymlinks() throws {
        let fixture = try Fixture()
        try fixture.write("plain/go.mod", "module plain\n")
        try fixture.write("plain/cmd/main.go", "package main\n")
        try fixture.write("plain/run.sh", "#!/bin/sh\n", executable: true)
        try fixture.write("elsewhere/secret.txt", "secret\n")
        try fixture.symlink("plain/passwd", to: "../../etc/passwd")
        try fixture.symlink("plain/absolute", to: "/etc/passwd")
        try fixture.symlink("plain/linked-dir", to: fixture.path("elsewhere"))
        let reader = try SnapshotReader.open(path: fixture.path("plain"), mode: .workingTree)
        let snapshot = reader.snapshot
        #expect(snapshot.origin == .directory)
        #expect(snapshot.repository == nil)
        #expect(snapshot.rootPath == fixture.path("plain"))
        #expect(snapshot.scanPrefix == "")
        #expect(snapshot.paths == ["absolute", "cmd/main.go", "go.mod", "linked-dir", "passwd", "run.sh"])
        #expect(snapshot.entries.map(\.kind) == [.symlink, .file, .file, .symlink, .symlink, .executable])
        #expect(snapshot.entry(at: "go.mod")?.size == 13)
        #expect(try reader.text("go.mod") == "module plain\n")
        #expect(try reader.text("passwd") == "../../etc/passwd")
        #expect(try reader.text("linked-dir") == fixture.path("elsewhere"))
    }

    @Test func entriesAreSortedBytewiseAndNormalizationFormsStayDistinct() throws {
        let fixture = try Fixture()
        for name in ["aB", "a/b", "a.b", "a-b", "Z", "caf\u{E9}", "cafe\u{301}"] {
            try fixture.write("plain/\(name)", name)
        }
        let reader = try SnapshotReader.open(path: fixture.path("plain"), mode: .workingTree)
        #expect(reader.snapshot.paths.map { Array($0.utf8) } ==
                ["Z", "a-b", "a.b", "a/b", "aB", "cafe\u{301}", "caf\u{E9}"].map { Array($0.utf8) })
        #expect(try reader.text("caf\u{E9}") == "caf\u{E9}")
        let decomposed = try #require(reader.snapshot.entries.last { $0.path.utf8.count == 6 })
        #expect(String(decoding: try reader.read(decomposed, limit: 100), as: UTF8.self).utf8.count == 6)
    }

    @Test func nestedGitMetadataIsSkipped() throws {
        let fixture = try Fixture()
        try fixture.write("plain/a.txt", "a\n")
        try fixture.write("plain/.git/HEAD", "not really a repository\n")
        let snapshot = try SnapshotReader.open(path: fixture.path("plain"), mode: .workingTree).snapshot
        #expect(snapshot.paths == ["a.txt"])
        #expect(snapshot.notices == ["skipped nested repository metadata .git"])
    }
}
