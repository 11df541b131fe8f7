/// UTF-8 decoding and the character classes of Go's `unicode` package, on bytes.
///
/// ASCII is decided by byte comparisons; other scalars use the standard library's Unicode properties, so
/// classes agree with Go up to differences between the Unicode versions of the two runtimes.
enum GoUnicode {
    /// The scalar U+FFFD that Go substitutes for an invalid encoding.
    static let replacement: UInt32 = 0xFFFD
    /// The byte order mark U+FEFF.
    static let byteOrderMark: UInt32 = 0xFEFF

    /// Decodes the scalar starting at `index`, as Go's `utf8.DecodeRune` does: an invalid or truncated
    /// sequence decodes to U+FFFD with length 1 and `valid == false`. `index` must be below `end`.
    @inline(__always)
    static func decode(_ bytes: [UInt8], at index: Int, end: Int) -> (scalar: UInt32, length: Int, valid: Bool) {
        let first = bytes[index]
        if first < 0x80 { return (UInt32(first), 1, true) }
        let invalid = (scalar: replacement, length: 1, valid: false)
        let length: Int
        var scalar: UInt32
        var lowest: UInt8 = 0x80
        var highest: UInt8 = 0xBF
        switch first {
        case 0xC2...0xDF: length = 2; scalar = UInt32(first & 0x1F)
        case 0xE0: length = 3; scalar = UInt32(first & 0x0F); lowest = 0xA0
        case 0xED: length = 3; scalar = UInt32(first & 0x0F); highest = 0x9F
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; scalar = UInt32(first & 0x0F)
        case 0xF0: length = 4; scalar = UInt32(first & 0x07); lowest = 0x90
        case 0xF4: length = 4; scalar = UInt32(first & 0x07); highest = 0x8F
        case 0xF1...0xF3: length = 4; scalar = UInt32(first & 0x07)
        default: return invalid
        }
        guard end - index >= length else { return invalid }
        for step in 1..<length {
            let byte = bytes[index + step]
            if step == 1 {
                guard byte >= lowest && byte <= highest else { return invalid }
            } else {
                guard byte >= 0x80 && byte <= 0xBF else { return invalid }
            }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        return (scalar, length, true)
    }

    /// Whether `bytes[range]` is valid UTF-8.
    static func isValid(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let decoded = decode(bytes, at: index, end: range.upperBound)
            guard decoded.valid else { return false }
            index += decoded.length
        }
        return true
    }

    /// Go's `unicode.IsSpace`.
    static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Go's `unicode.IsLetter`: general category L.
    static func isLetter(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            return (scalar >= 0x61 && scalar <= 0x7A) || (scalar >= 0x41 && scalar <= 0x5A)
        }
        guard let value = Unicode.Scalar(scalar) else { return false }
        switch value.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Go's `unicode.IsDigit`: general category Nd.
    static func isDigit(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x30 && scalar <= 0x39 }
        guard let value = Unicode.Scalar(scalar) else { return false }
        return value.properties.generalCategory == .decimalNumber
    }

    /// Go's `unicode.IsGraphic`: categories L, M, N, P, S and Zs.
    static func isGraphic(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x20 && scalar < 0x7F }
        guard let value = Unicode.Scalar(scalar) else { return false }
        switch value.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
            return false
        default:
            return true
        }
    }

    /// The Unicode space (Go's `unicode.IsSpace`) at `index`, if any, and its length in bytes.
    @inline(__always)
    static func spaceLength(_ bytes: [UInt8], at index: Int, end: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 {
            return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0
        }
        let decoded = decode(bytes, at: index, end: end)
        return decoded.valid && isSpace(decoded.scalar) ? decoded.length : 0
    }

    /// `range` without leading and trailing Unicode spaces (Go's `bytes.TrimSpace`).
    static func trimSpace(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        while lower < range.upperBound {
            let length = spaceLength(bytes, at: lower, end: range.upperBound)
            if length == 0 { break }
            lower += length
        }
        var upper = range.upperBound
        while upper > lower {
            // Walk back to the start of the last scalar: at most three continuation bytes.
            var start = upper - 1
            while start > lower && upper - start < 4 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let length = spaceLength(bytes, at: start, end: upper)
            if length == 0 || start + length != upper { break }
            upper = start
        }
        return lower..<upper
    }

    /// The bytes of `range` as a string; invalid sequences become U+FFFD, as Go's `encoding/json` shows them.
    static func string(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
