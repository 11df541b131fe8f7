/// A WebAssembly feature beyond the 1.0 (MVP) core, named as in the tool-conventions `target_features`
/// vocabulary so that features seen in the code and features declared by the producer compare directly.
public enum WasmFeature: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Threads: shared memories and the 0xFE atomic instructions.
    case atomics
    /// `memory.copy/fill/init`, `data.drop`, `table.init/copy`, `elem.drop` (0xFC 8–17), passive segments.
    case bulkMemory = "bulk-memory"
    /// Tags, `try_table`, `throw`, `throw_ref`, `exnref` (and the legacy `try`/`catch`/`delegate`).
    case exceptionHandling = "exception-handling"
    /// `i32/i64.add/sub/mul` in constant expressions.
    case extendedConst = "extended-const"
    /// Typed function references: `call_ref`, `ref.as_non_null`, `br_on_null`, non-nullable/indexed refs.
    case functionReferences = "function-references"
    /// Garbage collection: `rec`/`sub`/struct/array types, the 0xFB instructions, `ref.eq`, GC heap types.
    case gc
    /// 64-bit memories or tables (limits flags 0x04–0x07).
    case memory64
    /// More than one memory, or a non-zero memory index in an instruction.
    case multimemory
    /// Function types with several results, or blocks typed by a type index.
    case multivalue
    /// Imported or exported mutable globals.
    case mutableGlobals = "mutable-globals"
    /// Saturating float-to-int conversions (0xFC 0–7).
    case nontrappingFloatToInt = "nontrapping-fptoint"
    /// `externref`/`funcref` values, table instructions, several tables, typed `select`.
    case referenceTypes = "reference-types"
    /// Relaxed SIMD (0xFD 0x100–0x113).
    case relaxedSIMD = "relaxed-simd"
    /// `i32.extend8_s` … `i64.extend32_s` (0xC0–0xC4).
    case signExtension = "sign-ext"
    /// 128-bit SIMD: `v128` and the 0xFD instructions.
    case simd128
    /// `return_call`, `return_call_indirect`, `return_call_ref`.
    case tailCall = "tail-call"

    /// Orders by name.
    public static func < (lhs: WasmFeature, rhs: WasmFeature) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    var bit: UInt32 {
        switch self {
        case .atomics: return 1 << 0
        case .bulkMemory: return 1 << 1
        case .exceptionHandling: return 1 << 2
        case .extendedConst: return 1 << 3
        case .functionReferences: return 1 << 4
        case .gc: return 1 << 5
        case .memory64: return 1 << 6
        case .multimemory: return 1 << 7
        case .multivalue: return 1 << 8
        case .mutableGlobals: return 1 << 9
        case .nontrappingFloatToInt: return 1 << 10
        case .referenceTypes: return 1 << 11
        case .relaxedSIMD: return 1 << 12
        case .signExtension: return 1 << 13
        case .simd128: return 1 << 14
        case .tailCall: return 1 << 15
        }
    }
}

/// The features seen while decoding, as a bit set so that the instruction walk can record them cheaply.
struct FeatureSet {
    private(set) var bits: UInt32 = 0

    mutating func insert(_ feature: WasmFeature) {
        bits |= feature.bit
    }

    func contains(_ feature: WasmFeature) -> Bool {
        bits & feature.bit != 0
    }

    var sorted: [WasmFeature] {
        WasmFeature.allCases.filter(contains).sorted()
    }
}
