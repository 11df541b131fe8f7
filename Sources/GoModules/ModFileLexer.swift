/// The go.mod / go.work lexer, with the rules of golang.org/x/mod/modfile (read.go): space, tab and CR
/// are skipped, `\n` is a token, `//` comments run to the end of the line, strings are `"…"` or
/// `` `…` ``, and identifiers are runs of printable runes other than `( ) [ ] { } ,`.
struct ModFileLexer {
    let bytes: UnsafeBufferPointer<UInt8>
    let fileName: String
    private(set) var location = ModFileLocation(offset: 0, line: 1, column: 1)
    /// Offset of the first byte of the current line, to tell suffix comments from whole-line ones.
    private var lineStart = 0

    init(bytes: UnsafeBufferPointer<UInt8>, fileName: String) {
        self.bytes = bytes
        self.fileName = fileName
    }

    private var atEnd: Bool { location.offset >= bytes.count }

    private func peekRune() -> UInt32 {
        guard location.offset < bytes.count else { return 0 }
        let byte = bytes[location.offset]
        return byte < 0x80 ? UInt32(byte) : GoUTF8.decode(bytes, at: location.offset).scalar
    }

    private func peek(_ first: UInt8, _ second: UInt8) -> Bool {
        location.offset + 1 < bytes.count && bytes[location.offset] == first && bytes[location.offset + 1] == second
    }

    @discardableResult
    private mutating func readRune() -> UInt32 {
        let byte = bytes[location.offset]
        let scalar: UInt32
        let length: Int
        if byte < 0x80 {
            (scalar, length) = (UInt32(byte), 1)
        } else {
            (scalar, length) = GoUTF8.decode(bytes, at: location.offset)
        }
        location.offset += length
        if scalar == 0x0A {
            location.line += 1
            location.column = 1
            lineStart = location.offset
        } else {
            location.column += 1
        }
        return scalar
    }

    private func error(_ message: String, at where: ModFileLocation? = nil) -> GoModParseError {
        let at = `where` ?? location
        return GoModParseError(fileName: fileName, line: at.line, column: at.column, message: message)
    }

    private static let slash = UInt8(ascii: "/")
    private static let star = UInt8(ascii: "*")

    /// Reads the next token.
    mutating func next() throws(GoModParseError) -> ModFileToken {
        while !atEnd {
            let byte = bytes[location.offset]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                readRune()
                continue
            }
            if peek(Self.slash, Self.slash) {
                return readComment()
            }
            if peek(Self.slash, Self.star) {
                throw error("mod files must use // comments (not /* */ comments)")
            }
            break
        }
        let start = location
        if atEnd {
            return ModFileToken(kind: .endOfFile, text: start.offset..<start.offset, start: start, end: start)
        }
        let first = bytes[location.offset]
        switch first {
        case 0x0A:
            readRune()
            return ModFileToken(kind: .newline, text: start.offset..<location.offset, start: start, end: location)
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","):
            readRune()
            return ModFileToken(
                kind: .punctuation(first), text: start.offset..<location.offset, start: start, end: location)
        case UInt8(ascii: "\""), UInt8(ascii: "`"):
            try readString(quote: first, start: start)
            return ModFileToken(kind: .quotedString, text: start.offset..<location.offset, start: start, end: location)
        default:
            break
        }
        let scalar = peekRune()
        guard Self.isIdentifierRune(scalar) else {
            throw error("unexpected input character \(GoQuote.quoteRune(scalar))")
        }
        while Self.isIdentifierRune(peekRune()) {
            if peek(Self.slash, Self.slash) { break }
            if peek(Self.slash, Self.star) {
                throw error("mod files must use // comments (not /* */ comments)")
            }
            readRune()
        }
        return ModFileToken(kind: .identifier, text: start.offset..<location.offset, start: start, end: location)
    }

    private mutating func readComment() -> ModFileToken {
        let start = location
        var isSuffix = false
        for offset in lineStart..<start.offset where ![0x20, 0x09, 0x0D].contains(bytes[offset]) {
            isSuffix = true
            break
        }
        while !atEnd {
            if readRune() == 0x0A { break }
        }
        var textEnd = location.offset
        if textEnd - start.offset >= 2 && bytes[textEnd - 2] == 0x0D && bytes[textEnd - 1] == 0x0A {
            textEnd -= 2
        } else if textEnd > start.offset && bytes[textEnd - 1] == 0x0A {
            textEnd -= 1
        }
        return ModFileToken(
            kind: isSuffix ? .endOfLineComment : .lineComment, text: start.offset..<textEnd, start: start,
            end: location)
    }

    private mutating func readString(quote: UInt8, start: ModFileLocation) throws(GoModParseError) {
        readRune()
        while true {
            if atEnd {
                throw error("unexpected EOF in string", at: start)
            }
            if bytes[location.offset] == 0x0A {
                throw error("unexpected newline in string")
            }
            let scalar = readRune()
            if scalar == UInt32(quote) { return }
            if scalar == UInt32(UInt8(ascii: "\\")) && quote != UInt8(ascii: "`") {
                if atEnd {
                    throw error("unexpected EOF in string", at: start)
                }
                readRune()
            }
        }
    }

    /// `isIdent` of read.go: printable, not white space, not one of ` ( ) [ ] { } ,`.
    static func isIdentifierRune(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x2C:
            return false
        case 0x21...0x7E:
            return true
        default:
            return !GoUnicode.isSpace(scalar) && GoUnicode.isPrint(scalar)
        }
    }
}
