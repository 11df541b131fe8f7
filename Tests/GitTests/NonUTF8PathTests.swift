import Testing
@testable import Git

/// Git paths are bytes. Invalid UTF-8 is repaired for display, while reads use the raw bytes.
@Suite struct NonUTF8PathTests {
    private static let rawName: [UInt8] = Array("bad-".utf8) + [0xFF] + Array(".txt".utf8)
    private static let displayName = "bad-\u{FFFD}.txt"

    @Test func plainDirectory() throws {
        let fixture = try Fixture()
        try fixture.makeDirectory("plain")
        #expect(fixture.writeRaw(directory: "plain", name: Self.rawName, "raw\n"))
        let reader = try SnapshotReader.open(path: fixture.path("plain"), mode: .workingTree)
        #expect(reader.snapshot.paths == [Self.displayName])
        #expect(try reader.text(Self.displayName) == "raw\n")
    }

    @Test(arguments: [SourceMode.workingTree, .index, .revision("HEAD")])
    func repositoryModes(_ mode: SourceMode) throws {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        #expect(fixture.writeRaw(directory: "repo", name: Self.rawName, "committed\n"))
        try fixture.git("add", "-A", in: "repo")
        try fixture.git("commit", "-q", "-m", "one", in: "repo")
        let reader = try SnapshotReader.open(path: fixture.path("repo"), mode: mode)
        #expect(reader.snapshot.paths == [Self.displayName])
        #expect(try reader.text(Self.displayName) == "committed\n")
    }
}
