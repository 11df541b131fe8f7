/// Go's `strconv.Quote` output, as it appears in build settings such as `-ldflags="-s -w"`.
enum GoQuotedString {
    /// Unquotes the double-quoted string at the start of `text` and returns it with the text after the
    /// closing quote, or `nil` if the quoting is broken. Handles the escapes `strconv.Quote` writes.
    static func unquotePrefix(_ text: Substring) -> (String, Substring)? {
        guard text.first == "\"" else { return nil }
        var scalars = String.UnicodeScalarView()
        var index = text.unicodeScalars.index(after: text.unicodeScalars.startIndex)
        let all = text.unicodeScalars
        while index < all.endIndex {
            let scalar = all[index]
            index = all.index(after: index)
            switch scalar {
            case "\"":
                return (String(scalars), Substring(all[index...]))
            case "\\":
                guard index < all.endIndex else { return nil }
                let escape = all[index]
                index = all.index(after: index)
                switch escape {
                case "n": scalars.append("\n")
                case "t": scalars.append("\t")
                case "r": scalars.append("\r")
                case "a": scalars.append("\u{07}")
                case "b": scalars.append("\u{08}")
                case "f": scalars.append("\u{0C}")
                case "v": scalars.append("\u{0B}")
                case "\\", "\"", "'": scalars.append(escape)
                case "x", "u", "U":
                    let width = escape == "x" ? 2 : (escape == "u" ? 4 : 8)
                    var value: UInt32 = 0
                    for _ in 0..<width {
                        guard index < all.endIndex, let digit = hexValue(all[index]) else { return nil }
                        value = value * 16 + digit
                        index = all.index(after: index)
                    }
                    // \x escapes stand for raw bytes; a lone byte is kept as the scalar of the same value.
                    guard let decoded = Unicode.Scalar(value) else { return nil }
                    scalars.append(decoded)
                default:
                    return nil
                }
            default:
                scalars.append(scalar)
            }
        }
        return nil
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 0x30
        case "a"..."f": return scalar.value - 0x61 + 10
        case "A"..."F": return scalar.value - 0x41 + 10
        default: return nil
        }
    }
}
