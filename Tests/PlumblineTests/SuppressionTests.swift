import Foundation
import Plumbline
import Testing

/// Accepted findings stay visible in reports but stop failing the scan; every suppression needs a reason.
@Suite("Suppressions")
struct SuppressionTests {
    static let gomod = """
    module example.com/m

    go 1.26

    require (
    \tgolang.org/x/tools v0.0.0-20200101000000-abcdef123456 // plumbline:ignore PLB-SC-009 -- waiting for a tagged fix
    \t// plumbline:ignore PLB-SC-009, PLB-SC-010 -- vendor migration in Q3

    \tgolang.org/x/net v0.0.0-20200101000000-abcdef123456
    \tgolang.org/x/sys v0.0.0-20200101000000-abcdef123456 // plumbline:ignore PLB-SC-009
    \tgolang.org/x/mod v0.0.0-20200101000000-abcdef123456 // indirect
    \tgolang.org/x/term v0.0.0-20200101000000-abcdef123456
    )
    """

    static func pseudo(_ report: ScanReport) -> [String: Suppression?] {
        Dictionary(report.findings.filter { $0.ruleID == "PLB-SC-009" }.map { ($0.message.components(separatedBy: " ")[0], $0.suppression) }) { a, _ in a }
    }

    @Test func inlineCommentsOnTheLineAndAbove() throws {
        let report = Support.scan(["go.mod": Self.gomod])
        let found = Self.pseudo(report)
        #expect(found.count == 4)
        #expect(found["golang.org/x/tools"]??.reason == "waiting for a tagged fix")
        #expect(found["golang.org/x/tools"]??.kind == .inSource)
        // A comment alone on its line covers the next line that is not blank or a comment.
        #expect(found["golang.org/x/net"]??.reason == "vendor migration in Q3")
        #expect(found["golang.org/x/net"]??.location.line == 7)
        // No reason: nothing is suppressed, and the scan says why.
        #expect(found["golang.org/x/sys"] == .some(nil))
        #expect(report.notifications.contains { $0.location?.line == 10 && $0.message.contains("needs rule ids and a reason") })
        #expect(found["golang.org/x/term"] == .some(nil))
        #expect(report.suppressedCount == 2)
    }

    static func configured(_ yaml: String) throws -> Configuration {
        try ConfigurationLoader(bytes: Array(yaml.utf8), path: ".plumbline.yaml").resolve(against: Support.shipped.rules)
    }

    @Test func configuredSuppressionsWithPathsOwnerAndExpiry() throws {
        let configuration = try Self.configured("""
        suppressions:
          - rule: PLB-SC-012
            paths: ["legacy/**"]
            reason: Frozen module, removed next quarter.
            owner: "@platform"
            expires: 2027-01-01
          - rule: PLB-SC-012
            paths: ["old/**"]
            reason: Expired already.
            expires: 2026-01-01
          - rule: PLB-SC-015
            reason: Nothing to match.
        """)
        let report = Support.scan([
            "legacy/go.mod": "module example.com/legacy\n",
            "old/go.mod": "module example.com/old\n",
            "new/go.mod": "module example.com/new\n",
        ], configuration: configuration)
        let missingGo = report.findings.filter { $0.ruleID == "PLB-SC-012" }
        #expect(missingGo.map(\.location.path) == ["legacy/go.mod", "new/go.mod", "old/go.mod"])
        #expect(missingGo[0].suppression?.owner == "@platform")
        #expect(missingGo[0].suppression?.kind == .external)
        #expect(missingGo[1].suppression == nil)
        #expect(missingGo[2].suppression == nil)
        #expect(report.notifications.contains { $0.message.contains("expired on 2026-01-01") && $0.location?.line == 7 })
        #expect(report.notifications.contains { $0.message.contains("PLB-SC-015 matched no finding") })
    }

    @Test func aSuppressionNeedsAReasonAndAKnownRule() {
        #expect(throws: DefinitionErrors.self) { try Self.configured("suppressions:\n  - rule: PLB-SC-012\n") }
        #expect(throws: DefinitionErrors.self) { try Self.configured("suppressions:\n  - rule: PLB-SC-777\n    reason: typo\n") }
    }

    @Test func suppressedFindingsDoNotFailTheScanButStayInReports() throws {
        let report = Support.scan([
            "go.mod": "module example.com/m\n\ngo 1.26\n\nrequire golang.org/x/tools v0.0.0-20200101000000-abcdef123456 // plumbline:ignore PLB-SC-009 -- accepted\n",
            "go.sum": "golang.org/x/tools v0.0.0-20200101000000-abcdef123456 h1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=\ngolang.org/x/tools v0.0.0-20200101000000-abcdef123456/go.mod h1:18ZOQIKpY8NJVqYksKHtTdi31H5itFRjB5/qKTNYzSU=\n",
        ])
        #expect(report.findings.count == 1)
        #expect(report.exitCode(failOn: .note) == 0)
        #expect(!TextReporter(colour: false).render(report).contains("PLB-SC-009"))
        #expect(TextReporter(colour: false).summary(report).contains("1 suppressed"))
        let sarif = SARIFReporter.render(report)
        Support.keepSARIF(sarif, named: "suppressed")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let result = try #require(((json["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        let suppressions = try #require(result["suppressions"] as? [[String: Any]])
        #expect(suppressions.first?["kind"] as? String == "inSource")
        #expect(suppressions.first?["justification"] as? String == "accepted")
        #expect(JSONReporter.render(report).contains("\"suppressed\": 1"))
    }
}
