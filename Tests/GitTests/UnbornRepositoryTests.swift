import Testing
@testable import Git

/// A repository without commits is still scannable from its index and working tree.
@Suite struct UnbornRepositoryTests {
    private func unborn() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.write("repo/go.mod", "module unborn\n")
        try fixture.write("repo/notes.txt", "not staged\n")
        try fixture.git("add", "go.mod", in: "repo")
        return fixture
    }

    @Test func infoHasTheBranchButNoCommit() throws {
        let fixture = try unborn()
        let snapshot = try SnapshotReader.open(path: fixture.path("repo"), mode: .index).snapshot
        #expect(snapshot.repository == RepositoryInfo(
            headCommit: nil, headBranch: "main", originURL: nil, isBare: false,
            workdir: fixture.path("repo"), gitDir: fixture.path("repo/.git")))
    }

    @Test func indexAndWorkingTreeAreListed() throws {
        let fixture = try unborn()
        let index = try SnapshotReader.open(path: fixture.path("repo"), mode: .index)
        #expect(index.snapshot.paths == ["go.mod"])
        #expect(try index.text("go.mod") == "module unborn\n")
        let worktree = try SnapshotReader.open(path: fixture.path("repo"), mode: .workingTree)
        #expect(worktree.snapshot.paths == ["go.mod", "notes.txt"])
    }

    @Test func headRevisionDoesNotExistYet() throws {
        let fixture = try unborn()
        #expect(throws: SourceError(kind: .badRevision, path: fixture.path("repo"),
                                    message: "bad revision 'HEAD': revspec 'HEAD' not found")) {
            try SnapshotReader.open(path: fixture.path("repo"), mode: .revision("HEAD"))
        }
    }

    @Test func emptyRepositoryHasNoEntries() throws {
        let fixture = try Fixture()
        try fixture.initRepository("empty")
        let snapshot = try SnapshotReader.open(path: fixture.path("empty"), mode: .workingTree).snapshot
        #expect(snapshot.origin == .workingTree)
        #expect(snapshot.paths == [])
    }
}
