/// Components are listed, not decoded: each top-level section is framed and checked against the input,
/// and `producers` is read from custom sections. Nested core modules are not descended into.
extension ModuleDecoder {
    mutating func decodeComponentSections() throws(WasmDecodeError) {
        while !reader.isAtEnd {
            reader.section = nil
            let sectionStart = reader.position
            let id = try reader.readByte()
            guard WasmComponentSectionKind(rawValue: id) != nil else {
                throw reader.error(.unknownSection(id: id), at: sectionStart)
            }
            let size = try reader.readSize()
            let contentStart = reader.position
            let outerEnd = reader.narrow(to: size)
            var customName: String?
            if id == 0 {
                reader.section = .custom
                customName = try decodeCustomSection()
            } else {
                try reader.skip(size)
            }
            reader.restoreEnd(outerEnd)
            module.sections.append(WasmSectionInfo(
                id: id, customName: customName, offset: sectionStart, contentOffset: contentStart, size: size))
        }
    }
}
