/// The element-by-element rules shared by module, import and file paths (module.checkPath / checkElem).
enum PathRules {
    private static let windowsReservedNames: Set<String> = [
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ]

    /// The reason `path` is invalid for `kind`, or nil.
    static func check(_ path: String, kind: ModulePathError.Kind) -> String? {
        let bytes = Array(path.utf8)
        if bytes.isEmpty { return "empty string" }
        if bytes[0] == UInt8(ascii: "-") && kind != .file { return "leading dash" }
        for index in 1..<bytes.count where bytes[index] == UInt8(ascii: "/") && bytes[index - 1] == UInt8(ascii: "/") {
            return "double slash"
        }
        if bytes.last == UInt8(ascii: "/") { return "trailing slash" }
        for element in bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            if let reason = checkElement(element, kind: kind) { return reason }
        }
        return nil
    }

    /// The reason one path element is invalid for `kind`, or nil.
    static func checkElement(_ element: ArraySlice<UInt8>, kind: ModulePathError.Kind) -> String? {
        if element.isEmpty { return "empty path element" }
        if element.allSatisfy({ $0 == UInt8(ascii: ".") }) {
            return "invalid path element \(GoQuote.quote(element))"
        }
        if element.first == UInt8(ascii: ".") && kind == .module { return "leading dot in path element" }
        if element.last == UInt8(ascii: ".") { return "trailing dot in path element" }
        if !element.allSatisfy({ $0 < 0x80 && isAllowedASCII($0, kind: kind) }) {
            let text = String(decoding: element, as: UTF8.self)
            for scalar in text.unicodeScalars where !isAllowed(scalar, kind: kind) {
                return "invalid char \(GoQuote.quoteRune(scalar.value))"
            }
        }
        let short = element.prefix { $0 != UInt8(ascii: ".") }
        // Reserved names are 3 or 4 ASCII letters and digits long; skip the case-folding for anything else.
        if short.count == 3 || short.count == 4 {
            let shortText = String(decoding: short, as: UTF8.self)
            if windowsReservedNames.contains(shortText.uppercased()) {
                return "\(GoQuote.quote(shortText)) disallowed as path element component on Windows"
            }
        }
        if kind == .file { return nil }
        if let tilde = short.lastIndex(of: UInt8(ascii: "~")), tilde < short.endIndex - 1,
            short[(tilde + 1)...].allSatisfy(SemverParts.isDigit)
        {
            return "trailing tilde and digits in path element"
        }
        return nil
    }

    private static func isAllowedASCII(_ byte: UInt8, kind: ModulePathError.Kind) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            return true
        default:
            return kind != .module && isAllowed(Unicode.Scalar(byte), kind: kind)
        }
    }

    private static func isAllowed(_ scalar: Unicode.Scalar, kind: ModulePathError.Kind) -> Bool {
        let value = scalar.value
        let isAlphanumeric =
            (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        switch kind {
        case .module:
            return isAlphanumeric || "-._~".unicodeScalars.contains(scalar)
        case .import:
            return isAlphanumeric || "-._~+".unicodeScalars.contains(scalar)
        case .file:
            if value < 0x80 { return isAlphanumeric || "!#$%&()+,-.=@[]^_{}~ ".unicodeScalars.contains(scalar) }
            return isGoLetter(scalar)
        }
    }

    /// `unicode.IsLetter` (general category L*).
    private static func isGoLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Characters allowed in the first element of a module path: lower-case ASCII, digits, `-` and `.`.
    static func isFirstElementByte(_ byte: UInt8) -> Bool {
        SemverParts.isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
}
