import Testing
@testable import Git

@Suite struct RepositoryInfoTests {
    @Test func describesHeadBranchOriginAndLayout() throws {
        let repo = try LayeredRepository.make()
        try repo.fixture.git("remote", "add", "origin",
                             "https://x-access-token:ghs_secret@github.com/acme/app.git", in: "repo")
        let info = try SnapshotReader.open(path: repo.path, mode: .workingTree).snapshot.repository
        #expect(info == RepositoryInfo(
            headCommit: repo.headCommit, headBranch: "main",
            originURL: "https://github.com/acme/app.git", isBare: false,
            workdir: repo.path, gitDir: repo.path + "/.git"))
    }

    @Test func scpLikeOriginBecomesAnSSHURL() throws {
        let repo = try LayeredRepository.make()
        try repo.fixture.git("remote", "add", "origin", "git@git.example.com:acme/app.git", in: "repo")
        let info = try SnapshotReader.open(path: repo.path, mode: .index).snapshot.repository
        #expect(info?.originURL == "ssh://git.example.com/acme/app.git")
    }

    /// `insteadOf` rewrites describe this machine's mirrors, not the repository.
    @Test func originIsTheConfiguredURLNotItsRewrite() throws {
        let repo = try LayeredRepository.make()
        try repo.fixture.git("remote", "add", "origin", "https://git.example.com/acme/app.git", in: "repo")
        try repo.fixture.git("config", "url./srv/mirror/.insteadOf", "https://git.example.com/", in: "repo")
        let info = try SnapshotReader.open(path: repo.path, mode: .index).snapshot.repository
        #expect(info?.originURL == "https://git.example.com/acme/app.git")
    }

    @Test func detachedHeadHasNoBranch() throws {
        let repo = try LayeredRepository.make()
        try repo.fixture.git("checkout", "-q", "--detach", "v1.0.0", in: "repo")
        let info = try SnapshotReader.open(path: repo.path, mode: .revision("HEAD")).snapshot.repository
        #expect(info?.headCommit == repo.firstCommit)
        #expect(info?.headBranch == nil)
    }

    @Test func otherBranchNameIsShort() throws {
        let repo = try LayeredRepository.make()
        try repo.fixture.git("checkout", "-q", "-b", "release/1.x", in: "repo")
        let info = try SnapshotReader.open(path: repo.path, mode: .index).snapshot.repository
        #expect(info?.headBranch == "release/1.x")
        #expect(info?.originURL == nil)
    }
}
