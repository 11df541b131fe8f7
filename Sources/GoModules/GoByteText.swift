/// Go's `strings.Fields` and `strings.TrimSpace` on byte strings, with Unicode white space.
enum GoByteText {
    /// The white-space separated fields of `bytes`, as index ranges.
    static func fieldRanges(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        var index = range.lowerBound
        var fieldStart: Int?
        while index < range.upperBound {
            let byte = bytes[index]
            let isSpace: Bool
            let length: Int
            if byte < 0x80 {
                isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
                length = 1
            } else {
                let decoded = GoUTF8.decode(bytes, at: index)
                isSpace = GoUnicode.isSpace(decoded.scalar)
                length = min(decoded.length, range.upperBound - index)
            }
            if isSpace {
                if let start = fieldStart {
                    fields.append(start..<index)
                    fieldStart = nil
                }
            } else if fieldStart == nil {
                fieldStart = index
            }
            index += length
        }
        if let start = fieldStart {
            fields.append(start..<range.upperBound)
        }
        return fields
    }

    /// The white-space separated fields of `bytes`.
    static func fields<C: Collection<UInt8>>(_ bytes: C) -> [[UInt8]] {
        GoUTF8.withBuffer(bytes) { buffer in
            fieldRanges(buffer, in: 0..<buffer.count).map { Array(buffer[$0]) }
        }
    }

    /// `bytes` without leading and trailing white space.
    static func trimSpace<C: Collection<UInt8>>(_ bytes: C) -> [UInt8] {
        GoUTF8.withBuffer(bytes) { buffer in
            let fields = fieldRanges(buffer, in: 0..<buffer.count)
            guard let first = fields.first, let last = fields.last else { return [] }
            return Array(buffer[first.lowerBound..<last.upperBound])
        }
    }

    /// Whether `bytes` starts with the ASCII `prefix`.
    static func hasPrefix<C: Collection<UInt8>>(_ bytes: C, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return prefix.withUTF8Buffer { prefixBytes in bytes.prefix(count).elementsEqual(prefixBytes) }
    }

    /// Whether `bytes` equals the ASCII `text`.
    static func equals<C: Collection<UInt8>>(_ bytes: C, _ text: StaticString) -> Bool {
        text.withUTF8Buffer { textBytes in bytes.elementsEqual(textBytes) }
    }
}
