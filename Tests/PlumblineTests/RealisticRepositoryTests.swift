import Foundation
import Testing

/// fixtures/repos/realistic is a healthy project in the shape of real ones (see its README): its go.sum,
/// vendor/ and bpf2go object are written by the real tools (fixtures/realistic-src/build.sh, checked in
/// .ci/run), and `go build`, `go vet` and `go mod tidy -diff` pass on it. A scanner that reports an error or
/// a warning there fails someone's CI for nothing, in every snapshot mode.
@Suite("A healthy, realistic repository", .serialized)
struct RealisticRepositoryTests {
    static var fixture: String { Support.fixtures + "/repos/realistic" }

    /// The fixture as its own repository: committed, staged and in the working tree, with the web UI's
    /// ignored build output absent as in a fresh clone.
    static func repository() throws -> String {
        let root = Support.temporaryDirectory("realistic") + "/realistic"
        try FileManager.default.copyItem(atPath: fixture, toPath: root)
        Support.git(["init", "-q"], in: root)
        Support.git(["add", "-A"], in: root)
        Support.git(["commit", "-q", "-m", "realistic"], in: root)
        return root
    }

    static func findings(_ arguments: [String]) throws -> [[String: Any]] {
        let result = Support.run(Support.binary, ["scan"] + arguments + ["--format", "json", "--as-of", "2026-11-25", "--fail-on", "warning"])
        #expect(result.status == 0, "\(arguments): \(result.stdout)\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return report?["findings"] as? [[String: Any]] ?? []
    }

    @Test(arguments: [["--rev", "HEAD"], ["--staged"], []])
    func noErrorAndNoWarningInAnyMode(mode: [String]) throws {
        let root = try Self.repository()
        let findings = try Self.findings(mode + [root])
        let loud = findings.filter { ($0["level"] as? String) != "note" }
        #expect(loud.isEmpty, "\(mode): \(loud.map { "\($0["rule"] ?? "") \($0["message"] ?? "")" })")
    }

    @Test func noErrorAndNoWarningAsASubdirectoryOfThisRepository() throws {
        let findings = try Self.findings([Self.fixture])
        let loud = findings.filter { ($0["level"] as? String) != "note" }
        #expect(loud.isEmpty, "\(loud.map { "\($0["rule"] ?? "") \($0["message"] ?? "")" })")
    }
}
