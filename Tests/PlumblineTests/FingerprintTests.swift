import Plumbline
import Testing

/// Fingerprints identify a finding across commits: moving lines or bumping versions must not change them.
@Suite("Fingerprints")
struct FingerprintTests {
    static func fingerprints(_ gomod: String) -> [String: String] {
        let report = Support.scan(["go.mod": gomod])
        return Dictionary(report.findings.filter { $0.ruleID == "PLB-SC-009" }.map { ($0.message.components(separatedBy: " ").first ?? "", $0.fingerprint) }) { a, _ in a }
    }

    @Test func stableWhenLinesMoveAndVersionsChange() {
        let before = Self.fingerprints("module m\n\ngo 1.22\n\nrequire golang.org/x/tools v0.0.0-20200101000000-abcdef123456\n")
        let after = Self.fingerprints("// A comment that moves every line.\nmodule m\n\ngo 1.23\n\nrequire (\n\tgithub.com/a/b v1.0.0\n\tgolang.org/x/tools v0.0.0-20240101000000-123456abcdef\n)\n")
        #expect(before["golang.org/x/tools"] != nil)
        #expect(before["golang.org/x/tools"] == after["golang.org/x/tools"])
    }

    @Test func differentFactsHaveDifferentFingerprints() {
        let prints = Self.fingerprints("module m\n\ngo 1.22\n\nrequire (\n\tgolang.org/x/tools v0.0.0-20200101000000-abcdef123456\n\tgolang.org/x/net v0.0.0-20200101000000-abcdef123456\n)\n")
        #expect(prints.count == 2)
        #expect(Set(prints.values).count == 2)
    }

    @Test func repeatedIdentitiesGetDistinctFingerprints() {
        let report = Support.scan([
            "go.mod": "module m\n\ngo 1.22\n",
            "go.sum": String(repeating: "golang.org/x/text v0.14.0/go.mod h1:18ZOQIKpY8NJVqYksKHtTdi31H5itFRjB5/qKTNYzSU=\n", count: 3),
        ])
        let duplicates = report.findings.filter { $0.ruleID == "PLB-SC-004" }
        #expect(duplicates.count == 2)
        #expect(Set(duplicates.map(\.fingerprint)).count == 2)
    }
}
