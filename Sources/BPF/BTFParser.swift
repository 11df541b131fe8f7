/// Reads a `.BTF` section: header (24 or 32 bytes), every type, and the string section.
enum BTFParser {
    static let magic: UInt16 = 0xEB9F
    static let swappedMagic: UInt16 = 0x9FEB
    static let classicHeaderLength = 24
    static let layoutHeaderLength = 32

    static func parse(_ section: ByteView) throws(BPFDecodeError) -> BTFInfo {
        let magicValue = try section.u16(0)
        guard magicValue == magic else {
            throw BPFDecodeError(
                kind: .malformedBTF, offset: section.start,
                message: magicValue == swappedMagic
                    ? ".BTF is in the other byte order than the ELF header says"
                    : ".BTF magic is 0x\(String(magicValue, radix: 16)), expected 0xeb9f")
        }
        let version = try section.u8(2)
        guard version == 1 else {
            throw BPFDecodeError(
                kind: .malformedBTF, offset: section.start + 2, message: ".BTF version is \(version), expected 1")
        }
        let headerLength = try section.u32(4)
        guard headerLength >= UInt32(classicHeaderLength), UInt64(headerLength) <= UInt64(section.count) else {
            throw BPFDecodeError(
                kind: .malformedBTF, offset: section.start + 4,
                message: ".BTF header length \(headerLength) is below 24 or beyond the \(section.count)-byte section")
        }
        let typeOffset = try section.u32(8)
        let typeLength = try section.u32(12)
        let stringOffset = try section.u32(16)
        let stringLength = try section.u32(20)
        let body = try section.suffix(from: Int(headerLength), what: ".BTF data")
        guard typeOffset % 4 == 0 else {
            throw BPFDecodeError(
                kind: .malformedBTF, offset: section.start + 8,
                message: ".BTF type section offset \(typeOffset) is not 4-byte aligned")
        }
        let typeView = try body.window(
            at: UInt64(typeOffset), length: UInt64(typeLength), what: ".BTF type section", kind: .malformedBTF)
        let stringView = try body.window(
            at: UInt64(stringOffset), length: UInt64(stringLength), what: ".BTF string section", kind: .malformedBTF)
        guard stringLength > 0, stringView.slice.first == 0, stringView.slice.last == 0 else {
            throw BPFDecodeError(
                kind: .malformedBTF, offset: stringView.start,
                message: ".BTF string section must be non-empty and start and end with a NUL byte")
        }
        var layout: [UInt8: (infoSize: Int, entrySize: Int)] = [:]
        var hasLayout = false
        if headerLength >= UInt32(layoutHeaderLength) {
            let layoutLength = try section.u32(28)
            if layoutLength > 0 {
                hasLayout = true
                let layoutView = try body.window(
                    at: UInt64(try section.u32(24)), length: UInt64(layoutLength), what: ".BTF layout section",
                    kind: .malformedBTF)
                // One 4-byte entry per kind number; kinds are 7 bits wide.
                for kind in 0..<min(layoutView.count / 4, 128) {
                    layout[UInt8(kind)] = (Int(try layoutView.u8(kind * 4)), Int(try layoutView.u8(kind * 4 + 1)))
                }
            }
        }
        let types = try parseTypes(typeView, layout: layout)
        return BTFInfo(
            headerLength: Int(headerLength), version: version, flags: try section.u8(3), types: types,
            stringsLength: Int(stringLength), hasLayout: hasLayout, strings: Array(stringView.slice))
    }

    private static func parseTypes(_ view: ByteView, layout: [UInt8: (infoSize: Int, entrySize: Int)])
        throws(BPFDecodeError) -> [BTFType]
    {
        var types: [BTFType] = []
        types.reserveCapacity(view.count / 12)
        var position = 0
        while position < view.count {
            let id = UInt32(types.count + 1)
            let info = try view.u32(position + 4)
            let kindNumber = UInt8((info >> 24) & 0x7f)
            let kind = BTFKind(rawValue: kindNumber)
            let vlen = info & 0xff_ffff
            let trailing: (fixed: Int, perEntry: Int)
            if let known = kind.trailingLayout {
                trailing = known
            } else if let skipped = layout[kindNumber] {
                trailing = (skipped.infoSize, skipped.entrySize)
            } else {
                throw BPFDecodeError(
                    kind: .malformedBTF, offset: view.start + position + 4,
                    message: "BTF type \(id) has unknown kind \(kindNumber) and no layout section says its size")
            }
            let (entries, overflow) = Int(vlen).multipliedReportingOverflow(by: trailing.perEntry)
            let dataStart = position + 12
            guard !overflow, dataStart <= view.count, trailing.fixed + entries <= view.count - dataStart else {
                throw BPFDecodeError(
                    kind: .malformedBTF, offset: view.start + position,
                    message: "BTF type \(id) (\(kind.name), vlen \(vlen)) runs past the end of the type section")
            }
            let detail = try detail(of: kind, vlen: Int(vlen), kindFlag: info >> 31 == 1, view: view, at: dataStart)
            types.append(
                BTFType(
                    id: id, kind: kind, nameOffset: try view.u32(position), vlen: vlen, kindFlag: info >> 31 == 1,
                    sizeOrType: try view.u32(position + 8), detail: detail))
            position = dataStart + trailing.fixed + entries
        }
        return types
    }

    private static func detail(of kind: BTFKind, vlen: Int, kindFlag: Bool, view: ByteView, at base: Int)
        throws(BPFDecodeError) -> BTFType.Detail
    {
        switch kind {
        case .int:
            let value = try view.u32(base)
            return .int(
                encoding: UInt8((value >> 24) & 0xf), bitOffset: UInt8((value >> 16) & 0xff),
                bits: UInt8(value & 0xff))
        case .array:
            return .array(elementType: try view.u32(base), indexType: try view.u32(base + 4), count: try view.u32(base + 8))
        case .structure, .union:
            var members: [BTFType.Member] = []
            members.reserveCapacity(vlen)
            for index in 0..<vlen {
                let entry = base + index * 12
                members.append(
                    .init(nameOffset: try view.u32(entry), type: try view.u32(entry + 4), offset: try view.u32(entry + 8)))
            }
            return .members(members)
        case .enumeration:
            var values: [BTFType.Enumerator] = []
            values.reserveCapacity(vlen)
            for index in 0..<vlen {
                let raw = try view.u32(base + index * 8 + 4)
                let value = kindFlag ? Int64(Int32(bitPattern: raw)) : Int64(raw)
                values.append(.init(nameOffset: try view.u32(base + index * 8), value: value))
            }
            return .enumerators(values)
        case .enumeration64:
            var values: [BTFType.Enumerator] = []
            values.reserveCapacity(vlen)
            for index in 0..<vlen {
                let entry = base + index * 12
                let bits = UInt64(try view.u32(entry + 8)) << 32 | UInt64(try view.u32(entry + 4))
                values.append(.init(nameOffset: try view.u32(entry), value: Int64(bitPattern: bits)))
            }
            return .enumerators(values)
        case .functionPrototype:
            var parameters: [BTFType.Parameter] = []
            parameters.reserveCapacity(vlen)
            for index in 0..<vlen {
                parameters.append(.init(nameOffset: try view.u32(base + index * 8), type: try view.u32(base + index * 8 + 4)))
            }
            return .parameters(parameters)
        case .variable:
            return .variable(linkage: try view.u32(base))
        case .dataSection:
            var variables: [BTFType.SectionVariable] = []
            variables.reserveCapacity(vlen)
            for index in 0..<vlen {
                let entry = base + index * 12
                variables.append(
                    .init(type: try view.u32(entry), offset: try view.u32(entry + 4), size: try view.u32(entry + 8)))
            }
            return .sectionVariables(variables)
        case .declarationTag:
            return .declarationTag(componentIndex: Int32(bitPattern: try view.u32(base)))
        case .pointer, .forward, .typedef, .volatile, .const, .restrict, .function, .float, .typeTag, .unknown:
            return .none
        }
    }
}
