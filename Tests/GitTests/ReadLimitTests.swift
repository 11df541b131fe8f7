import Foundation
import Testing
@testable import Git

/// Content is read only on request and never beyond the caller's bounds.
@Suite struct ReadLimitTests {
    private static let content = String(repeating: "0123456789", count: 10)   // 100 bytes

    private func repository() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.write("repo/big.txt", Self.content)
        try fixture.symlink("repo/link", to: "a/rather/long/target")
        try fixture.git("add", "-A", in: "repo")
        try fixture.git("commit", "-q", "-m", "one", in: "repo")
        return fixture
    }

    @Test(arguments: [SourceMode.workingTree, .index, .revision("HEAD")])
    func tooLargeIsAnErrorAndExactFitIsNot(_ mode: SourceMode) throws {
        let fixture = try repository()
        let reader = try SnapshotReader.open(path: fixture.path("repo"), mode: mode)
        let big = try #require(reader.snapshot.entry(at: "big.txt"))
        #expect(throws: SourceError(kind: .tooLarge, path: "big.txt",
                                    message: "100 bytes is larger than the limit of 99 bytes")) {
            try reader.read(big, limit: 99)
        }
        #expect(try reader.read(big, limit: 100) == Array(Self.content.utf8))
        let link = try #require(reader.snapshot.entry(at: "link"))
        #expect(throws: SourceError.self) { try reader.read(link, limit: 5) }
        #expect(try reader.read(link, limit: 20) == Array("a/rather/long/target".utf8))
    }

    @Test(arguments: [SourceMode.workingTree, .index, .revision("HEAD")])
    func prefixIsBounded(_ mode: SourceMode) throws {
        let fixture = try repository()
        let reader = try SnapshotReader.open(path: fixture.path("repo"), mode: mode)
        let big = try #require(reader.snapshot.entry(at: "big.txt"))
        #expect(try reader.readPrefix(big, count: 12) == Array("012345678901".utf8))
        #expect(try reader.readPrefix(big, count: 1000) == Array(Self.content.utf8))
        #expect(try reader.readPrefix(big, count: 0) == [])
        let link = try #require(reader.snapshot.entry(at: "link"))
        #expect(try reader.readPrefix(link, count: 8) == Array("a/rather".utf8))
    }

    @Test func largeLooseBlobPrefixIsStreamedAndPackedOneRefused() throws {
        let fixture = try repository()
        let reader = try SnapshotReader.open(path: fixture.path("repo"), mode: .revision("HEAD"))
        reader.prefixInflateLimit = 10
        let big = try #require(reader.snapshot.entry(at: "big.txt"))
        #expect(try reader.readPrefix(big, count: 15) == Array("012345678901234".utf8))

        try fixture.git("gc", "-q", "--prune=now", in: "repo")
        let packed = try SnapshotReader.open(path: fixture.path("repo"), mode: .revision("HEAD"))
        packed.prefixInflateLimit = 10
        let packedBig = try #require(packed.snapshot.entry(at: "big.txt"))
        #expect(throws: SourceError.self) { try packed.readPrefix(packedBig, count: 15) }
        #expect(try packed.read(packedBig, limit: 100).count == 100)
    }

    @Test func fileThatGrewAfterListingIsCaughtByTheLimit() throws {
        let fixture = try repository()
        let reader = try SnapshotReader.open(path: fixture.path("repo"), mode: .workingTree)
        let big = try #require(reader.snapshot.entry(at: "big.txt"))
        try fixture.write("repo/big.txt", Self.content + Self.content)
        #expect(throws: SourceError(kind: .tooLarge, path: "big.txt",
                                    message: "200 bytes is larger than the limit of 150 bytes")) {
            try reader.read(big, limit: 150)
        }
        try fixture.remove("repo/big.txt")
        #expect(throws: SourceError(kind: .unreadable, path: "big.txt", message: "No such file or directory")) {
            try reader.read(big, limit: 150)
        }
    }
}
