import GoModules
import Plumbline
import Testing

/// `rules/data/deprecated-modules.yaml` and `deprecated-std-packages.yaml`: every shipped row is complete and
/// well-formed, and a malformed table is refused with its place.
@Suite("Deprecation tables")
struct DeprecationTableTests {
    @Test func everyShippedModuleRowIsCompleteAndWellFormed() {
        let table = Support.shipped.tables.deprecatedModules
        #expect(table.entries.count >= 40)
        let statuses = Set(DeprecationTable.Status.allCases.map(\.rawValue))
        for (path, entry) in table.entries {
            #expect(entry.path == path)
            #expect(ModulePath.check(path) == nil, "\(path) is not a valid module path")
            #expect(statuses.contains(entry.status), "\(path): status \(entry.status)")
            #expect(!entry.note.isEmpty && !entry.source.isEmpty, "\(path) needs a note and a source")
            #expect(!entry.note.contains("(none)") && !entry.note.contains("{"), "\(path): note \(entry.note)")
            if let replacement = entry.replacement {
                #expect(ModulePath.check(replacement) == nil, "\(path): replacement \(replacement)")
                #expect(replacement != path)
            }
            if let since = entry.since {
                #expect(since.count == 7 || since.count == 10, "\(path): since \(since)")
            }
        }
    }

    @Test func theTableCoversRetiredProtobufTracingAndHelperModules() throws {
        let table = Support.shipped.tables.deprecatedModules
        let gogo = try #require(table["github.com/gogo/protobuf"])
        #expect(gogo.status == "retired" && gogo.replacement == nil)
        #expect(table["github.com/opentracing/opentracing-go"]?.replacement == "go.opentelemetry.io/otel")
        #expect(table["go.opencensus.io"]?.since == "2023-07-31")
        #expect(table["go.opentelemetry.io/otel/exporters/jaeger"]?.status == "deprecated")
        #expect(table["github.com/mitchellh/hashstructure/v2"] != nil)
        #expect(table["github.com/mitchellh/mapstructure"]?.replacement == "github.com/go-viper/mapstructure/v2")
    }

    @Test func aRetiredModuleIsReportedWithItsAdvice() {
        let report = Support.scan(["go.mod": "module example.com/m\n\ngo 1.22\n\nrequire github.com/gogo/protobuf v1.3.2\n"])
        let findings = report.findings.filter { $0.ruleID == "PLB-TD-002" }
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("github.com/gogo/protobuf is retired") == true)
        #expect(findings.first?.message.contains("regenerate with google.golang.org/protobuf") == true)
    }

    @Test func theShippedStandardPackageRowsLoadAsDeprecated() {
        let table = Support.shipped.tables.deprecatedPackages
        #expect(!table.entries.isEmpty)
        #expect(table.entries.values.allSatisfy { $0.status == "deprecated" && !$0.source.isEmpty })
    }

    @Test(arguments: [
        ("modules:\n  - { path: a.example/m, status: gone, note: n, source: s }\n", "t.yaml:2:"),
        ("modules:\n  - { path: a.example/m, since: 2024-13, note: n, source: s }\n", "t.yaml:2:"),
        ("modules:\n  - { path: a.example/m, note: n, source: s }\n  - { path: a.example/m, note: n, source: s }\n", "t.yaml:3:"),
        ("modules:\n  - { path: a.example/m, note: n }\n", "t.yaml:2:"),
    ])
    func aMalformedRowIsRefusedWithItsPlace(yaml: String, place: String) {
        do {
            _ = try DeprecationTable(bytes: Array(yaml.utf8), path: "t.yaml", listKey: "modules")
            Issue.record("accepted: \(yaml)")
        } catch {
            #expect(error.description.hasPrefix(place), "\(error.description)")
        }
    }
}
