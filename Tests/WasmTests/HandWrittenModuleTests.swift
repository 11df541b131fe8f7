import Testing
@testable import Wasm

/// The hand-written modules of fixtures/wasm/src/wat: every import/export kind, odd encodings, duplicate
/// exports and a component.
@Suite struct HandWrittenModuleTests {
    @Test func importsAndExportsOfEveryKind() throws {
        let module = try Fixtures.valid("all-kinds.wasm")
        #expect(module.importTriples == [
            "env log func", "env table table", "env memory memory", "env counter global", "env failure tag",
        ])
        #expect(module.imports.map(\.descriptor) == [
            .function(typeIndex: 0),
            .table(WasmTableType(elementType: .funcref,
                                 limits: WasmLimits(minimum: 1, maximum: nil, isShared: false, is64Bit: false))),
            .memory(WasmMemoryType(limits: WasmLimits(minimum: 1, maximum: 2, isShared: false, is64Bit: false))),
            .global(WasmGlobalType(valueType: .i32, isMutable: true)),
            .tag(WasmTagType(typeIndex: 0)),
        ])
        #expect(module.exportPairs == [
            "refs table", "scratch memory", "base global", "main func", "table table", "memory memory",
            "counter global", "failure tag",
        ])
        #expect(module.exports.map(\.index) == [1, 1, 1, 2, 0, 0, 0, 0])
        #expect(module.startFunction == 1)
        #expect(module.tables.map(\.type.elementType) == [.externref])
        // i32.const 1024 i32.const 16 i32.add (extended-const) starts at 0x74 (wasm-tools dump).
        #expect(module.globals.first?.initializer == .other(offset: 0x74))
        #expect(module.elementSegments.map(\.mode) == [.active(table: 0, offset: .i32(0)), .declarative])
        #expect(module.elementSegments.map(\.count) == [1, 1])
        #expect(module.dataSegments.map(\.mode) == [.active(memory: 1, offset: .i32(8)), .passive])
        #expect(module.dataSegments.map { String(decoding: $0.bytes, as: UTF8.self) } == ["hello", "passive bytes"])
        #expect(module.dataCount == 2)
        #expect(module.features == [
            .bulkMemory, .exceptionHandling, .extendedConst, .multimemory, .mutableGlobals, .referenceTypes,
        ])
        #expect(module.target == .unknown)
        #expect(module.go == nil)
    }

    @Test func oddButValidEncodings() throws {
        let module = try Fixtures.valid("odd-encodings.wasm")
        #expect(module.sections.map(\.id) == [1, 0, 2, 3, 5, 6, 7, 10, 0])
        #expect(module.sections.compactMap(\.customName) == ["", "odd.note"])
        // Go's linker pads every section size to five bytes: contents start six bytes after the id.
        #expect(module.sections[0].contentOffset - module.sections[0].offset == 6)
        #expect(module.typeGroups.count == 2)
        #expect(module.importTriples == [" \u{1F600} func"])
        #expect(module.imports.first?.descriptor == .function(typeIndex: 1))
        #expect(module.functionTypeIndices == [0])
        #expect(module.memories.first?.limits == WasmLimits(minimum: 1, maximum: 2, isShared: false, is64Bit: false))
        #expect(module.globals.first?.initializer == .i64(Int64.max))
        #expect(module.exports.map(\.name) == ["", "quote\"back\\slash", "tab\tnewline\n", "caf\u{E9}"])
        #expect(module.exports.map(\.kind) == [.function, .function, .memory, .global])
        #expect(module.codeBodies.map(\.localCount) == [1])
        #expect(module.features == [])
        #expect(module.warnings == [])
    }

    @Test func duplicateExportNamesAreDecodedAndReported() throws {
        let module = try Fixtures.valid("duplicate-exports.wasm")
        #expect(module.exportPairs == ["run func", "run func", "memory memory"])
        #expect(module.exports.map(\.index) == [0, 1, 0])
        #expect(module.duplicateExportNames == ["run"])
        #expect(try Fixtures.valid("all-kinds.wasm").duplicateExportNames == [])
    }

    @Test func componentReportsItsLayerAndTopLevelSections() throws {
        let module = try Fixtures.valid("component.wasm")
        #expect(module.layer == .component(version: 0x0D))
        #expect(module.layer.name == "component")
        let kinds = module.sections.map { WasmComponentSectionKind(rawValue: $0.id) }
        #expect(kinds == [.type, .import, .coreModule, .coreInstance, .type, .alias, .canon, .export, .custom])
        #expect(module.sections.last?.customName == "component-name")
        #expect(module.sections.map(\.size) == [10, 13, 47, 4, 5, 9, 6, 9, 40])
        #expect(module.imports.isEmpty && module.exports.isEmpty)
        #expect(module.target == .unknown)
    }
}
