import Foundation
import Plumbline
import Testing

/// Docs that are generated from code must not drift from it.
@Suite("Documentation")
struct DocumentationTests {
    @Test func factsReferenceMatchesTheSchemas() throws {
        let path = Support.packageRoot + "/docs/facts.md"
        let committed = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
        #expect(committed == FieldReference.markdown(), "docs/facts.md is stale: regenerate it with `plumbline rules fields > docs/facts.md`")
    }

    @Test func everyShippedParameterIsDocumented() throws {
        let doc = String(decoding: try #require(FileManager.default.contents(atPath: Support.packageRoot + "/docs/configuration.md")), as: UTF8.self)
        for name in Support.shipped.rules.parameters.keys {
            #expect(doc.contains("`\(name)`"), "docs/configuration.md does not document \(name)")
        }
    }
}

@Suite("Go release table")
struct GoReleaseTableTests {
    static let table = Support.shipped.tables.releases

    @Test func coversGo111To127() {
        #expect(Self.table.releases.first?.version == "1.11")
        #expect(Self.table.releases.last?.version == "1.27")
        #expect(Self.table.releases.count == 17)
    }

    @Test(arguments: [
        ("2026-11-25", ["1.26", "1.27"]),
        ("2026-08-18", ["1.25", "1.26"]),
        ("2026-08-19", ["1.26", "1.27"]),
        ("2024-06-01", ["1.21", "1.22"]),
    ])
    func supportedAsOf(date: String, expected: [String]) {
        #expect(Self.table.supported(asOf: CalendarDate(stringLiteral: date)).map(\.version) == expected)
    }

    @Test func releaseOfAGoLine() {
        #expect(Self.table.release(for: "1.21.3")?.version == "1.21")
        #expect(Self.table.release(for: "1.21rc1")?.version == "1.21")
        #expect(Self.table.release(for: "1.30") == nil)
    }

    @Test func endOfSupportIsTheReleaseTwoLater() {
        let releases = Self.table.releases
        for (index, release) in releases.enumerated() where index + 2 < releases.count {
            #expect(release.endOfSupport == releases[index + 2].released, "\(release.version)")
        }
    }
}
