import Foundation
import Plumbline
import Testing

/// `--baseline-rev` and `--baseline`: only findings the base does not have are judged, by fingerprint,
/// so moved lines and merge commits change nothing.
@Suite("Baseline")
struct BaselineTests {
    static let legacy = "module example.com/m\n\ngo 1.26.0\n\ntoolchain go1.25.0\n"
    static let legacyWithRequirement = legacy + "\nrequire golang.org/x/text v0.14.0\n"

    /// A repository whose first commit has one finding (PLB-SC-014).
    static func repository() -> String {
        let directory = Support.temporaryDirectory("baseline")
        Support.git(["init", "-q"], in: directory)
        Support.write(["go.mod": legacy], under: directory)
        Support.git(["add", "go.mod"], in: directory)
        Support.git(["commit", "-q", "-m", "one"], in: directory)
        return directory
    }

    static func plumbline(_ arguments: [String], in directory: String) -> Support.ProcessResult {
        Support.run(Support.binary, arguments + ["--as-of", "2026-11-25", "--no-color"], in: directory)
    }

    static func findings(_ json: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(object["findings"] as? [[String: Any]])
    }

    @Test func onlyWhatTheChangeBringsIsJudged() throws {
        let repo = Self.repository()
        Support.write(["go.mod": Self.legacyWithRequirement], under: repo)
        Support.git(["add", "go.mod"], in: repo)
        let text = Self.plumbline(["scan", "--staged", "--baseline-rev", "HEAD"], in: repo)
        #expect(text.status == 1)
        #expect(text.stdout.contains("[PLB-SC-001]"))
        #expect(!text.stdout.contains("[PLB-SC-014]"))
        #expect(text.stdout.contains("1 new finding (1 error, 0 warnings, 0 notes)"))
        #expect(text.stdout.contains("1 more already in HEAD ("))

        let json = Self.plumbline(["scan", "--staged", "--baseline-rev", "HEAD", "--format", "json"], in: repo)
        let states = Dictionary(try Self.findings(json.stdout).map { ($0["rule"] as? String ?? "", $0["baseline_state"] as? String ?? "") }) { a, _ in a }
        #expect(states == ["PLB-SC-001": "new", "PLB-SC-014": "unchanged"])

        let sarif = Self.plumbline(["scan", "--staged", "--baseline-rev", "HEAD", "--format", "sarif"], in: repo)
        #expect(sarif.stdout.contains("\"baselineState\": \"unchanged\""))
        #expect(sarif.stdout.contains("\"baselineState\": \"new\""))
        Support.keepSARIF(sarif.stdout, named: "baseline")
    }

    @Test func aFindingThatOnlyMovedIsStillUnchanged() {
        let repo = Self.repository()
        Support.write(["go.mod": "// The service module.\n// Owned by the platform team.\n\n" + Self.legacy], under: repo)
        let result = Self.plumbline(["scan", "--baseline-rev", "HEAD"], in: repo)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("0 new findings"))
    }

    @Test func fixedFindingsAreCounted() {
        let repo = Self.repository()
        Support.write(["go.mod": "module example.com/m\n\ngo 1.26.0\n"], under: repo)
        let result = Self.plumbline(["scan", "--baseline-rev", "HEAD"], in: repo)
        #expect(result.status == 0)
        #expect(result.stdout.contains("0 more already in HEAD (") && result.stdout.contains("1 fixed since"))
    }

    @Test func anEarlierJSONReportIsABaseline() throws {
        let repo = Self.repository()
        let earlier = Self.plumbline(["scan", "--format", "json"], in: repo)
        let file = repo + "/../" + UUID().uuidString + ".json"
        try earlier.stdout.write(toFile: file, atomically: false, encoding: .utf8)
        Support.write(["go.mod": Self.legacyWithRequirement], under: repo)
        let result = Self.plumbline(["scan", "--baseline", file], in: repo)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[PLB-SC-001]") && !result.stdout.contains("[PLB-SC-014]"))
        try "{\"findings\": 3}".write(toFile: file, atomically: false, encoding: .utf8)
        let broken = Self.plumbline(["scan", "--baseline", file], in: repo)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("not a JSON report of plumbline scan --format json"))
    }

    @Test func aMissingBaseRevisionStopsTheScanInsteadOfCallingEverythingNew() {
        let repo = Self.repository()
        let result = Self.plumbline(["scan", "--baseline-rev", "origin/main"], in: repo)
        #expect(result.status == 3)
        #expect(result.stderr.contains("baseline revision origin/main"))
        #expect(result.stderr.contains("fetch-depth: 0"))
    }

    @Test func aBaseRevisionNeedsARepository() {
        let directory = Support.temporaryDirectory("baseline-plain")
        Support.write(["go.mod": Self.legacy], under: directory)
        let result = Self.plumbline(["scan", "--baseline-rev", "HEAD"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--baseline-rev needs a git repository"))
    }

    @Test func theFirstCommitHasNoBaseline() {
        let directory = Support.temporaryDirectory("baseline-unborn")
        Support.git(["init", "-q"], in: directory)
        Support.write(["go.mod": Self.legacy], under: directory)
        Support.git(["add", "go.mod"], in: directory)
        // PLB-SC-014 is a warning: with nothing to compare with, it is new and fails --fail-on warning.
        let result = Self.plumbline(["scan", "--staged", "--baseline-rev", "HEAD", "--fail-on", "warning"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[PLB-SC-014]"))
        #expect(result.stdout.contains("HEAD (no commits yet)"))
    }
}
