/// The values of Go string literals, as `strconv.Unquote` computes them.
enum GoStringLiteral {
    /// The value of the hexadecimal (or octal) digit `byte`, or nil.
    @inline(__always)
    static func digitValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// The value of the literal `bytes[range]` (quotes included): `"…"` with escapes decoded, or `` `…` `` with
    /// carriage returns dropped. Nil when it is not exactly one valid literal (an unknown escape, a newline in
    /// an interpreted string, a missing or early closing quote).
    static func unquote(_ bytes: [UInt8], _ range: Range<Int>) -> [UInt8]? {
        guard range.count >= 2 else { return nil }
        let quote = bytes[range.lowerBound]
        guard bytes[range.upperBound - 1] == quote else { return nil }
        let body = range.lowerBound + 1..<range.upperBound - 1
        if quote == UInt8(ascii: "`") {
            guard !bytes[body].contains(UInt8(ascii: "`")) else { return nil }
            return bytes[body].filter { $0 != UInt8(ascii: "\r") }
        }
        guard quote == UInt8(ascii: "\"") else { return nil }
        var value: [UInt8] = []
        value.reserveCapacity(body.count)
        var index = body.lowerBound
        while index < body.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") { return nil }
            guard byte == UInt8(ascii: "\\") else {
                if byte < 0x80 {
                    value.append(byte)
                    index += 1
                } else {
                    // strconv decodes invalid bytes to U+FFFD.
                    let decoded = GoUnicode.decode(bytes, at: index, end: body.upperBound)
                    if decoded.valid {
                        value.append(contentsOf: bytes[index..<index + decoded.length])
                    } else {
                        appendUTF8(GoUnicode.replacement, to: &value)
                    }
                    index += decoded.length
                }
                continue
            }
            index += 1
            guard index < body.upperBound else { return nil }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "a"): value.append(0x07)
            case UInt8(ascii: "b"): value.append(0x08)
            case UInt8(ascii: "f"): value.append(0x0C)
            case UInt8(ascii: "n"): value.append(0x0A)
            case UInt8(ascii: "r"): value.append(0x0D)
            case UInt8(ascii: "t"): value.append(0x09)
            case UInt8(ascii: "v"): value.append(0x0B)
            case UInt8(ascii: "\\"), UInt8(ascii: "\""): value.append(escape)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                guard index + 2 <= body.upperBound,
                      let second = digitValue(bytes[index]), second < 8,
                      let third = digitValue(bytes[index + 1]), third < 8 else { return nil }
                let number = UInt32(escape - UInt8(ascii: "0")) * 64 + second * 8 + third
                guard number <= 255 else { return nil }
                value.append(UInt8(number))
                index += 2
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let digits = escape == UInt8(ascii: "x") ? 2 : escape == UInt8(ascii: "u") ? 4 : 8
                guard index + digits <= body.upperBound else { return nil }
                var number: UInt32 = 0
                for step in 0..<digits {
                    guard let digit = digitValue(bytes[index + step]) else { return nil }
                    number = number * 16 + digit
                }
                index += digits
                if escape == UInt8(ascii: "x") {
                    value.append(UInt8(number))
                } else {
                    guard number <= 0x10FFFF, !(number >= 0xD800 && number < 0xE000) else { return nil }
                    appendUTF8(number, to: &value)
                }
            default:
                return nil
            }
        }
        return value
    }

    /// The end (exclusive) of the quoted literal starting at `start` (at `"` or `` ` ``) within `limit`, as
    /// `strconv.QuotedPrefix` finds it; nil when it has no valid end.
    static func quotedPrefixEnd(_ bytes: [UInt8], from start: Int, limit: Int) -> Int? {
        let quote = bytes[start]
        var index = start + 1
        while index < limit {
            let byte = bytes[index]
            if byte == quote {
                return unquote(bytes, start..<index + 1) == nil ? nil : index + 1
            }
            if quote == UInt8(ascii: "\"") {
                if byte == UInt8(ascii: "\n") { return nil }
                if byte == UInt8(ascii: "\\") { index += 1 }
            }
            index += 1
        }
        return nil
    }

    static func appendUTF8(_ scalar: UInt32, to bytes: inout [UInt8]) {
        guard let value = Unicode.Scalar(scalar) else { return }
        UTF8.encode(value) { bytes.append($0) }
    }
}
