import Testing
@testable import Git

@Suite struct RevisionSnapshotTests {
    @Test func headListsEveryCommittedEntryWithGitKinds() throws {
        let repo = try LayeredRepository.make()
        let reader = try SnapshotReader.open(path: repo.path, mode: .revision("HEAD"))
        let snapshot = reader.snapshot
        #expect(snapshot.origin == .revision(requested: "HEAD", commit: repo.headCommit))
        #expect(snapshot.paths == LayeredRepository.headPaths)
        #expect(snapshot.rootPath == repo.path)
        #expect(snapshot.scanPrefix == "")
        #expect(snapshot.notices.isEmpty)
        #expect(snapshot.kind(of: "go.mod") == .file)
        #expect(snapshot.kind(of: "tool.sh") == .executable)
        #expect(snapshot.kind(of: "link-passwd") == .symlink)
        #expect(snapshot.kind(of: "link-abs") == .symlink)
        #expect(snapshot.kind(of: "linkdir") == .symlink)
        #expect(snapshot.kind(of: "vendored") == .submodule)
        // Sizes would need one object header read per entry, which revision mode avoids.
        #expect(snapshot.entries.allSatisfy { $0.size == nil })
    }

    @Test func contentComesFromTheCommitNotTheIndexOrDisk() throws {
        let repo = try LayeredRepository.make()
        let reader = try SnapshotReader.open(path: repo.path, mode: .revision("HEAD"))
        #expect(try reader.text("go.mod") == LayeredRepository.headGoMod)
        #expect(try reader.text("main.go") == LayeredRepository.secondMain)
        #expect(try reader.text("deleted.txt") == "soon gone\n")
    }

    @Test func symlinkContentIsTheLinkTextAndSubmodulesHaveNone() throws {
        let repo = try LayeredRepository.make()
        let reader = try SnapshotReader.open(path: repo.path, mode: .revision("HEAD"))
        #expect(try reader.text("link-passwd") == "../../etc/passwd")
        #expect(try reader.text("link-abs") == "/etc/passwd")
        #expect(try reader.text("linkdir") == "sub")
        let vendored = try #require(reader.snapshot.entry(at: "vendored"))
        #expect(throws: SourceError(kind: .notAFile, path: "vendored",
                                    message: "is a submodule; its files live in another repository")) {
            try reader.read(vendored, limit: 100)
        }
    }

    @Test(arguments: ["HEAD~1", "HEAD^", "v1.0.0", "v1.0.0-annotated", "feature", "refs/heads/feature"])
    func commitIshRevisionsResolveToTheirCommit(_ revision: String) throws {
        let repo = try LayeredRepository.make()
        let reader = try SnapshotReader.open(path: repo.path, mode: .revision(revision))
        #expect(reader.snapshot.origin == .revision(requested: revision, commit: repo.firstCommit))
        #expect(try reader.text("main.go") == LayeredRepository.firstMain)
        #expect(reader.snapshot.paths == LayeredRepository.headPaths)
    }

    @Test func abbreviatedShaResolves() throws {
        let repo = try LayeredRepository.make()
        let prefix = String(repo.firstCommit.prefix(10))
        let reader = try SnapshotReader.open(path: repo.path, mode: .revision(prefix))
        #expect(reader.snapshot.origin == .revision(requested: prefix, commit: repo.firstCommit))
    }
}
