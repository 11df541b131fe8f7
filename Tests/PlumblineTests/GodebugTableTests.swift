import Plumbline
import Testing

/// `rules/data/godebug.yaml`, the go command's own table of GODEBUG settings.
@Suite("GODEBUG table")
struct GodebugTableTests {
    @Test func theShippedTableHasKnownAndRemovedSettings() throws {
        let table = Support.shipped.tables.godebug
        #expect(table.source.hasPrefix("go1."))
        let panicnil = try #require(table.known["panicnil"])
        #expect(panicnil.package == "runtime" && panicnil.changed == "1.21" && panicnil.old == "1")
        #expect(table.known["http2client"]?.changed == nil)
        let x509sha1 = try #require(table.removed["x509sha1"])
        #expect(x509sha1.removed == "1.24" && x509sha1.old == ["1"])
        #expect(table.removed["asynctimerchan"]?.old == ["1", "2"])
        #expect(table.known.count > 50)
    }

    @Test func aMalformedTableSaysWhere() {
        let yaml = "source: go1.27.3\nknown:\n  - { name: panicnil, package: runtime, changed: soon }\nremoved: []\n"
        #expect(throws: DefinitionError.self) { try GodebugTable(bytes: Array(yaml.utf8), path: "g.yaml") }
        do {
            _ = try GodebugTable(bytes: Array(yaml.utf8), path: "g.yaml")
        } catch {
            #expect(error.description.hasPrefix("g.yaml:3:"))
        }
        let missing = "source: go1.27.3\nknown: []\n"
        #expect(throws: DefinitionError.self) { try GodebugTable(bytes: Array(missing.utf8), path: "g.yaml") }
    }
}
