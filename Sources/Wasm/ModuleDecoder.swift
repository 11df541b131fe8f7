/// Decodes a binary front to back in one pass. Each section is decoded inside a reader narrowed to the
/// section's declared size, so a section can neither read into its neighbour nor end early unnoticed.
struct ModuleDecoder {
    var reader: ByteReader
    var features = FeatureSet()
    var module: WasmModule
    private var lastSectionRank = 0
    private var lastSection: WasmSectionID?
    private var codeSectionSeen = false
    /// Function bodies whose instructions are walked once every section has been read: a module cut short
    /// after its code section then fails at the cut without walking megabytes of code first.
    private var pendingBodies: [ByteReader] = []
    private var dataSectionSeen = false
    /// Names of the custom sections seen so far, for the placement warnings.
    var customSectionsSeen: [String] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        reader = ByteReader(bytes)
        module = WasmModule(layer: .module, size: bytes.count)
    }

    mutating func decode() throws(WasmDecodeError) -> WasmModule {
        module.layer = try readPreamble()
        if case .component = module.layer {
            try decodeComponentSections()
        } else {
            while !reader.isAtEnd { try decodeSection() }
            try walkPendingBodies()
            try checkMissingSections()
            finishFeatures()
        }
        module.go = GoBuildInfo.carve(from: module, warnings: &module.warnings)
        module.target = WasmTarget.infer(from: module)
        return module
    }

    // MARK: Preamble

    private mutating func readPreamble() throws(WasmDecodeError) -> WasmLayer {
        for expected: UInt8 in [0x00, 0x61, 0x73, 0x6D] {
            guard try reader.readByte() == expected else { throw reader.error(.badMagic, at: 0) }
        }
        let version = UInt16(try reader.readByte()) | UInt16(try reader.readByte()) << 8
        let layer = UInt16(try reader.readByte()) | UInt16(try reader.readByte()) << 8
        switch (version, layer) {
        case (1, 0): return .module
        case (_, 1): return .component(version: version)
        default: throw reader.error(.unsupportedVersion(version: version, layer: layer), at: 4)
        }
    }

    // MARK: Sections

    private mutating func decodeSection() throws(WasmDecodeError) {
        reader.section = nil
        let sectionStart = reader.position
        let idByte = try reader.readByte()
        guard let id = WasmSectionID(rawValue: idByte) else {
            throw reader.error(.unknownSection(id: idByte), at: sectionStart)
        }
        reader.section = id
        if id != .custom {
            if id.orderRank == lastSectionRank { throw reader.error(.duplicateSection, at: sectionStart) }
            if id.orderRank < lastSectionRank, let lastSection {
                throw reader.error(.sectionOutOfOrder(after: lastSection), at: sectionStart)
            }
            lastSectionRank = id.orderRank
            lastSection = id
        }
        let size = try reader.readSize()
        let contentStart = reader.position
        let outerEnd = reader.narrow(to: size)
        var customName: String?
        switch id {
        case .custom: customName = try decodeCustomSection()
        case .type: try decodeTypeSection()
        case .import: try decodeImportSection()
        case .function: try decodeFunctionSection()
        case .table: try decodeTableSection()
        case .memory: try decodeMemorySection()
        case .tag: try decodeTagSection()
        case .global: try decodeGlobalSection()
        case .export: try decodeExportSection()
        case .start: module.startFunction = try reader.readU32()
        case .element: try decodeElementSection()
        case .dataCount:
            module.dataCount = try reader.readU32()
            features.insert(.bulkMemory)
        case .code: try decodeCodeSection()
        case .data: try decodeDataSection()
        }
        if !reader.isAtEnd { throw reader.error(.sizeMismatch(declaredEnd: reader.end)) }
        reader.restoreEnd(outerEnd)
        module.sections.append(WasmSectionInfo(
            id: idByte, customName: customName, offset: sectionStart, contentOffset: contentStart, size: size))
    }

    private mutating func decodeTypeSection() throws(WasmDecodeError) {
        // The shortest entry is an empty `rec` group (0x4E 0x00).
        let count = try reader.readCount(minimumItemSize: 2)
        module.typeGroups.reserveCapacity(count)
        for _ in 0..<count { module.typeGroups.append(try readRecursiveGroup()) }
    }

    private mutating func decodeImportSection() throws(WasmDecodeError) {
        let count = try reader.readCount(minimumItemSize: 4)
        module.imports.reserveCapacity(count)
        for _ in 0..<count {
            let offset = reader.position
            let moduleName = try reader.readName()
            let name = try reader.readName()
            let kindStart = reader.position
            let kind = try reader.readByte()
            let descriptor: WasmImport.Descriptor
            switch kind {
            case 0x00: descriptor = .function(typeIndex: try reader.readU32())
            case 0x01: descriptor = .table(try readTableType())
            case 0x02: descriptor = .memory(try readMemoryType())
            case 0x03:
                let type = try readGlobalType()
                if type.isMutable { features.insert(.mutableGlobals) }
                descriptor = .global(type)
            case 0x04: descriptor = .tag(try readTagType())
            default: throw reader.error(.unknownExternalKind(kind), at: kindStart)
            }
            module.imports.append(WasmImport(module: moduleName, name: name, descriptor: descriptor, offset: offset))
        }
    }

    private mutating func decodeFunctionSection() throws(WasmDecodeError) {
        let count = try reader.readCount()
        module.functionTypeIndices.reserveCapacity(count)
        for _ in 0..<count { module.functionTypeIndices.append(try reader.readU32()) }
    }

    private mutating func decodeTableSection() throws(WasmDecodeError) {
        let count = try reader.readCount(minimumItemSize: 3)
        for _ in 0..<count {
            guard try reader.peekByte() == 0x40 else {
                module.tables.append(WasmTable(type: try readTableType(), initializer: nil))
                continue
            }
            _ = try reader.readByte()
            let reservedStart = reader.position
            let reserved = try reader.readByte()
            guard reserved == 0x00 else { throw reader.error(.unexpectedByte(reserved), at: reservedStart) }
            features.insert(.functionReferences)
            let type = try readTableType()
            module.tables.append(WasmTable(type: type, initializer: try readConstantExpression()))
        }
    }

    private mutating func decodeMemorySection() throws(WasmDecodeError) {
        let count = try reader.readCount(minimumItemSize: 2)
        for _ in 0..<count { module.memories.append(try readMemoryType()) }
    }

    private mutating func decodeTagSection() throws(WasmDecodeError) {
        let count = try reader.readCount(minimumItemSize: 2)
        for _ in 0..<count { module.tags.append(try readTagType()) }
    }

    private mutating func decodeGlobalSection() throws(WasmDecodeError) {
        let count = try reader.readCount(minimumItemSize: 3)
        module.globals.reserveCapacity(count)
        for _ in 0..<count {
            let type = try readGlobalType()
            module.globals.append(WasmGlobal(type: type, initializer: try readConstantExpression()))
        }
    }

    private mutating func decodeExportSection() throws(WasmDecodeError) {
        let count = try reader.readCount(minimumItemSize: 3)
        module.exports.reserveCapacity(count)
        for _ in 0..<count {
            let offset = reader.position
            let name = try reader.readName()
            let kindStart = reader.position
            let kindByte = try reader.readByte()
            guard let kind = WasmExternalKind.allCases.first(where: { $0.code == kindByte }) else {
                throw reader.error(.unknownExternalKind(kindByte), at: kindStart)
            }
            module.exports.append(WasmExport(name: name, kind: kind, index: try reader.readU32(), offset: offset))
        }
    }

    private mutating func decodeElementSection() throws(WasmDecodeError) {
        let count = try reader.readCount(minimumItemSize: 3)
        module.elementSegments.reserveCapacity(count)
        for _ in 0..<count { module.elementSegments.append(try readElementSegment()) }
    }

    /// Flags 0–7: bit 0 passive/declarative, bit 1 explicit table (active) or declarative, bit 2 expressions.
    private mutating func readElementSegment() throws(WasmDecodeError) -> WasmElementSegment {
        let offset = reader.position
        let flags = try reader.readU32()
        guard flags <= 7 else { throw reader.error(.unknownSegmentFlags(flags), at: offset) }
        let usesExpressions = flags & 0x04 != 0
        let mode: WasmElementSegment.Mode
        switch flags & 0x03 {
        case 0:
            mode = .active(table: 0, offset: try readConstantExpression())
        case 2:
            let table = try reader.readU32()
            if table != 0 { features.insert(.referenceTypes) }
            mode = .active(table: table, offset: try readConstantExpression())
        case 1:
            features.insert(.bulkMemory)
            mode = .passive
        default:
            features.insert(.referenceTypes)
            mode = .declarative
        }
        var elementType = WasmReferenceType.funcref
        if flags & 0x03 != 0 {
            if usesExpressions {
                elementType = try readReferenceType()
            } else {
                let kindStart = reader.position
                let kind = try reader.readByte()
                guard kind == 0x00 else { throw reader.error(.unexpectedByte(kind), at: kindStart) }
            }
        }
        let elementCount = try reader.readCount()
        if usesExpressions {
            features.insert(.referenceTypes)
            for _ in 0..<elementCount { try walkExpression(isConstant: true) }
        } else {
            for _ in 0..<elementCount { _ = try reader.readU32() }
        }
        return WasmElementSegment(mode: mode, elementType: elementType, count: elementCount, offset: offset)
    }

    private mutating func decodeCodeSection() throws(WasmDecodeError) {
        codeSectionSeen = true
        let countStart = reader.position
        let count = try reader.readCount(minimumItemSize: 3)
        guard count == module.functionTypeIndices.count else {
            throw reader.error(
                .functionCodeCountMismatch(functions: module.functionTypeIndices.count, bodies: count), at: countStart)
        }
        module.codeBodies.reserveCapacity(count)
        for _ in 0..<count {
            let size = try reader.readSize()
            let bodyStart = reader.position
            let sectionEnd = reader.narrow(to: size)
            let localCount = try readLocals()
            pendingBodies.append(reader)
            try reader.skip(reader.end - reader.position)
            reader.restoreEnd(sectionEnd)
            module.codeBodies.append(WasmCodeBody(offset: bodyStart, size: size, localCount: localCount))
        }
    }

    private mutating func walkPendingBodies() throws(WasmDecodeError) {
        let afterSections = reader
        for body in pendingBodies {
            reader = body
            try walkExpression(isConstant: false)
            if !reader.isAtEnd { throw reader.error(.sizeMismatch(declaredEnd: reader.end)) }
        }
        pendingBodies = []
        reader = afterSections
    }

    private mutating func readLocals() throws(WasmDecodeError) -> UInt64 {
        let groups = try reader.readCount(minimumItemSize: 2)
        var total: UInt64 = 0
        for _ in 0..<groups {
            let start = reader.position
            total += UInt64(try reader.readU32())
            if total > UInt64(UInt32.max) { throw reader.error(.tooManyLocals, at: start) }
            _ = try readValueType()
        }
        return total
    }

    private mutating func decodeDataSection() throws(WasmDecodeError) {
        dataSectionSeen = true
        let countStart = reader.position
        let count = try reader.readCount(minimumItemSize: 2)
        if let declared = module.dataCount, Int(declared) != count {
            throw reader.error(.dataCountMismatch(declared: declared, actual: count), at: countStart)
        }
        module.dataSegments.reserveCapacity(count)
        for _ in 0..<count {
            let flagsStart = reader.position
            let flags = try reader.readU32()
            let mode: WasmDataSegment.Mode
            switch flags {
            case 0:
                mode = .active(memory: 0, offset: try readConstantExpression())
            case 1:
                features.insert(.bulkMemory)
                mode = .passive
            case 2:
                let memory = try reader.readU32()
                if memory != 0 { features.insert(.multimemory) }
                mode = .active(memory: memory, offset: try readConstantExpression())
            default:
                throw reader.error(.unknownSegmentFlags(flags), at: flagsStart)
            }
            let length = try reader.readSize()
            let contentOffset = reader.position
            let bytes = try reader.readBytes(length)
            module.dataSegments.append(WasmDataSegment(mode: mode, contentOffset: contentOffset, bytes: bytes))
        }
    }

    /// A function section without a code section (or a data count without data) is only visible at the end.
    private mutating func checkMissingSections() throws(WasmDecodeError) {
        reader.section = nil
        if !codeSectionSeen && !module.functionTypeIndices.isEmpty {
            throw reader.error(.functionCodeCountMismatch(functions: module.functionTypeIndices.count, bodies: 0))
        }
        if !dataSectionSeen, let declared = module.dataCount, declared != 0 {
            throw reader.error(.dataCountMismatch(declared: declared, actual: 0))
        }
    }

    /// Features that only show from the module as a whole: several memories or tables, mutable globals
    /// crossing the boundary, and what `target_features` declares.
    private mutating func finishFeatures() {
        var memoryCount = module.memories.count
        var tableCount = module.tables.count
        var importedGlobals: [WasmGlobalType] = []
        for entry in module.imports {
            switch entry.descriptor {
            case .memory: memoryCount += 1
            case .table: tableCount += 1
            case let .global(type): importedGlobals.append(type)
            case .function, .tag: break
            }
        }
        if memoryCount > 1 { features.insert(.multimemory) }
        if tableCount > 1 { features.insert(.referenceTypes) }
        for export in module.exports where export.kind == .global {
            let index = Int(export.index)
            let type: WasmGlobalType? = index < importedGlobals.count
                ? importedGlobals[index]
                : (index - importedGlobals.count < module.globals.count
                    ? module.globals[index - importedGlobals.count].type : nil)
            if type?.isMutable == true { features.insert(.mutableGlobals) }
        }
        module.usedFeatures = features.sorted
        var all = features
        for declared in module.targetFeatures where declared.prefix != "-" {
            if let feature = declared.feature { all.insert(feature) }
        }
        module.features = all.sorted
    }
}
