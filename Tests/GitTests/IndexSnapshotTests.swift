import Testing
@testable import Git

@Suite struct IndexSnapshotTests {
    @Test func listsStagedEntriesIncludingThoseDeletedOnDisk() throws {
        let repo = try LayeredRepository.make()
        let reader = try SnapshotReader.open(path: repo.path, mode: .index)
        let snapshot = reader.snapshot
        #expect(snapshot.origin == .index)
        #expect(snapshot.paths == LayeredRepository.indexPaths)
        #expect(snapshot.notices.isEmpty)
        #expect(snapshot.kind(of: "tool.sh") == .executable)
        #expect(snapshot.kind(of: "link-passwd") == .symlink)
        #expect(snapshot.kind(of: "vendored") == .submodule)
        #expect(snapshot.repository?.headCommit == repo.headCommit)
    }

    @Test func contentIsTheStagedBlobEvenWhenDiskDiffers() throws {
        let repo = try LayeredRepository.make()
        let reader = try SnapshotReader.open(path: repo.path, mode: .index)
        #expect(try reader.text("go.mod") == LayeredRepository.indexGoMod)
        #expect(try reader.text("deleted.txt") == "soon gone\n")
        #expect(try reader.text("staged-only.txt") == "staged\n")
        #expect(try reader.text("link-abs") == "/etc/passwd")
    }

    @Test func sizesComeFromTheIndexEntry() throws {
        let repo = try LayeredRepository.make()
        let snapshot = try SnapshotReader.open(path: repo.path, mode: .index).snapshot
        #expect(snapshot.entry(at: "go.mod")?.size == LayeredRepository.indexGoMod.utf8.count)
        #expect(snapshot.entry(at: "link-passwd")?.size == "../../etc/passwd".utf8.count)
        #expect(snapshot.entry(at: "vendored")?.size == nil)
    }

    @Test func cacheinfoEntriesWithoutARecordedSizeHaveNone() throws {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.write("repo/blob.txt", "some content\n")
        let blob = try fixture.git("hash-object", "-w", "blob.txt", in: "repo")
        try fixture.git("update-index", "--add", "--cacheinfo", "100644,\(blob),other.txt", in: "repo")
        let reader = try SnapshotReader.open(path: fixture.path("repo"), mode: .index)
        #expect(reader.snapshot.paths == ["other.txt"])
        #expect(reader.snapshot.entry(at: "other.txt")?.size == nil)
        #expect(try reader.text("other.txt") == "some content\n")
    }

    @Test func intentToAddPathsAreNotStagedContent() throws {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.write("repo/a.txt", "a\n")
        try fixture.write("repo/later.txt", "later\n")
        try fixture.git("add", "a.txt", in: "repo")
        try fixture.git("add", "-N", "later.txt", in: "repo")
        let snapshot = try SnapshotReader.open(path: fixture.path("repo"), mode: .index).snapshot
        #expect(snapshot.paths == ["a.txt"])
        #expect(snapshot.notices == ["intent-to-add path(s) have no staged content and are not listed: later.txt"])
    }

    @Test func conflictsUseOurVersionAndSaySo() throws {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.write("repo/go.mod", "module m\n\ngo 1.20\n")
        try fixture.write("repo/gone.txt", "base\n")
        try fixture.git("add", "-A", in: "repo")
        try fixture.git("commit", "-q", "-m", "base", in: "repo")
        try fixture.git("checkout", "-q", "-b", "theirs", in: "repo")
        try fixture.write("repo/go.mod", "module m\n\ngo 1.22\n")
        try fixture.write("repo/gone.txt", "changed by them\n")
        try fixture.git("commit", "-q", "-am", "theirs", in: "repo")
        try fixture.git("checkout", "-q", "main", in: "repo")
        try fixture.write("repo/go.mod", "module m\n\ngo 1.21\n")
        try fixture.git("rm", "-q", "gone.txt", in: "repo")
        try fixture.git("commit", "-q", "-am", "ours", in: "repo")
        #expect(throws: FixtureError.self) { try fixture.git("merge", "-q", "theirs", in: "repo") }

        let reader = try SnapshotReader.open(path: fixture.path("repo"), mode: .index)
        #expect(reader.snapshot.paths == ["go.mod"])
        #expect(try reader.text("go.mod") == "module m\n\ngo 1.21\n")
        #expect(reader.snapshot.notices == [
            "2 path(s) have unresolved merge conflicts; listed with our (stage 2) version: go.mod, gone.txt",
            "conflicted path(s) deleted on our side are not listed: gone.txt",
        ])

        let worktree = try SnapshotReader.open(path: fixture.path("repo"), mode: .workingTree)
        #expect(worktree.snapshot.paths == ["go.mod", "gone.txt"])
        #expect(try worktree.text("go.mod")?.contains("<<<<<<<") == true)
        #expect(worktree.snapshot.notices == [
            "2 path(s) have unresolved merge conflicts; their working tree content is listed: go.mod, gone.txt",
        ])
    }
}
