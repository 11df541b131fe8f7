import Plumbline
import Testing

/// `rules/data/linkname-push.yaml`, the standard-library symbols the standard library keeps for linkname.
@Suite("linkname push table")
struct LinknamePushTableTests {
    @Test func theShippedTableKeepsTheHallOfShame() throws {
        let table = Support.shipped.tables.linknamePush
        #expect(table.source.hasPrefix("go1."))
        let nanotime = try #require(table.kept["runtime.nanotime"])
        #expect(nanotime.promised && nanotime.kind == "func" && nanotime.at.hasPrefix("src/runtime/"))
        #expect(table.kept["runtime.memmove"]?.promised == true)
        #expect(table.kept["sync.runtime_Semacquire"] != nil, "pushed from the runtime into sync")
        #expect(table.kept["runtime.gcStart"] == nil)
        #expect(table.kept["time.runtimeNano"] == nil, "cmd/link reserves it for package time")
        #expect(table.kept["syscall.fcntl"]?.build == "darwin")
        #expect(table.packages.contains("net/http") && !table.packages.contains("cmd/go"))
    }

    @Test func targetsSplitAtThePackage() {
        #expect(LinknamePushTable.split("sync/atomic.runtime_procPin").map { "\($0.package) \($0.symbol)" } == "sync/atomic runtime_procPin")
        #expect(LinknamePushTable.split("reflect.(*rtype).Align").map { "\($0.package) \($0.symbol)" } == "reflect (*rtype).Align")
        #expect(LinknamePushTable.split("github.com/acme/lib.helper").map { "\($0.package) \($0.symbol)" } == "github.com/acme/lib helper")
        #expect(LinknamePushTable.split("_cgo_init") == nil)
        #expect(LinknamePushTable.split(".x") == nil)
        #expect(LinknamePushTable.split("runtime.") == nil)
    }

    @Test func aMalformedTableSaysWhere() {
        let yaml = "source: go1.27.3\nkept:\n  - { package: runtime, symbol: nanotime, kind: method, at: x, promised: true }\npackages: [runtime]\n"
        do {
            _ = try LinknamePushTable(bytes: Array(yaml.utf8), path: "l.yaml")
            Issue.record("a bad kind must be refused")
        } catch {
            #expect(error.description.hasPrefix("l.yaml:3:"))
        }
        let stray = "source: go1.27.3\nkept:\n  - { package: nope, symbol: x, kind: func, at: x, promised: false }\npackages: [runtime]\n"
        #expect(throws: DefinitionError.self) { try LinknamePushTable(bytes: Array(stray.utf8), path: "l.yaml") }
        let missing = "source: go1.27.3\nkept: []\n"
        #expect(throws: DefinitionError.self) { try LinknamePushTable(bytes: Array(missing.utf8), path: "l.yaml") }
    }
}
