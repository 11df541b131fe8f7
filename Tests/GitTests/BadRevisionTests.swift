import Testing
@testable import Git

@Suite struct BadRevisionTests {
    @Test func unknownRevisionCarriesLibgit2Message() throws {
        let repo = try LayeredRepository.make()
        #expect(throws: SourceError(kind: .badRevision, path: repo.path,
                                    message: "bad revision 'no-such-branch': revspec 'no-such-branch' not found")) {
            try SnapshotReader.open(path: repo.path, mode: .revision("no-such-branch"))
        }
    }

    @Test func blobIsNotACommit() throws {
        let repo = try LayeredRepository.make()
        do {
            _ = try SnapshotReader.open(path: repo.path, mode: .revision("HEAD:go.mod"))
            Issue.record("a blob revision was accepted")
        } catch {
            #expect(error.kind == .badRevision)
            #expect(error.message.hasPrefix("bad revision 'HEAD:go.mod': does not name a commit"))
            #expect(error.description == "\(repo.path): \(error.message)")
        }
    }

    @Test func emptyRevisionIsRejected() throws {
        let repo = try LayeredRepository.make()
        #expect(throws: SourceError.self) {
            try SnapshotReader.open(path: repo.path, mode: .revision(""))
        }
    }
}
