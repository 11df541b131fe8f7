import Foundation
import Testing
@testable import Git

/// libgit2 refuses repositories owned by another user unless owner validation is off.
/// The switch is process-wide, so this is the only test that turns it on and off.
@Suite(.serialized) struct OwnerValidationTests {
    @Test(.enabled(if: getuid() == 0, "changing a repository's owner needs root"))
    func foreignRepositoryNeedsValidationOff() throws {
        let repo = try LayeredRepository.make()
        let nobody: UInt32 = 65534
        try FileManager.default.subpathsOfDirectory(atPath: repo.path).forEach {
            _ = lchown(repo.path + "/" + $0, nobody, nobody)
        }
        _ = lchown(repo.path, nobody, nobody)
        defer { GitLibrary.setOwnerValidation(true) }

        GitLibrary.setOwnerValidation(true)
        do {
            _ = try SnapshotReader.open(path: repo.path, mode: .revision("HEAD"))
            Issue.record("a repository owned by another user was opened with validation on")
        } catch {
            #expect(error.kind == .notOwned)
            #expect(error.message.contains("safe.directory"))
            #expect(error.message.contains("--no-owner-validation"))
        }

        GitLibrary.setOwnerValidation(false)
        let reader = try SnapshotReader.open(path: repo.path, mode: .revision("HEAD"))
        #expect(reader.snapshot.paths == LayeredRepository.headPaths)
    }
}
