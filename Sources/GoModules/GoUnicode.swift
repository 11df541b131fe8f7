/// Go's `unicode.IsPrint` and `unicode.IsSpace`, which decide what the go.mod lexer accepts and what
/// `strings.Fields` / `strings.TrimSpace` split on.
enum GoUnicode {
    /// `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
    static func isPrint(_ value: UInt32) -> Bool {
        if value <= 0xFF {
            // Latin-1 is special-cased by Go: U+0020 counts, U+00A0 and U+00AD do not.
            return (value >= 0x20 && value <= 0x7E) || (value >= 0xA1 && value != 0xAD)
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark,
            .decimalNumber, .letterNumber, .otherNumber,
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation,
            .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// `unicode.IsSpace`: Latin-1 spaces plus the Unicode White_Space property.
    static func isSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
