import Foundation
import Plumbline
import Testing
import Wasm

/// The shipped runtime table and the `wasm.runtimes` targets resolved against it.
@Suite("Wasm runtime table")
struct WasmRuntimeTableTests {
    static let table = Support.shipped.tables.wasmRuntimes

    static func target(_ entry: String) throws -> WasmRuntimeTable.Target {
        try Self.table.target(entry).get()
    }

    @Test func shipsTheEightRuntimesWithEveryFeature() {
        #expect(Self.table.runtimes.map(\.name).sorted() == ["chrome", "firefox", "node", "safari", "wasmedge", "wasmer", "wasmtime", "wazero"])
        for runtime in Self.table.runtimes {
            #expect(Set(runtime.features.keys) == Set(WasmFeature.allCases), "\(runtime.name)")
        }
    }

    @Test(arguments: [
        ("safari 16.3", WasmFeature.simd128, false),
        ("safari 16.4", .simd128, true),
        ("safari 26", .memory64, false),           // never
        ("chrome 118", .gc, false),
        ("chrome 119", .gc, true),
        ("node 16.10", .simd128, true),            // 16.10 > 16.4, numerically
        ("wazero 1.7", .gc, false),
        ("wazero 1.7", .simd128, true),            // all
        ("wasmtime 14", .atomics, false),
        ("wasmtime 15", .atomics, true),
        ("wasmtime 46", .exceptionHandling, false),
        ("wasmtime 47.0.0", .exceptionHandling, true),
    ])
    func featureAvailabilityByVersion(entry: String, feature: WasmFeature, expected: Bool) throws {
        #expect(try Self.target(entry).supports(feature) == expected)
    }

    @Test func bareNameMeansTheOldestVersionCovered() throws {
        let node = try Self.target("node")
        #expect(node.version == "12.0")
        #expect(node.supports(.signExtension))
        #expect(!node.supports(.bulkMemory))
        #expect(try Self.target("Wasmtime v15").label == "wasmtime 15")
    }

    @Test(arguments: [
        ("wazeor 1.7", "did you mean 'wazero'?"),
        ("node 8", "older than the table covers (from 12.0)"),
        ("chrome one", "is not a version"),
        ("chrome 119 beta", "is not \"NAME\" or \"NAME VERSION\""),
        ("", "is not \"NAME\" or \"NAME VERSION\""),
        ("node 1.2.3.4.5", "is not a version"),
    ])
    func unusableEntriesExplainThemselves(entry: String, fragment: String) {
        guard case .failure(let error) = Self.table.target(entry) else {
            Issue.record("'\(entry)' resolved")
            return
        }
        #expect(error.message.contains(fragment), "\(error.message)")
    }

    @Test func missingFeatureInARowIsAnErrorWithItsPosition() {
        let yaml = "runtimes:\n  - name: toy\n    oldest: \"1.0\"\n    source: test\n    features:\n      gc: never\n"
        do {
            _ = try WasmRuntimeTable(bytes: Array(yaml.utf8), path: "r.yaml")
            Issue.record("loaded a row without every feature")
        } catch {
            #expect(error.location == SourceLocation(path: "r.yaml", line: 6, column: 7))
            #expect(error.message.contains("is missing"))
        }
    }

    @Test func misspeltFeatureAndBadVersionAreRejected() {
        let every = WasmFeature.allCases.map { "      \($0.rawValue): all\n" }.joined()
        let misspelt = "runtimes:\n  - name: toy\n    oldest: \"1.0\"\n    source: test\n    features:\n      simd: all\n" + every
        let badVersion = "runtimes:\n  - name: toy\n    oldest: \"1.0\"\n    source: test\n    features:\n" + every.replacingOccurrences(of: "gc: all", with: "gc: soon")
        #expect(throws: DefinitionError.self) { try WasmRuntimeTable(bytes: Array(misspelt.utf8), path: "r.yaml") }
        #expect(throws: DefinitionError.self) { try WasmRuntimeTable(bytes: Array(badVersion.utf8), path: "r.yaml") }
    }

    @Test func scanReportsEachGap() throws {
        let module = [UInt8](try #require(FileManager.default.contents(atPath: Support.fixtures + "/wasm/valid/simd.wasm")))
        var configuration = Configuration()
        configuration.parameters["wasm.runtimes"] = .strings(["safari 16.0", "chrome 119"])
        let report = Support.scan(bytes: ["m.wasm": module], configuration: configuration)
        let gap = try #require(report.findings.first { $0.ruleID == "PLB-WASM-010" })
        #expect(gap.message.contains("simd128: safari 16.0"))
        #expect(gap.message.contains("relaxed-simd: safari 16.0"))
        #expect(!gap.message.contains("chrome"))
    }
}
