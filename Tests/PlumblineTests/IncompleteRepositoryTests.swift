import Foundation
import Testing

/// A repository whose object store lacks a blob (a partial clone, a damaged copy) is a problem of the
/// scan, not of the code: a notification with a clear message, never a rule finding and never exit 1.
@Suite("Incomplete repository", .serialized)
struct IncompleteRepositoryTests {
    /// A one-commit repository whose go.sum blob has been deleted from the object store.
    static func repositoryMissingABlob() -> (root: String, blob: String) {
        let root = Support.temporaryDirectory("incomplete")
        Support.git(["init", "-q"], in: root)
        Support.write([
            "go.mod": "module example.com/incomplete\n\ngo 1.25\n",
            "go.sum": "example.com/dep v1.0.0/go.mod h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n",
        ], under: root)
        Support.git(["add", "-A"], in: root)
        Support.git(["commit", "-q", "-m", "one"], in: root)
        let blob = Support.git(["rev-parse", "HEAD:go.sum"], in: root).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let object = root + "/.git/objects/" + blob.prefix(2) + "/" + blob.dropFirst(2)
        try? FileManager.default.removeItem(atPath: object)
        return (root, blob)
    }

    @Test func aMissingBlobIsANotificationNotAFinding() {
        let (root, blob) = Self.repositoryMissingABlob()
        let result = Support.run(Support.binary, ["scan", "--rev", "HEAD", root, "--format", "json", "--as-of", "2026-11-25"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("PLB-SC-019"))
        #expect(!result.stdout.contains("as read"))
        #expect(result.stdout.contains("go.sum was not scanned"))
        #expect(result.stdout.contains(blob))
        #expect(result.stdout.contains("the repository is incomplete"))
    }

    @Test func theTextReportSaysSoToo() {
        let (root, _) = Self.repositoryMissingABlob()
        let result = Support.run(Support.binary, ["scan", "--rev", "HEAD", root, "--no-color", "--as-of", "2026-11-25"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect((result.stdout + result.stderr).contains("go.sum was not scanned: its content could not be read"))
    }
}
