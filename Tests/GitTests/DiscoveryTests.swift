import Foundation
import Testing
@testable import Git

/// How `open(path:mode:)` finds the repository and the scope for a path.
@Suite struct DiscoveryTests {
    @Test func subdirectoryLimitsEntriesButKeepsRepositoryRelativePaths() throws {
        let repo = try LayeredRepository.make()
        try repo.fixture.write("repo/sub/new.txt", "untracked in sub\n")
        try repo.fixture.write("repo/sub-sibling.txt", "outside the scope\n")
        let subdirectory = repo.path + "/sub"
        let expectations: [(SourceMode, [String])] = [
            (.workingTree, ["sub/new.txt", "sub/pkg/a.go"]),
            (.index, ["sub/pkg/a.go"]),
            (.revision("HEAD"), ["sub/pkg/a.go"]),
        ]
        for (mode, paths) in expectations {
            let reader = try SnapshotReader.open(path: subdirectory, mode: mode)
            #expect(reader.snapshot.scanPrefix == "sub/")
            #expect(reader.snapshot.rootPath == repo.path)
            #expect(reader.snapshot.paths == paths, "mode \(mode)")
            #expect(try reader.text("sub/pkg/a.go") == "package pkg\n")
        }
    }

    @Test func deeperSubdirectoryAndTrailingSlash() throws {
        let repo = try LayeredRepository.make()
        let reader = try SnapshotReader.open(path: repo.path + "/sub/pkg/", mode: .revision("HEAD"))
        #expect(reader.snapshot.scanPrefix == "sub/pkg/")
        #expect(reader.snapshot.paths == ["sub/pkg/a.go"])
    }

    @Test func subdirectoryMissingFromTheRevisionIsEmptyWithANotice() throws {
        let repo = try LayeredRepository.make()
        try repo.fixture.write("repo/fresh/file.txt", "new\n")
        let snapshot = try SnapshotReader.open(path: repo.path + "/fresh", mode: .revision("HEAD")).snapshot
        #expect(snapshot.paths == [])
        #expect(snapshot.notices == ["fresh/ does not exist in commit \(repo.headCommit)"])
    }

    @Test func symlinkedPathIsResolvedBeforeDiscovery() throws {
        let repo = try LayeredRepository.make()
        try repo.fixture.symlink("alias", to: repo.path + "/sub")
        let snapshot = try SnapshotReader.open(path: repo.fixture.path("alias"), mode: .index).snapshot
        #expect(snapshot.scanPrefix == "sub/")
        #expect(snapshot.paths == ["sub/pkg/a.go"])
    }

    @Test func gitDirectoryItselfScansTheWholeRepository() throws {
        let repo = try LayeredRepository.make()
        let snapshot = try SnapshotReader.open(path: repo.path + "/.git", mode: .revision("HEAD")).snapshot
        #expect(snapshot.scanPrefix == "")
        #expect(snapshot.paths == LayeredRepository.headPaths)
    }

    /// A linked worktree's git directory has no config of its own (it lives in the common
    /// directory); it must not be mistaken for a configless bare copy.
    @Test func linkedWorktreeIsAWorkingTree() throws {
        let repo = try LayeredRepository.make()
        try repo.fixture.git("worktree", "add", "-q", repo.fixture.path("linked"), "feature", in: "repo")
        try repo.fixture.write("linked/extra.txt", "only in the linked worktree\n")
        let reader = try SnapshotReader.open(path: repo.fixture.path("linked"), mode: .workingTree)
        #expect(reader.snapshot.origin == .workingTree)
        #expect(reader.snapshot.rootPath == repo.fixture.path("linked"))
        #expect(reader.snapshot.repository?.isBare == false)
        #expect(reader.snapshot.repository?.headBranch == "feature")
        // Checkout creates an empty directory for the gitlink, so it is listed.
        #expect(reader.snapshot.paths == [
            ".gitignore", "deleted.txt", "extra.txt", "go.mod", "link-abs", "link-passwd", "linkdir",
            "main.go", "sub/pkg/a.go", "tool.sh", "vendored",
        ])
        #expect(try reader.text("main.go") == LayeredRepository.firstMain)
    }

    @Test func nonexistentPathIsPathNotFound() throws {
        let fixture = try Fixture()
        let missing = fixture.path("missing/dir")
        for mode in [SourceMode.workingTree, .index, .revision("HEAD")] {
            #expect(throws: SourceError(kind: .pathNotFound, path: missing, message: "No such file or directory")) {
                try SnapshotReader.open(path: missing, mode: mode)
            }
        }
    }

    @Test func regularFileIsNotADirectory() throws {
        let repo = try LayeredRepository.make()
        #expect(throws: SourceError(kind: .notADirectory, path: repo.path + "/go.mod", message: "not a directory")) {
            try SnapshotReader.open(path: repo.path + "/go.mod", mode: .workingTree)
        }
    }

    @Test func plainDirectoryNeedsWorkingTreeMode() throws {
        let fixture = try Fixture()
        try fixture.write("plain/a.txt", "a\n")
        let plain = fixture.path("plain")
        for mode in [SourceMode.index, .revision("HEAD")] {
            do {
                _ = try SnapshotReader.open(path: plain, mode: mode)
                Issue.record("\(mode) opened a plain directory")
            } catch {
                #expect(error.kind == .notARepository)
                #expect(error.description == "\(plain): not inside a git repository; index and revision snapshots need one")
            }
        }
        #expect(try SnapshotReader.open(path: plain, mode: .workingTree).snapshot.origin == .directory)
    }
}
