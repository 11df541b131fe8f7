import Foundation
import Plumbline
import Testing

/// Reporters render findings; they never recompute them.
@Suite("Reporters")
struct ReporterTests {
    static let report = Support.scan([
        "go.mod": "module example.com/m\n\ngo 1.21\n\nrequire golang.org/x/tools v0.0.0-20200101000000-abcdef123456\n",
        "sub dir/go.mod": "module example.com/m/sub\n",
        "bad/go.mod": "module example.com/bad\n\ngo 1.22\ngo 1.23\n",
    ])

    @Test func textGroupsByFileWithASummary() {
        let text = TextReporter(colour: false).render(Self.report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "bad/go.mod")
        #expect(lines.contains("go.mod"))
        #expect(lines.contains { $0.hasPrefix("  5:1  note  golang.org/x/tools is pinned to pseudo-version") && $0.hasSuffix("[PLB-SC-009]") })
        #expect(lines.contains("Scan notes"))
        #expect(text.hasSuffix("in 2 modules, \(Self.report.rules.count) rules, 1 file not parsed\n"))
        #expect(!text.contains("\u{1B}["))
        #expect(TextReporter(colour: true).render(Self.report).contains("\u{1B}[33mwarning\u{1B}[0m"))
    }

    @Test func jsonIsValidAndComplete() throws {
        let text = JSONReporter.render(Self.report)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count == Self.report.findings.count)
        #expect((json["summary"] as? [String: Any])?["warning"] as? Int == Self.report.count(.warning))
        #expect((json["notifications"] as? [Any])?.count == 1)
    }

    @Test func sarifCarriesRulesLocationsAndNotifications() throws {
        let text = SARIFReporter.render(Self.report)
        Support.keepSARIF(text, named: "reporter")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["$schema"] as? String == SARIFReporter.schemaURI)
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == Self.report.rules.count)
        let results = try #require(run["results"] as? [[String: Any]])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let fingerprints = try #require(result["partialFingerprints"] as? [String: String])
            #expect(fingerprints["plumbline/v1"]?.count == 16)
        }
        #expect(text.contains("\"uri\": \"sub%20dir/go.mod\""))
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        let notes = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notes.count == 1)
        #expect((run["automationDetails"] as? [String: Any])?["id"] as? String == "plumbline/")
        #expect(SARIFReporter.render(Self.report) == text)
    }

    /// GitHub ignores SARIF suppressions, so the action can leave suppressed findings out.
    /// SARIF declares `unicodeCodePoints` columns. Go counts columns in bytes; the column of an import
    /// after a comment with é, ö and ✓ (1, 1 and 2 extra bytes in UTF-8) must count code points.
    @Test func sarifColumnsCountCodePointsAfterNonASCIIText() throws {
        let report = Support.scan([
            "go.mod": "module example.com/na\n\ngo 1.24\n",
            "na.go": "package na\n\nimport /* héllo wörld ✓ */ \"io/ioutil\"\n\nvar _ = ioutil.Discard\n",
        ])
        let text = SARIFReporter.render(report)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let results = try #require(run["results"] as? [[String: Any]])
        let result = try #require(results.first { $0["ruleId"] as? String == "PLB-TD-001" })
        let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 3)
        // `import ` (7) + the 19-character comment + a space: the quote is the 28th code point (32nd byte).
        #expect(region["startColumn"] as? Int == 28)
    }

    @Test func sarifCanLeaveSuppressedFindingsOut() throws {
        let report = Support.scan(["go.mod": "module m\n\ngo 1.26.0\n\ntoolchain go1.25.0 // plumbline:ignore PLB-SC-014 -- release branch\n"])
        #expect(report.suppressedCount == 1)
        let full = SARIFReporter.render(report)
        let omitted = SARIFReporter.render(report, omitSuppressed: true)
        #expect(full.contains("\"ruleId\": \"PLB-SC-014\""))
        #expect(!omitted.contains("\"ruleId\": \"PLB-SC-014\""))
        #expect(omitted.contains("1 suppressed finding is left out of this file (--omit-suppressed)"))
        Support.keepSARIF(omitted, named: "omit-suppressed")
    }

    /// Code scanning rejects a whole file over 25,000 results: the most severe are kept, the rest counted.
    @Test func sarifKeepsTheMostSevereWithinTheResultCap() throws {
        let text = SARIFReporter.render(Self.report, maxResults: 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 1)
        let mostSevere = Self.report.findings.map(\.level).max()
        #expect(results.first?["level"] as? String == mostSevere?.rawValue)
        #expect(text.contains("\(Self.report.findings.count - 1) less severe findings are left out: GitHub code scanning accepts at most 1 results per run."))
        #expect(SARIFReporter.maxResults == 25_000)
    }

    /// GitLab Code Quality: one issue per unsuppressed finding, unique fingerprints (GitLab keeps only the
    /// first of a fingerprint), GitLab's severity names.
    @Test func gitlabCodeQualityReport() throws {
        let report = Support.scan([
            "go.mod": "module m\n\ngo 1.26.0\n\ntoolchain go1.25.0 // plumbline:ignore PLB-SC-014 -- release branch\n\nrequire golang.org/x/tools v0.0.0-20200101000000-abcdef123456\n",
        ])
        let text = CodeQualityReporter.render(report)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(issues.count == report.findings.filter { $0.suppression == nil }.count)
        #expect(!issues.contains { $0["check_name"] as? String == "PLB-SC-014" })
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == issues.count)
        let pseudo = try #require(issues.first { $0["check_name"] as? String == "PLB-SC-009" })
        #expect(pseudo["severity"] as? String == "minor")  // PLB-SC-009 is a note
        let location = try #require(pseudo["location"] as? [String: Any])
        #expect(location["path"] as? String == "go.mod")
        #expect((location["lines"] as? [String: Any])?["begin"] as? Int == 7)
        #expect(Set(issues.compactMap { $0["severity"] as? String }).isSubset(of: ["info", "minor", "major", "critical", "blocker"]))
    }
}
