import Testing
@testable import Wasm

/// Custom sections: contents and placement problems are warnings, never errors (the specification says
/// they must not invalidate a module); the section name itself must still be well-formed.
@Suite struct CustomSectionTests {
    @Test func malformedProducersPayloadIsAWarning() throws {
        // field count 1, field name "language", value count 5 but nothing follows.
        let payload: [UInt8] = [0x01] + ModuleBytes.name("language") + [0x05]
        let module = try WasmModule.decode(ModuleBytes.header + ModuleBytes.custom("producers", payload))
        #expect(module.producers == nil)
        #expect(module.warnings == [WasmDecodeWarning(
            offset: 30, subject: "producers", message: "count 5 does not fit in the 0 bytes left")])
        #expect(module.warnings.first?.description == "offset 0x1e (producers): count 5 does not fit in the 0 bytes left")
    }

    @Test func goOrderProducersBeforeNameIsAWarning() throws {
        let producers = ModuleBytes.custom("producers", [0x01] + ModuleBytes.name("language") + [0x01]
            + ModuleBytes.name("Go") + ModuleBytes.name("go1.27.3"))
        let names = ModuleBytes.custom("name", [0x00, 0x04] + ModuleBytes.name("app"))
        let module = try WasmModule.decode(ModuleBytes.header + producers + names)
        #expect(module.names == WasmNameSection(moduleName: "app", functionNames: []))
        #expect(module.producers?.values(of: "language") == [WasmProducers.Value(name: "Go", version: "go1.27.3")])
        #expect(module.warnings.map(\.description) == ["offset 0x32 (producers): appears before the name section"])
    }

    @Test func unknownTargetFeaturePrefixIsSkippedWithAWarning() throws {
        let payload: [UInt8] = [0x02, 0x2B] + ModuleBytes.name("simd128") + [0x3F] + ModuleBytes.name("odd")
        let module = try WasmModule.decode(ModuleBytes.header + ModuleBytes.custom("target_features", payload))
        #expect(module.targetFeatures == [WasmTargetFeature(prefix: "+", name: "simd128")])
        #expect(module.features == [.simd128])
        #expect(module.usedFeatures == [])
        #expect(module.warnings.map(\.message) == ["unknown prefix byte 63"])
    }

    @Test func goBuildIDPayload() throws {
        let payload = Array("\u{FF} Go build ID: \"abc/def\"\n \u{FF}".unicodeScalars.map { UInt8($0.value) })
        let module = try WasmModule.decode(ModuleBytes.header + ModuleBytes.custom("go:buildid", payload))
        #expect(module.goBuildID == "abc/def")
        #expect(module.go?.buildID == "abc/def")
        #expect(module.go?.path == nil)
        let broken = try WasmModule.decode(ModuleBytes.header + ModuleBytes.custom("go:buildid", [0x01, 0x02]))
        #expect(broken.goBuildID == nil)
        #expect(broken.warnings.count == 1)
    }

    @Test func nameSectionWithOverrunningSubsectionIsAWarning() throws {
        // subsection 1 (function names) declares 9 bytes, only 2 follow.
        let module = try WasmModule.decode(ModuleBytes.header + ModuleBytes.custom("name", [0x01, 0x09, 0x00, 0x00]))
        #expect(module.names == nil)
        #expect(module.warnings.map(\.description) == ["offset 0x10 (name): size 9 is larger than the 2 bytes left"])
    }

    @Test func customSectionNameMustBeUTF8() {
        let bytes = ModuleBytes.header + ModuleBytes.section(0, [0x02, 0xC3, 0x28])
        #expect(throws: WasmDecodeError(offset: 10, section: .custom, reason: .invalidUTF8)) {
            try WasmModule.decode(bytes)
        }
    }
}
