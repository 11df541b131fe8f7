/// Go's `strconv.Quote`, `strconv.QuoteRune` and `strconv.Unquote` for double-quoted strings,
/// used to read quoted go.mod tokens and to word error messages exactly like the go command.
enum GoQuote {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `strconv.Quote`: a double-quoted Go string literal for `bytes`.
    static func quote<C: Collection<UInt8>>(_ bytes: C) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        GoUTF8.withBuffer(bytes) { buffer in
            var index = 0
            while index < buffer.count {
                let (scalar, length) = GoUTF8.decode(buffer, at: index)
                if scalar == GoUTF8.replacement && length == 1 {
                    appendHexEscape(UInt8(ascii: "x"), UInt32(buffer[index]), digits: 2, to: &out)
                } else {
                    appendEscaped(scalar, quote: UInt8(ascii: "\""), to: &out)
                }
                index += length
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// `strconv.Quote` of a Swift string.
    static func quote(_ text: String) -> String { quote(Array(text.utf8)) }

    /// `strconv.QuoteRune`: a single-quoted Go rune literal.
    static func quoteRune(_ scalar: UInt32) -> String {
        var out: [UInt8] = [UInt8(ascii: "'")]
        appendEscaped(scalar, quote: UInt8(ascii: "'"), to: &out)
        out.append(UInt8(ascii: "'"))
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendEscaped(_ scalar: UInt32, quote: UInt8, to out: inout [UInt8]) {
        if scalar == UInt32(quote) || scalar == UInt32(UInt8(ascii: "\\")) {
            out.append(UInt8(ascii: "\\"))
            out.append(UInt8(scalar))
            return
        }
        if GoUnicode.isPrint(scalar) {
            GoUTF8.append(scalar, to: &out)
            return
        }
        let shortEscapes: [UInt32: UInt8] = [
            0x07: UInt8(ascii: "a"), 0x08: UInt8(ascii: "b"), 0x0C: UInt8(ascii: "f"), 0x0A: UInt8(ascii: "n"),
            0x0D: UInt8(ascii: "r"), 0x09: UInt8(ascii: "t"), 0x0B: UInt8(ascii: "v"),
        ]
        if let short = shortEscapes[scalar] {
            out.append(UInt8(ascii: "\\"))
            out.append(short)
        } else if scalar < 0x20 || scalar == 0x7F {
            appendHexEscape(UInt8(ascii: "x"), scalar, digits: 2, to: &out)
        } else if scalar < 0x10000 {
            appendHexEscape(UInt8(ascii: "u"), scalar, digits: 4, to: &out)
        } else {
            appendHexEscape(UInt8(ascii: "U"), scalar, digits: 8, to: &out)
        }
    }

    private static func appendHexEscape(_ letter: UInt8, _ value: UInt32, digits: Int, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        out.append(letter)
        for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
            out.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
        }
    }

    /// `strconv.Unquote` for a token that starts with `"`; nil where Go reports `invalid syntax`.
    static func unquote<C: Collection<UInt8>>(_ token: C) -> [UInt8]? {
        GoUTF8.withBuffer(token) { buffer in unquote(buffer) }
    }

    private static func unquote(_ buffer: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let quoteByte = UInt8(ascii: "\"")
        let count = buffer.count
        guard count >= 2, buffer[0] == quoteByte, buffer[count - 1] == quoteByte else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(count)
        var index = 1
        let end = count - 1
        while index < end {
            let byte = buffer[index]
            switch byte {
            case quoteByte, UInt8(ascii: "\n"):
                return nil
            case UInt8(ascii: "\\"):
                guard let next = unescape(buffer, at: index + 1, end: end, into: &out) else { return nil }
                index = next
            case 0x80...:
                let (scalar, length) = GoUTF8.decode(buffer, at: index)
                GoUTF8.append(scalar, to: &out)
                index += length
            default:
                out.append(byte)
                index += 1
            }
        }
        return out
    }

    /// Decodes the escape whose letter is at `index`; returns the index after it.
    private static func unescape(
        _ buffer: UnsafeBufferPointer<UInt8>, at index: Int, end: Int, into out: inout [UInt8]
    ) -> Int? {
        guard index < end else { return nil }
        let letter = buffer[index]
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "a"): 0x07, UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
            UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09, UInt8(ascii: "v"): 0x0B,
            UInt8(ascii: "\\"): UInt8(ascii: "\\"), UInt8(ascii: "\""): UInt8(ascii: "\""),
        ]
        if let value = simple[letter] {
            out.append(value)
            return index + 1
        }
        switch letter {
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = letter == UInt8(ascii: "x") ? 2 : (letter == UInt8(ascii: "u") ? 4 : 8)
            guard index + digits < end else { return nil }
            var value: UInt32 = 0
            for offset in 1...digits {
                guard let digit = hexValue(buffer[index + offset]) else { return nil }
                value = value << 4 | digit
            }
            if letter == UInt8(ascii: "x") {
                out.append(UInt8(value))
            } else {
                // Surrogates and values past U+10FFFF are not runes.
                guard value < 0xD800 || (value > 0xDFFF && value <= 0x10FFFF) else { return nil }
                GoUTF8.append(value, to: &out)
            }
            return index + digits + 1
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            guard index + 2 < end else { return nil }
            var value = UInt32(letter - UInt8(ascii: "0"))
            for offset in 1...2 {
                let digit = buffer[index + offset]
                guard digit >= UInt8(ascii: "0") && digit <= UInt8(ascii: "7") else { return nil }
                value = value << 3 | UInt32(digit - UInt8(ascii: "0"))
            }
            guard value <= 255 else { return nil }
            out.append(UInt8(value))
            return index + 3
        default:
            return nil
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
