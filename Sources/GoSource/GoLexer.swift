/// A Go lexer over bytes for the file header: comments, identifiers, interpreted and raw strings, runes,
/// and the punctuation of package clauses and imports.
///
/// It checks what Go's scanner checks in the bytes it reads (no NUL, valid UTF-8, no byte order mark after
/// the first byte, valid escapes, terminated literals and comments, no illegal characters) and, like Go's
/// error list, reports the first problem by position within a token. It does not scan numbers or operators:
/// at their first character it returns `.other` without consuming it, which is where the header ends.
struct GoLexer {
    let bytes: [UInt8]
    let path: String
    /// The next byte to read.
    private(set) var offset: Int
    private(set) var line = 1
    /// The offset where the current line starts.
    private(set) var lineStart = 0
    /// The offset where the line before the current one starts.
    private var previousLineStart = 0
    /// The earliest problem found in the token being scanned.
    private var tokenError: GoSourceError?

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
        offset = GoLexer.byteOrderMarkLength(bytes)
    }

    /// 3 when the file starts with a UTF-8 byte order mark (which Go ignores there), else 0.
    static func byteOrderMarkLength(_ bytes: [UInt8]) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    func position(at offset: Int) -> GoPosition {
        GoPosition(line: line, column: offset - lineStart + 1, offset: offset)
    }

    private func error(_ message: String, at offset: Int) -> GoSourceError {
        GoSourceError(path: path, position: position(at: offset), message: message)
    }

    /// Records a problem of the current token, keeping the earliest.
    private mutating func note(_ message: String, at position: GoPosition) {
        if let existing = tokenError, existing.position.offset <= position.offset { return }
        tokenError = GoSourceError(path: path, position: position, message: message)
    }

    private mutating func note(_ message: String, at offset: Int) {
        note(message, at: position(at: offset))
    }

    /// The next token or comment; `.endOfFile` at the end, again and again.
    mutating func next() throws(GoSourceError) -> GoToken {
        skipWhitespace()
        tokenError = nil
        let start = offset
        var startPosition = position(at: start)
        var kind = GoToken.Kind.other
        if start >= bytes.count {
            kind = .endOfFile
            // Like go/token, a newline that ends the file does not start another line.
            if start > 0 && bytes[start - 1] == UInt8(ascii: "\n") {
                startPosition = GoPosition(line: line - 1, column: start - previousLineStart + 1, offset: start)
            }
        } else {
            let byte = bytes[start]
            switch byte {
            case UInt8(ascii: "/"):
                if start + 1 < bytes.count && bytes[start + 1] == UInt8(ascii: "/") {
                    scanLineComment()
                    kind = .lineComment
                } else if start + 1 < bytes.count && bytes[start + 1] == UInt8(ascii: "*") {
                    scanBlockComment()
                    kind = .blockComment
                }
            case UInt8(ascii: "\""):
                scanInterpretedString()
                kind = .string
            case UInt8(ascii: "`"):
                scanRawString()
                kind = .rawString
            case UInt8(ascii: "'"):
                scanRune()
                kind = .rune
            case UInt8(ascii: "("): offset += 1; kind = .leftParen
            case UInt8(ascii: ")"): offset += 1; kind = .rightParen
            case UInt8(ascii: ";"): offset += 1; kind = .semicolon
            case UInt8(ascii: "."):
                let next = start + 1 < bytes.count ? bytes[start + 1] : 0
                if !(next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9")) {
                    offset += 1
                    kind = .period
                }
            case 0:
                throw error("illegal character NUL", at: start)
            default:
                if Self.isIdentifierStart(byte) {
                    scanIdentifier()
                    kind = .identifier
                } else if byte >= 0x80 {
                    let decoded = try checkedScalar(at: start)
                    guard GoUnicode.isLetter(decoded.scalar) else {
                        throw error("illegal character \(Self.describe(decoded.scalar))", at: start)
                    }
                    scanIdentifier()
                    kind = .identifier
                } else if Self.isIllegal(byte) {
                    // Go's scanner rejects these wherever they are, even as the token after the imports.
                    throw error("illegal character \(Self.describe(UInt32(byte)))", at: start)
                }
            }
        }
        if let tokenError { throw tokenError }
        return GoToken(kind: kind, range: start..<offset, position: startPosition, endLine: line)
    }

    /// Checks the character right after `token`, the last token the header parser looked at: Go's scanner has
    /// read (and checked) it too. For a token the lexer did not consume (an operator or a number), its end
    /// is found first.
    func checkCharacter(after token: GoToken) throws(GoSourceError) {
        var end = token.range.upperBound
        if token.kind == .other && end < bytes.count { end = Self.operatorOrNumberEnd(bytes, from: end) }
        guard end < bytes.count, token.kind != .endOfFile else { return }
        let byte = bytes[end]
        let position = GoPosition(line: token.endLine, column: end - lineStart + 1, offset: end)
        if byte == 0 { throw GoSourceError(path: path, position: position, message: "illegal character NUL") }
        guard byte >= 0x80 else { return }
        let decoded = GoUnicode.decode(bytes, at: end, end: bytes.count)
        if !decoded.valid { throw GoSourceError(path: path, position: position, message: "illegal UTF-8 encoding") }
        if decoded.scalar == GoUnicode.byteOrderMark {
            throw GoSourceError(path: path, position: position, message: "illegal byte order mark")
        }
    }

    /// The end of the operator or number starting at `start`, by maximal munch (numbers loosely: digits,
    /// prefix, fraction, exponent and `i`; their syntax is not checked).
    static func operatorOrNumberEnd(_ bytes: [UInt8], from start: Int) -> Int {
        func at(_ index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }
        let first = bytes[start]
        if (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) || first == UInt8(ascii: ".") {
            var index = start
            var hex = false
            if first == UInt8(ascii: "0"), [UInt8(ascii: "x"), UInt8(ascii: "X")].contains(at(start + 1)) {
                hex = true
                index += 2
            } else if first == UInt8(ascii: "0"), [UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "o"), UInt8(ascii: "O")].contains(at(start + 1)) {
                index += 2
            }
            func isDigit(_ byte: UInt8) -> Bool {
                (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
                    || (hex && GoStringLiteral.digitValue(byte) != nil)
            }
            while isDigit(at(index)) { index += 1 }
            if at(index) == UInt8(ascii: ".") {
                index += 1
                while isDigit(at(index)) { index += 1 }
            }
            let exponent = at(index) | 0x20
            if exponent == UInt8(ascii: "p") || (!hex && exponent == UInt8(ascii: "e")) {
                index += 1
                if at(index) == UInt8(ascii: "+") || at(index) == UInt8(ascii: "-") { index += 1 }
                while at(index) >= UInt8(ascii: "0") && at(index) <= UInt8(ascii: "9") || at(index) == UInt8(ascii: "_") { index += 1 }
            }
            if at(index) == UInt8(ascii: "i") { index += 1 }
            return index
        }
        let three = [at(start), at(start + 1), at(start + 2)]
        for candidate in ["<<=", ">>=", "&^=", "..."] where three.elementsEqual(candidate.utf8) { return start + 3 }
        for candidate in ["<<", ">>", "&^", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "&&", "||", "<-", "++", "--",
                          "==", "!=", "<=", ">=", ":="] where three[0..<2].elementsEqual(candidate.utf8) {
            return start + 2
        }
        return start + 1
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                offset += 1
            case UInt8(ascii: "\n"):
                offset += 1
                newLine()
            default:
                return
            }
        }
    }

    private mutating func newLine() {
        line += 1
        previousLineStart = lineStart
        lineStart = offset
    }

    /// ASCII bytes that start no Go token: control characters other than tab, newline and carriage return,
    /// DEL, and `#`, `$`, `?`, `@`, `\`.
    private static func isIllegal(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x01...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F, UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "?"),
             UInt8(ascii: "@"), UInt8(ascii: "\\"):
            return true
        default:
            return false
        }
    }

    @inline(__always)
    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }

    private mutating func scanIdentifier() {
        while offset < bytes.count {
            let byte = bytes[offset]
            if Self.isIdentifierStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                offset += 1
            } else if byte >= 0x80 {
                let decoded = GoUnicode.decode(bytes, at: offset, end: bytes.count)
                guard decoded.valid, decoded.scalar != GoUnicode.byteOrderMark,
                      GoUnicode.isLetter(decoded.scalar) || GoUnicode.isDigit(decoded.scalar) else { return }
                offset += decoded.length
            } else {
                return
            }
        }
    }

    /// The scalar at `offset`, which must be below the end; throws Go's errors for invalid UTF-8 and a byte
    /// order mark past the start.
    private func checkedScalar(at offset: Int) throws(GoSourceError) -> (scalar: UInt32, length: Int) {
        let decoded = GoUnicode.decode(bytes, at: offset, end: bytes.count)
        guard decoded.valid else { throw error("illegal UTF-8 encoding", at: offset) }
        if decoded.scalar == GoUnicode.byteOrderMark { throw error("illegal byte order mark", at: offset) }
        return (decoded.scalar, decoded.length)
    }

    /// Consumes one character of comment or literal text, noting what Go's scanner rejects in it.
    @inline(__always)
    private mutating func consumeCharacter() {
        let byte = bytes[offset]
        if byte < 0x80 {
            if byte == 0 { note("illegal character NUL", at: offset) }
            offset += 1
            if byte == UInt8(ascii: "\n") { newLine() }
            return
        }
        let decoded = GoUnicode.decode(bytes, at: offset, end: bytes.count)
        if !decoded.valid {
            note("illegal UTF-8 encoding", at: offset)
        } else if decoded.scalar == GoUnicode.byteOrderMark {
            note("illegal byte order mark", at: offset)
        }
        offset += decoded.length
    }

    private mutating func scanLineComment() {
        offset += 2
        while offset < bytes.count && bytes[offset] != UInt8(ascii: "\n") {
            consumeCharacter()
        }
    }

    private mutating func scanBlockComment() {
        let startPosition = position(at: offset)
        offset += 2
        while offset < bytes.count {
            if bytes[offset] == UInt8(ascii: "*") && offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: "/") {
                offset += 2
                return
            }
            consumeCharacter()
        }
        note("comment not terminated", at: startPosition)
    }

    private mutating func scanRawString() {
        let startPosition = position(at: offset)
        offset += 1
        while offset < bytes.count {
            if bytes[offset] == UInt8(ascii: "`") {
                offset += 1
                return
            }
            consumeCharacter()
        }
        note("raw string literal not terminated", at: startPosition)
    }

    private mutating func scanInterpretedString() {
        let start = offset
        offset += 1
        while true {
            guard offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") else {
                note("string literal not terminated", at: start)
                return
            }
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                offset += 1
                return
            }
            if byte == UInt8(ascii: "\\") {
                offset += 1
                _ = scanEscape(quote: UInt8(ascii: "\""))
            } else {
                consumeCharacter()
            }
        }
    }

    /// Go's rune rules: "not terminated" and "illegal rune literal" (not exactly one character) are only
    /// reported when no escape in the literal was bad.
    private mutating func scanRune() {
        let start = offset
        offset += 1
        var characters = 0
        var valid = true
        while true {
            guard offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") else {
                if valid { note("rune literal not terminated", at: start) }
                return
            }
            let byte = bytes[offset]
            if byte == UInt8(ascii: "'") {
                offset += 1
                break
            }
            characters += 1
            if byte == UInt8(ascii: "\\") {
                offset += 1
                if !scanEscape(quote: UInt8(ascii: "'")) { valid = false }
            } else {
                consumeCharacter()
            }
        }
        if valid && characters != 1 { note("illegal rune literal", at: start) }
    }

    /// `U+0067 'g'`, as Go's `%#U` shows a character (without the quoted form when it is not printable:
    /// graphic, and no space but U+0020).
    static func describe(_ scalar: UInt32) -> String {
        let hex = String(scalar, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        guard GoUnicode.isGraphic(scalar), scalar == 0x20 || !GoUnicode.isSpace(scalar), let value = Unicode.Scalar(scalar) else {
            return code
        }
        return code + " '" + String(Character(value)) + "'"
    }

    /// Scans the escape sequence after a `\` (already consumed), with the checks and positions of Go's
    /// scanner: problems point at the character after the backslash or at a bad digit, which is left
    /// unconsumed. Returns whether the escape is valid.
    private mutating func scanEscape(quote: UInt8) -> Bool {
        let start = offset
        guard offset < bytes.count else {
            note("escape sequence not terminated", at: start)
            return false
        }
        let digits: Int
        let base: UInt32
        let maximum: UInt32
        switch bytes[offset] {
        case quote, UInt8(ascii: "a"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"),
             UInt8(ascii: "t"), UInt8(ascii: "v"), UInt8(ascii: "\\"):
            offset += 1
            return true
        case UInt8(ascii: "0")...UInt8(ascii: "7"): digits = 3; base = 8; maximum = 255
        case UInt8(ascii: "x"): offset += 1; digits = 2; base = 16; maximum = 255
        case UInt8(ascii: "u"): offset += 1; digits = 4; base = 16; maximum = 0x10FFFF
        case UInt8(ascii: "U"): offset += 1; digits = 8; base = 16; maximum = 0x10FFFF
        default:
            note("unknown escape sequence", at: start)
            return false
        }
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard offset < bytes.count else {
                note("escape sequence not terminated", at: offset)
                return false
            }
            guard let digit = GoStringLiteral.digitValue(bytes[offset]), digit < base else {
                let scalar = GoUnicode.decode(bytes, at: offset, end: bytes.count).scalar
                note("illegal character \(Self.describe(scalar)) in escape sequence", at: offset)
                return false
            }
            value = value * base + digit
            offset += 1
        }
        if value > maximum || (value >= 0xD800 && value < 0xE000) {
            note("escape sequence is invalid Unicode code point", at: start)
            return false
        }
        return true
    }
}
