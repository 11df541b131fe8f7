/// A decoded WebAssembly binary: a core module with its sections, or a component's top-level layout.
public struct WasmModule: Sendable, Equatable {
    /// Core module or component, from the preamble.
    public var layer: WasmLayer
    /// Size of the input in bytes.
    public var size: Int
    /// Every top-level section in file order, custom sections included.
    public var sections: [WasmSectionInfo] = []

    /// The type section, as written (one entry per `rec` group or single type).
    public var typeGroups: [WasmRecursiveGroup] = []
    /// The import section, in order.
    public var imports: [WasmImport] = []
    /// The function section: the type index of each function the module defines.
    public var functionTypeIndices: [UInt32] = []
    /// Tables the module defines (imported ones are in `imports`).
    public var tables: [WasmTable] = []
    /// Memories the module defines.
    public var memories: [WasmMemoryType] = []
    /// Exception tags the module defines (the tag section).
    public var tags: [WasmTagType] = []
    /// Globals the module defines.
    public var globals: [WasmGlobal] = []
    /// The export section, in order (duplicates kept).
    public var exports: [WasmExport] = []
    /// The start section's function index.
    public var startFunction: UInt32?
    /// The element section.
    public var elementSegments: [WasmElementSegment] = []
    /// The data count section's value.
    public var dataCount: UInt32?
    /// Where each function body of the code section lies.
    public var codeBodies: [WasmCodeBody] = []
    /// The data section, with contents.
    public var dataSegments: [WasmDataSegment] = []

    /// The `name` custom section.
    public var names: WasmNameSection?
    /// The `producers` custom section.
    public var producers: WasmProducers?
    /// The `target_features` custom section (empty when absent).
    public var targetFeatures: [WasmTargetFeature] = []
    /// The id in Go's `go:buildid` custom section.
    public var goBuildID: String?

    /// Features seen in the types, limits, segments and instructions.
    public var usedFeatures: [WasmFeature] = []
    /// `usedFeatures` plus the known features `target_features` declares as used (`+`) or required (`=`).
    public var features: [WasmFeature] = []
    /// What the Go toolchain left in the module, when Go built it.
    public var go: GoBuildInfo?
    /// The producer and target inferred from imports, exports and custom sections.
    public var target: WasmTarget = .unknown
    /// Problems that do not stop decoding (custom sections, build info).
    public var warnings: [WasmDecodeWarning] = []

    init(layer: WasmLayer, size: Int) {
        self.layer = layer
        self.size = size
    }

    /// Decodes `bytes`. Every count and size is checked against the bytes left before anything is
    /// allocated, and every loop advances through the input, so hostile input fails fast.
    public static func decode(_ bytes: [UInt8]) throws(WasmDecodeError) -> WasmModule {
        let result: Result<WasmModule, WasmDecodeError> = bytes.withUnsafeBufferPointer { buffer in
            var decoder = ModuleDecoder(buffer)
            do throws(WasmDecodeError) {
                return .success(try decoder.decode())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// All defined types in index order (the `rec` groups flattened).
    public var types: [WasmSubType] {
        typeGroups.flatMap(\.types)
    }

    /// Whether the module has a start section.
    public var hasStart: Bool { startFunction != nil }

    /// Export names that occur more than once (invalid per the specification, but decodable), sorted.
    public var duplicateExportNames: [String] {
        var seen = Set<String>()
        var duplicates = Set<String>()
        for export in exports where !seen.insert(export.name).inserted {
            duplicates.insert(export.name)
        }
        return duplicates.sorted()
    }

    /// The signature of function `index` in the function index space (imports first), if it has one.
    public func functionType(ofFunction index: UInt32) -> WasmFunctionType? {
        var typeIndex: UInt32?
        var position = 0
        for entry in imports {
            guard case let .function(importedType) = entry.descriptor else { continue }
            if position == Int(index) {
                typeIndex = importedType
                break
            }
            position += 1
        }
        if typeIndex == nil {
            let local = Int(index) - position
            if local >= 0 && local < functionTypeIndices.count { typeIndex = functionTypeIndices[local] }
        }
        guard let typeIndex else { return nil }
        let all = types
        guard Int(typeIndex) < all.count, case let .function(signature) = all[Int(typeIndex)].composite else {
            return nil
        }
        return signature
    }
}

/// Which layer of the format the preamble declares.
public enum WasmLayer: Sendable, Hashable {
    /// A core module (version 1, layer 0).
    case module
    /// A component-model component (layer 1) with its binary version (0x0d for the current draft).
    case component(version: UInt16)

    /// `module` or `component`, as in `plumbline inspect` output.
    public var name: String {
        switch self {
        case .module: return "module"
        case .component: return "component"
        }
    }
}
