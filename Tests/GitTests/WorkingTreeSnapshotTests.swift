import Testing
@testable import Git

@Suite struct WorkingTreeSnapshotTests {
    @Test func listsExistingTrackedAndUnignoredUntrackedFiles() throws {
        let repo = try LayeredRepository.make()
        let snapshot = try SnapshotReader.open(path: repo.path, mode: .workingTree).snapshot
        #expect(snapshot.origin == .workingTree)
        #expect(snapshot.paths == LayeredRepository.worktreePaths)
        #expect(snapshot.notices.isEmpty)
        #expect(snapshot.kind(of: "tool.sh") == .executable)
        #expect(snapshot.kind(of: "untracked.txt") == .file)
        #expect(snapshot.kind(of: "linkdir") == .symlink)
        #expect(snapshot.kind(of: "vendored") == .submodule)
        #expect(snapshot.entry(at: "debug.log") == nil)
        #expect(snapshot.entry(at: "deleted.txt") == nil)
    }

    @Test func contentAndSizeComeFromDisk() throws {
        let repo = try LayeredRepository.make()
        let reader = try SnapshotReader.open(path: repo.path, mode: .workingTree)
        #expect(try reader.text("go.mod") == LayeredRepository.worktreeGoMod)
        #expect(reader.snapshot.entry(at: "go.mod")?.size == LayeredRepository.worktreeGoMod.utf8.count)
        #expect(try reader.text("untracked.txt") == "new\n")
        #expect(reader.snapshot.entry(at: "link-abs")?.size == "/etc/passwd".utf8.count)
        #expect(reader.snapshot.entry(at: "vendored")?.size == nil)
    }

    @Test func gitlinkWithoutADirectoryIsAbsent() throws {
        let repo = try LayeredRepository.make()
        try repo.fixture.remove("repo/vendored")
        let snapshot = try SnapshotReader.open(path: repo.path, mode: .workingTree).snapshot
        #expect(snapshot.paths == LayeredRepository.worktreePaths.filter { $0 != "vendored" })
    }

    @Test func infoExcludeAndExcludesFileAreHonored() throws {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.write("repo/kept.txt", "kept\n")
        try fixture.write("repo/by-info.txt", "x\n")
        try fixture.write("repo/by-config.txt", "x\n")
        try fixture.write("repo/build/out.bin", "x\n")
        try fixture.write("repo/.gitignore", "build/\n")
        try fixture.write("repo/.git/info/exclude", "by-info.txt\n")
        try fixture.write("excludes", "by-config.txt\n")
        try fixture.git("config", "core.excludesFile", fixture.path("excludes"), in: "repo")
        let snapshot = try SnapshotReader.open(path: fixture.path("repo"), mode: .workingTree).snapshot
        #expect(snapshot.paths == [".gitignore", "kept.txt"])
    }

    @Test func untrackedDirectoriesAreListedFileByFile() throws {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.write("repo/new/deep/one.go", "package deep\n")
        try fixture.write("repo/new/two.go", "package new\n")
        let snapshot = try SnapshotReader.open(path: fixture.path("repo"), mode: .workingTree).snapshot
        #expect(snapshot.paths == ["new/deep/one.go", "new/two.go"])
    }

    @Test func nestedRepositoriesAreNotEntered() throws {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.write("repo/top.txt", "top\n")
        try fixture.initRepository("repo/nested")
        try fixture.write("repo/nested/inner.txt", "inner\n")
        let snapshot = try SnapshotReader.open(path: fixture.path("repo"), mode: .workingTree).snapshot
        #expect(snapshot.paths == ["top.txt"])
        #expect(snapshot.notices == ["skipped untracked nested repository nested/"])
    }

    @Test func executableBitFollowsTheIndexWhenFileModeIsOff() throws {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.write("repo/run.sh", "#!/bin/sh\n", executable: true)
        try fixture.git("add", "run.sh", in: "repo")
        try fixture.git("update-index", "--chmod=-x", "run.sh", in: "repo")
        #expect(try SnapshotReader.open(path: fixture.path("repo"), mode: .workingTree).snapshot.kind(of: "run.sh") == .executable)
        try fixture.git("config", "core.fileMode", "false", in: "repo")
        #expect(try SnapshotReader.open(path: fixture.path("repo"), mode: .workingTree).snapshot.kind(of: "run.sh") == .file)
    }
}
