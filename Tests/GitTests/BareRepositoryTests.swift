import Foundation
import Testing
@testable import Git

/// Bare repositories, including bare directories copied without their `config` file.
@Suite struct BareRepositoryTests {
    private func bareClone() throws -> (LayeredRepository, String) {
        let repo = try LayeredRepository.make()
        try repo.fixture.git("clone", "-q", "--bare", repo.path, repo.fixture.path("bare.git"))
        return (repo, repo.fixture.path("bare.git"))
    }

    @Test func revisionReadsTheCommittedTree() throws {
        let (repo, bare) = try bareClone()
        let reader = try SnapshotReader.open(path: bare, mode: .revision("HEAD"))
        #expect(reader.snapshot.paths == LayeredRepository.headPaths)
        #expect(reader.snapshot.rootPath == bare)
        #expect(try reader.text("go.mod") == LayeredRepository.headGoMod)
        #expect(reader.snapshot.repository == RepositoryInfo(
            headCommit: repo.headCommit, headBranch: "main", originURL: repo.path,
            isBare: true, workdir: nil, gitDir: bare))
    }

    @Test func workingTreeModeFallsBackToHeadWithANotice() throws {
        let (repo, bare) = try bareClone()
        let snapshot = try SnapshotReader.open(path: bare, mode: .workingTree).snapshot
        #expect(snapshot.origin == .revision(requested: "HEAD", commit: repo.headCommit))
        #expect(snapshot.paths == LayeredRepository.headPaths)
        #expect(snapshot.notices == ["bare repository has no working tree; listed HEAD (\(repo.headCommit)) instead"])
    }

    @Test func indexModeNeedsAWorkingTree() throws {
        let (repo, bare) = try bareClone()
        defer { withExtendedLifetime(repo) {} }
        #expect(throws: SourceError(kind: .noWorkingTree, path: bare,
                                    message: "a bare repository has no index to list; use a revision instead")) {
            try SnapshotReader.open(path: bare, mode: .index)
        }
    }

    @Test func pathInsideABareRepositoryFindsIt() throws {
        let (repo, bare) = try bareClone()
        let snapshot = try SnapshotReader.open(path: bare + "/refs", mode: .revision("v1.0.0")).snapshot
        #expect(snapshot.origin == .revision(requested: "v1.0.0", commit: repo.firstCommit))
        #expect(snapshot.scanPrefix == "")
    }

    /// libgit2 1.5 mistakes such a directory for a non-bare repository whose working tree is the
    /// parent directory; the parent's files must never be listed.
    @Test func configlessCopyIsTreatedAsBare() throws {
        let (repo, bare) = try bareClone()
        let copy = repo.fixture.path("snapshots/copy")
        try FileManager.default.createDirectory(atPath: repo.fixture.path("snapshots"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: bare, toPath: copy)
        try FileManager.default.removeItem(atPath: copy + "/config")
        try repo.fixture.write("snapshots/parent-file.txt", "must not be listed\n")

        let revision = try SnapshotReader.open(path: copy, mode: .revision("HEAD"))
        #expect(revision.snapshot.paths == LayeredRepository.headPaths)
        #expect(try revision.text("go.mod") == LayeredRepository.headGoMod)
        #expect(revision.snapshot.repository == RepositoryInfo(
            headCommit: repo.headCommit, headBranch: "main", originURL: nil,
            isBare: true, workdir: nil, gitDir: copy))

        let worktree = try SnapshotReader.open(path: copy, mode: .workingTree).snapshot
        #expect(worktree.origin == .revision(requested: "HEAD", commit: repo.headCommit))
        #expect(worktree.paths == LayeredRepository.headPaths)
        #expect(worktree.rootPath == copy)
    }
}
