import Foundation
import Testing
@testable import Wasm

/// The four modules built by go1.27.3 (fixtures/wasm/src/go): imports, exports, target, features, custom
/// sections and build info, checked against what `wasm-tools print` shows for the committed binaries.
@Suite struct GoBuiltModuleTests {
    static let wasiRuntimeImports = [
        "sched_yield", "proc_exit", "args_get", "args_sizes_get", "clock_time_get", "environ_get",
        "environ_sizes_get", "fd_write", "random_get", "poll_oneoff",
    ].map { "wasi_snapshot_preview1 \($0) func" }

    static let goFeatures: [WasmFeature] = [.bulkMemory, .nontrappingFloatToInt, .signExtension]

    @Test func jsModuleImportsGojsAndExportsRunResumeGetspMem() throws {
        let module = try Fixtures.valid("go-js.wasm")
        let runtime = [
            "scheduleTimeoutEvent", "clearTimeoutEvent", "resetMemoryDataView", "wasmWrite", "getRandomData",
            "nanotime1", "wasmExit", "walltime",
        ].map { "gojs runtime.\($0) func" }
        let syscallJS = [
            "finalizeRef", "stringVal", "valueGet", "valueSet", "valueIndex", "valueSetIndex", "valueLength",
            "valueCall", "valueNew", "valuePrepareString", "valueLoadString",
        ].map { "gojs syscall/js.\($0) func" }
        #expect(module.importTriples == runtime + syscallJS)
        #expect(module.exportPairs == ["run func", "resume func", "getsp func", "mem memory"])
        #expect(module.exports.map(\.index) == [1295, 1296, 1297, 0])
        #expect(module.target == .goJS)
        #expect(module.features == Self.goFeatures)
        #expect(module.usedFeatures == Self.goFeatures)
        #expect(module.hasStart == false)
        #expect(module.layer == .module)
        #expect(module.size == 1_966_736)
        // Every gojs import uses the SP-only ABI.
        let signatures = Set((0..<UInt32(module.imports.count)).compactMap { module.functionType(ofFunction: $0) })
        #expect(signatures == [WasmFunctionType(parameters: [.i32], results: [])])
        #expect(module.functionType(ofFunction: 1297) == WasmFunctionType(parameters: [], results: [.i32]))
        #expect(module.go?.buildID == "x3lu9WXuHGLp3ZrRePF-/JBnBYA-o-9s8mk-WbqqP/Fpc5Gtk8wLyf1YmTWYh2/ft4LS8koXQwnO5vLPQrd")
        #expect(module.go?.path == "example.com/wasmfixture/js")
        #expect(module.go?.setting("GOOS") == "js")
        #expect(module.go?.dependencies == [])
    }

    @Test func wasip1CommandExportsStartAndMemoryAndListsItsDependencies() throws {
        let module = try Fixtures.valid("go-wasip1-command.wasm")
        #expect(module.importTriples == Self.wasiRuntimeImports)
        #expect(module.exportPairs == ["_start func", "memory memory"])
        #expect(module.functionType(ofFunction: module.exports[0].index) == WasmFunctionType(parameters: [], results: []))
        #expect(module.target == .goWASIP1)
        #expect(module.features == Self.goFeatures)

        let go = try #require(module.go)
        #expect(go.goVersion == "go1.27.3")
        #expect(go.goVersionSource == .producers)
        #expect(go.buildID == "n_YmkjPcDS-b7IM8hQZE/2SRdCgPnjKnJ7k6ZU6w9/Qo7l7GyJpx01d6mcv0TG/CDqJbHJMWN9rE85gWoP3")
        #expect(go.path == "example.com/wasmfixture/command")
        #expect(go.mainModule == GoBuildInfo.Module(
            path: "example.com/wasmfixture/command", version: "(devel)", sum: nil, replacement: nil))
        #expect(go.dependencies.map { "\($0.path) \($0.version) \($0.sum ?? "-")" } == [
            "example.com/dep v1.1.0 h1:USFLEbegIlK18LbaXwKmySTVz7pVNNoWtVhMrOcH/Kk=",
            "example.com/m v1.0.0 h1:UJSIfYSSo+UTmNZ5EJk1GEut/BClXD8cIZOPvDaB/hA=",
            "example.com/other v1.0.0 h1:DG2BKCW9dvTb7+bBP5YOsY1mM5Nw7j8ZV2zwt2qOAag=",
        ])
        #expect(go.settings.map { "\($0.key)=\($0.value)" } == [
            "-buildmode=exe", "-compiler=gc", "-trimpath=true",
            "DefaultGODEBUG=cryptocustomrand=1,httpservecontentmaxranges=1,tlssecpmlkem=0,tracebacklabels=0,"
                + "urlstrictcolons=0,x509sslcertoverrideplatform=0",
            "CGO_ENABLED=0", "GOARCH=wasm", "GOOS=wasip1",
        ])
    }

    /// The Done-means check: the embedded dependency list is exactly the go.sum the module was built from.
    @Test func commandBuildInfoAgreesWithItsGoSum() throws {
        let module = try Fixtures.valid("go-wasip1-command.wasm")
        let goSum = try String(contentsOfFile: Fixtures.root + "/src/go/wasip1-command/go.sum", encoding: .utf8)
        let sums = goSum.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
            .filter { $0.count == 3 && !$0[1].hasSuffix("/go.mod") }
            .map { "\($0[0]) \($0[1]) \($0[2])" }
        let embedded = try #require(module.go).dependencies.map { "\($0.path) \($0.version) \($0.sum ?? "")" }
        #expect(embedded == sums)
    }

    @Test func reactorExportsInitializeInsteadOfStart() throws {
        let module = try Fixtures.valid("go-wasip1-reactor.wasm")
        #expect(module.importTriples == Self.wasiRuntimeImports)
        #expect(module.exportPairs == ["_initialize func", "add func", "scale func", "memory memory"])
        #expect(module.functionType(ofFunction: module.exports[1].index)
            == WasmFunctionType(parameters: [.i32, .i32], results: [.i32]))
        #expect(module.functionType(ofFunction: module.exports[2].index)
            == WasmFunctionType(parameters: [.f64, .i64], results: [.f64]))
        #expect(module.target == .goWASIP1)
        #expect(module.go?.setting("-buildmode") == "c-shared")
        #expect(module.go?.path == "example.com/wasmfixture/reactor")
    }

    @Test func hostABIModuleImportsWithWasmimportAndExportsWithWasmexport() throws {
        let module = try Fixtures.valid("go-wasip1-hostabi.wasm")
        #expect(module.importTriples == Self.wasiRuntimeImports + ["env host_log func"])
        #expect(module.functionType(ofFunction: 10) == WasmFunctionType(parameters: [.i32, .i32], results: []))
        #expect(module.exportPairs == ["_start func", "add func", "memory memory"])
        #expect(module.functionType(ofFunction: module.exports[1].index)
            == WasmFunctionType(parameters: [.i32, .i32], results: [.i32]))
        #expect(module.target == .goWASIP1)
        #expect(module.go?.goVersion == "go1.27.3")
    }

    /// Go's layout: go:buildid first, producers last, name stripped by -s; one funcref table, one memory with
    /// no maximum, eight mutable globals (SP plus i64 registers); no GC types, tags, start or data count.
    @Test func goLinkerLayout() throws {
        let module = try Fixtures.valid("go-js.wasm")
        #expect(module.sections.map(\.id) == [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 0])
        #expect(module.sections.first?.customName == "go:buildid")
        #expect(module.sections.last?.customName == "producers")
        #expect(module.names == nil)
        #expect(module.producers?.fields.map(\.name) == ["language", "processed-by"])
        #expect(module.producers?.values(of: "processed-by") == [.init(name: "Go cmd/compile", version: "go1.27.3")])
        #expect(module.tables == [WasmTable(
            type: WasmTableType(elementType: .funcref,
                                limits: WasmLimits(minimum: 5452, maximum: nil, isShared: false, is64Bit: false)),
            initializer: nil)])
        #expect(module.memories == [WasmMemoryType(
            limits: WasmLimits(minimum: 33, maximum: nil, isShared: false, is64Bit: false))])
        #expect(module.globals.map(\.type.valueType) == [.i32, .i64, .i64, .i64, .i64, .i64, .i64, .i32])
        #expect(module.globals.allSatisfy { $0.type.isMutable && ($0.initializer == .i32(0) || $0.initializer == .i64(0)) })
        #expect(module.typeGroups.allSatisfy { !$0.isExplicit && $0.types.count == 1 })
        #expect(module.tags.isEmpty && module.dataCount == nil && module.startFunction == nil)
        #expect(module.codeBodies.count == module.functionTypeIndices.count)
        #expect(module.elementSegments.count == 1)
        #expect(module.elementSegments.first?.mode == .active(table: 0, offset: .i32(4096)))
        #expect(module.targetFeatures.isEmpty)
        #expect(module.warnings.isEmpty)
    }
}
