/// Custom sections. Only the section name is part of the module's well-formedness; problems inside the
/// payload or with placement become warnings, as the specification asks.
extension ModuleDecoder {
    /// Decodes the custom section the reader is narrowed to and returns its name.
    mutating func decodeCustomSection() throws(WasmDecodeError) -> String {
        let name = try reader.readName()
        let payloadStart = reader.position
        var payload = reader
        try reader.skip(reader.bytesLeft)
        do {
            switch name {
            case "name":
                if customSectionsSeen.contains("name") { warn(payloadStart, name, "appears more than once") }
                module.names = try Self.readNameSection(&payload)
            case "producers":
                if customSectionsSeen.contains("producers") { warn(payloadStart, name, "appears more than once") }
                if customSectionsSeen.contains("target_features") {
                    warn(payloadStart, name, "appears after target_features")
                }
                module.producers = try Self.readProducers(&payload)
            case "target_features":
                module.targetFeatures = try Self.readTargetFeatures(&payload, warnings: &module.warnings)
            case "go:buildid":
                module.goBuildID = Self.readGoBuildID(try payload.readBytes(payload.bytesLeft))
                if module.goBuildID == nil { warn(payloadStart, name, "payload is not `\\xff Go build ID: \"…\"\\n \\xff`") }
            default:
                break
            }
            let structured = ["name", "producers", "target_features"].contains(name)
            if structured && !payload.isAtEnd { warn(payload.position, name, "has trailing bytes") }
        } catch {
            warn(error.offset, name, error.reason.message)
        }
        if name == "name" && customSectionsSeen.contains("producers") {
            warn(payloadStart, "producers", "appears before the name section")
        }
        customSectionsSeen.append(name)
        return name
    }

    private mutating func warn(_ offset: Int, _ subject: String, _ message: String) {
        module.warnings.append(WasmDecodeWarning(offset: offset, subject: subject, message: message))
    }

    static func readNameSection(_ reader: inout ByteReader) throws(WasmDecodeError) -> WasmNameSection {
        var section = WasmNameSection(moduleName: nil, functionNames: [])
        while !reader.isAtEnd {
            let id = try reader.readByte()
            let size = try reader.readSize()
            let outerEnd = reader.narrow(to: size)
            switch id {
            case 0:
                section.moduleName = try reader.readName()
            case 1:
                let count = try reader.readCount(minimumItemSize: 2)
                section.functionNames.reserveCapacity(count)
                for _ in 0..<count {
                    let index = try reader.readU32()
                    section.functionNames.append(.init(index: index, name: try reader.readName()))
                }
            default:
                try reader.skip(reader.bytesLeft)
            }
            if !reader.isAtEnd { throw reader.error(.sizeMismatch(declaredEnd: reader.end)) }
            reader.restoreEnd(outerEnd)
        }
        return section
    }

    static func readProducers(_ reader: inout ByteReader) throws(WasmDecodeError) -> WasmProducers {
        let fieldCount = try reader.readCount(minimumItemSize: 2)
        var fields: [WasmProducers.Field] = []
        fields.reserveCapacity(fieldCount)
        for _ in 0..<fieldCount {
            let name = try reader.readName()
            let valueCount = try reader.readCount(minimumItemSize: 2)
            var values: [WasmProducers.Value] = []
            values.reserveCapacity(valueCount)
            for _ in 0..<valueCount {
                let valueName = try reader.readName()
                values.append(.init(name: valueName, version: try reader.readName()))
            }
            fields.append(.init(name: name, values: values))
        }
        return WasmProducers(fields: fields)
    }

    static func readTargetFeatures(
        _ reader: inout ByteReader, warnings: inout [WasmDecodeWarning]
    ) throws(WasmDecodeError) -> [WasmTargetFeature] {
        let count = try reader.readCount(minimumItemSize: 2)
        var entries: [WasmTargetFeature] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let prefixStart = reader.position
            let prefix = try reader.readByte()
            let name = try reader.readName()
            guard prefix == 0x2B || prefix == 0x2D || prefix == 0x3D else {
                warnings.append(WasmDecodeWarning(
                    offset: prefixStart, subject: "target_features", message: "unknown prefix byte \(prefix)"))
                continue
            }
            entries.append(WasmTargetFeature(prefix: Character(Unicode.Scalar(prefix)), name: name))
        }
        return entries
    }

    /// The payload is `\xff Go build ID: "<id>"\n \xff`; returns the quoted id.
    static func readGoBuildID(_ payload: [UInt8]) -> String? {
        let marker = Array("Go build ID: \"".utf8)
        guard let start = payload.firstRange(of: marker)?.upperBound,
              let end = payload[start...].firstIndex(of: UInt8(ascii: "\""))
        else { return nil }
        return String(validating: payload[start..<end], as: UTF8.self)
    }
}
