import Foundation
import Testing
@testable import Git

/// Where `git commit` looks for hooks: `.git/hooks`, the common directory of a linked worktree, or
/// `core.hooksPath` resolved against the top of the working tree.
@Suite struct HooksDirectoryTests {
    /// A repository `repo` in a fresh fixture, and its canonical work tree.
    private func repository() throws -> (Fixture, String) {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.makeDirectory("repo/sub/deeper")
        let workdir = try #require(RequestedPath.canonical(fixture.path("repo")))
        return (fixture, workdir)
    }

    @Test func defaultIsTheGitDirectorysHooks() throws {
        let (fixture, workdir) = try repository()
        let hooks = try HooksDirectory.locate(repositoryAt: fixture.path("repo"))
        #expect(hooks == HooksDirectory(path: workdir + "/.git/hooks", workdir: workdir, configuredPath: nil))
    }

    @Test func foundFromASubdirectory() throws {
        let (fixture, workdir) = try repository()
        let hooks = try HooksDirectory.locate(repositoryAt: fixture.path("repo/sub/deeper"))
        #expect(hooks.path == workdir + "/.git/hooks")
        #expect(hooks.workdir == workdir)
    }

    /// Git runs hooks at the top of the working tree, so a relative setting is resolved there,
    /// not in the directory the command was started from. The directory need not exist yet.
    @Test func relativeHooksPathIsResolvedAgainstTheWorkTree() throws {
        let (fixture, workdir) = try repository()
        try fixture.git("config", "core.hooksPath", ".githooks/", in: "repo")
        let hooks = try HooksDirectory.locate(repositoryAt: fixture.path("repo/sub/deeper"))
        #expect(hooks == HooksDirectory(path: workdir + "/.githooks", workdir: workdir, configuredPath: ".githooks"))
    }

    @Test func relativeHooksPathMayLeaveTheWorkTree() throws {
        let (fixture, _) = try repository()
        try fixture.git("config", "core.hooksPath", "sub/../../shared/hooks", in: "repo")
        let hooks = try HooksDirectory.locate(repositoryAt: fixture.path("repo"))
        let root = try #require(RequestedPath.canonical(fixture.root))
        #expect(hooks.path == root + "/shared/hooks")
    }

    @Test func absoluteHooksPathIsTakenAsIs() throws {
        let (fixture, workdir) = try repository()
        try fixture.makeDirectory("shared")
        let shared = try #require(RequestedPath.canonical(fixture.path("shared")))
        try fixture.git("config", "core.hooksPath", shared, in: "repo")
        let hooks = try HooksDirectory.locate(repositoryAt: fixture.path("repo"))
        #expect(hooks == HooksDirectory(path: shared, workdir: workdir, configuredPath: shared))
    }

    /// libgit2 1.5 itself ignores core.hooksPath; what matters is that git agrees with us.
    @Test func agreesWithGitRevParse() throws {
        let (fixture, workdir) = try repository()
        try fixture.git("config", "core.hooksPath", "tools/hooks", in: "repo")
        let fromGit = try fixture.git("rev-parse", "--git-path", "hooks", in: "repo")
        let hooks = try HooksDirectory.locate(repositoryAt: fixture.path("repo"))
        #expect(hooks.path == workdir + "/" + fromGit)
    }

    /// Git would look for hooks in the work tree's top directory itself; refusing is safer than
    /// writing a hook there.
    @Test func emptyHooksPathIsRefused() throws {
        let (fixture, _) = try repository()
        try fixture.git("config", "core.hooksPath", "", in: "repo")
        let error = #expect(throws: SourceError.self) {
            try HooksDirectory.locate(repositoryAt: fixture.path("repo"))
        }
        #expect(error?.kind == .unreadable)
        #expect(error?.message == "core.hooksPath is set but empty; set it to a directory or unset it")
    }

    @Test func linkedWorktreeUsesTheCommonDirectorysHooks() throws {
        let (fixture, workdir) = try repository()
        try fixture.git("commit", "-q", "--allow-empty", "-m", "first", in: "repo")
        try fixture.git("worktree", "add", "-q", "-b", "other", fixture.path("linked"), in: "repo")
        let linked = try #require(RequestedPath.canonical(fixture.path("linked")))
        let hooks = try HooksDirectory.locate(repositoryAt: fixture.path("linked"))
        #expect(hooks == HooksDirectory(path: workdir + "/.git/hooks", workdir: linked, configuredPath: nil))
    }

    @Test func bareRepositoryIsRefused() throws {
        let fixture = try Fixture()
        try fixture.git("init", "-q", "--bare", fixture.path("bare.git"))
        let error = #expect(throws: SourceError.self) {
            try HooksDirectory.locate(repositoryAt: fixture.path("bare.git"))
        }
        #expect(error?.kind == .noWorkingTree)
        #expect(error?.message.contains("bare repository") == true)
    }

    @Test func directoryOutsideARepositoryIsRefused() throws {
        let fixture = try Fixture()
        try fixture.makeDirectory("plain")
        let error = #expect(throws: SourceError.self) {
            try HooksDirectory.locate(repositoryAt: fixture.path("plain"))
        }
        #expect(error?.kind == .notARepository)
        #expect(error?.path == fixture.path("plain"))
    }

    @Test func missingPathIsReported() throws {
        let fixture = try Fixture()
        let error = #expect(throws: SourceError.self) {
            try HooksDirectory.locate(repositoryAt: fixture.path("absent"))
        }
        #expect(error?.kind == .pathNotFound)
    }
}
