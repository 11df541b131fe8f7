import Testing
@testable import Wasm

/// Features read from types, limits, segments and the instruction walk (each fixture's feature list is
/// also checked by .ci/wasm-oracle.sh: wasm-tools must validate the module with only those features on).
@Suite struct FeatureDetectionTests {
    @Test func postMVPInstructions() throws {
        let module = try Fixtures.valid("features.wasm")
        #expect(module.usedFeatures == [
            .atomics, .bulkMemory, .exceptionHandling, .multivalue, .nontrappingFloatToInt, .referenceTypes,
            .signExtension, .tailCall,
        ])
        #expect(module.memories.first?.limits == WasmLimits(minimum: 1, maximum: 1, isShared: true, is64Bit: false))
        #expect(module.tags == [WasmTagType(typeIndex: 1)])
    }

    @Test func gcTypesAndInstructions() throws {
        let module = try Fixtures.valid("gc-types.wasm")
        #expect(module.usedFeatures == [.exceptionHandling, .functionReferences, .gc, .referenceTypes])
        let nullableNode = WasmValueType.reference(WasmReferenceType(isNullable: true, heapType: .index(0)))
        #expect(module.typeGroups.count == 9)
        #expect(module.typeGroups[0] == WasmRecursiveGroup(types: [
            WasmSubType(isFinal: false, supertypes: [], composite: .structure([
                WasmFieldType(storage: .value(.i32), isMutable: false),
                WasmFieldType(storage: .value(nullableNode), isMutable: false),
            ])),
            WasmSubType(isFinal: true, supertypes: [], composite: .array(WasmFieldType(storage: .i8, isMutable: true))),
        ], isExplicit: true))
        #expect(module.types[2] == WasmSubType(isFinal: true, supertypes: [], composite: .structure([
            WasmFieldType(storage: .value(.i32), isMutable: true), WasmFieldType(storage: .i16, isMutable: false),
        ])))
        #expect(module.types[3].supertypes == [0])
        #expect(module.types[3].isFinal == false)
        #expect(module.types[4].composite == .function(WasmFunctionType(
            parameters: [.reference(WasmReferenceType(isNullable: false, heapType: .index(0)))],
            results: [.reference(WasmReferenceType(isNullable: true, heapType: .abstract(.any)))])))
        #expect(module.types.count == 10)
        #expect(module.globals.first?.initializer == .refNull(.index(2)))
        #expect(module.exportPairs == ["origin global", "make func", "length func", "box func", "oops tag"])
        #expect(module.names?.moduleName == "gc_types")
        #expect(module.names?.functionNames.map(\.name) == ["make", "length", "box", "is_node", "fail"])
    }

    @Test func simdAndRelaxedSIMD() throws {
        let module = try Fixtures.valid("simd.wasm")
        #expect(module.usedFeatures == [.relaxedSIMD, .simd128])
        #expect(module.functionType(ofFunction: 1) == WasmFunctionType(parameters: [.v128, .v128, .v128], results: [.v128]))
    }

    @Test func memory64Limits() throws {
        let module = try Fixtures.valid("memory64.wasm")
        #expect(module.usedFeatures == [.memory64])
        #expect(module.memories == [WasmMemoryType(limits: WasmLimits(minimum: 1, maximum: 16, isShared: false, is64Bit: true))])
    }

    @Test func mvpModuleUsesNoFeatures() throws {
        #expect(try Fixtures.valid("shape-rust.wasm").features == [])
        #expect(try Fixtures.valid("duplicate-exports.wasm").features == [])
    }

    @Test func declaredTargetFeaturesJoinTheUsedOnes() throws {
        let module = try Fixtures.valid("shape-c.wasm")
        #expect(module.targetFeatures == [
            WasmTargetFeature(prefix: "+", name: "mutable-globals"),
            WasmTargetFeature(prefix: "+", name: "sign-ext"),
            WasmTargetFeature(prefix: "-", name: "simd128"),
        ])
        #expect(module.usedFeatures == [])
        #expect(module.features == [.mutableGlobals, .signExtension])
    }

    @Test func featureNamesFollowTheToolConventions() {
        #expect(WasmFeature.allCases.map(\.rawValue) == [
            "atomics", "bulk-memory", "exception-handling", "extended-const", "function-references", "gc",
            "memory64", "multimemory", "multivalue", "mutable-globals", "nontrapping-fptoint", "reference-types",
            "relaxed-simd", "sign-ext", "simd128", "tail-call",
        ])
        #expect(WasmTargetFeature(prefix: "+", name: "bulk-memory-opt").feature == .bulkMemory)
        #expect(WasmTargetFeature(prefix: "+", name: "call-indirect-overlong").feature == nil)
    }
}
