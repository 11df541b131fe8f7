import Testing
@testable import Wasm

/// Producer and target inference from imports, exports and the producers section.
@Suite struct TargetInferenceTests {
    @Test(arguments: [
        ("go-js.wasm", WasmTarget.goJS),
        ("go-wasip1-command.wasm", .goWASIP1),
        ("go-wasip1-reactor.wasm", .goWASIP1),
        ("go-wasip1-hostabi.wasm", .goWASIP1),
        ("shape-go120-js.wasm", .goJS),
        ("shape-tinygo-js.wasm", .tinyGo),
        ("shape-rust.wasm", .rust),
        ("shape-c.wasm", .c),
        ("shape-emscripten.wasm", .emscripten),
        ("all-kinds.wasm", .unknown),
        ("component.wasm", .unknown),
    ])
    func target(of fixture: String, is expected: WasmTarget) throws {
        #expect(try Fixtures.valid(fixture).target == expected)
    }

    @Test func rawValuesAreTheInspectStrings() {
        #expect(WasmTarget.allCases.map(\.rawValue) == ["go-js", "go-wasip1", "tinygo", "rust", "emscripten", "c", "unknown"])
    }

    /// Before Go 1.21 the runtime imported from "go"; that alone (without Go's exports or custom sections)
    /// is too common a name to mean Go.
    @Test func legacyGoModuleNameNeedsGoEvidence() throws {
        let legacy = try Fixtures.valid("shape-go120-js.wasm")
        #expect(Set(legacy.imports.map(\.module)) == ["go"])
        // type () -> (); import "go" "f"; nothing else.
        let bare: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
                             0x02, 0x08, 0x01, 0x02, 0x67, 0x6F, 0x01, 0x66, 0x00, 0x00]
        let module = try WasmModule.decode(bare)
        #expect(module.importTriples == ["go f func"])
        #expect(module.target == .unknown)
    }

    @Test func rustProducersAreRead() throws {
        let module = try Fixtures.valid("shape-rust.wasm")
        #expect(module.producers?.values(of: "language") == [WasmProducers.Value(name: "Rust", version: "")])
        #expect(module.producers?.values(of: "processed-by")
            == [WasmProducers.Value(name: "rustc", version: "1.83.0 (90b35a623 2024-11-26)")])
        #expect(module.producers?.values(of: "sdk") == [])
    }
}
