/// The characters of a build tag: Unicode letters and digits, `_` and `.`.
enum GoBuildTag {
    /// The end of the tag that starts at `start` (equal to `start` when there is none).
    static func end(_ text: [UInt8], from start: Int) -> Int {
        var index = start
        while index < text.count {
            let byte = text[index]
            if byte < 0x80 {
                guard isTagByte(byte) else { break }
                index += 1
                continue
            }
            let decoded = GoUnicode.decode(text, at: index, end: text.count)
            guard decoded.valid, GoUnicode.isLetter(decoded.scalar) || GoUnicode.isDigit(decoded.scalar) else { break }
            index += decoded.length
        }
        return index
    }

    /// Whether all of `text` is one valid tag (Go's `isValidTag`).
    static func isValid(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            if byte < 0x80 {
                guard isTagByte(byte) else { return false }
                index += 1
                continue
            }
            let decoded = GoUnicode.decode(text, at: index, end: range.upperBound)
            guard decoded.valid, GoUnicode.isLetter(decoded.scalar) || GoUnicode.isDigit(decoded.scalar) else {
                return false
            }
            index += decoded.length
        }
        return true
    }

    @inline(__always)
    private static func isTagByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }
}
