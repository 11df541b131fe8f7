import Testing
@testable import GoSource

/// The header lexer: literals, escapes, comments, byte order marks and line endings, with Go's checks.
@Suite struct LexerTests {
    private func tokens(_ source: String) throws -> [(GoToken.Kind, String, String)] {
        var lexer = GoLexer(bytes: Array(source.utf8), path: "t.go")
        var result: [(GoToken.Kind, String, String)] = []
        while true {
            let token = try lexer.next()
            if token.kind == .endOfFile || token.kind == .other { break }
            result.append((token.kind, String(decoding: Array(source.utf8)[token.range], as: UTF8.self), token.position.description))
        }
        return result
    }

    @Test func tokenKindsAndPositions() throws {
        let found = try tokens("package p // c\n/* a\nb */ import ( . \"x\\n\" `r\ns` 'q' '\\'' ); é")
        #expect(found.map(\.0) == [.identifier, .identifier, .lineComment, .blockComment, .identifier, .leftParen, .period,
                                   .string, .rawString, .rune, .rune, .rightParen, .semicolon, .identifier])
        #expect(found.map(\.1) == ["package", "p", "// c", "/* a\nb */", "import", "(", ".", "\"x\\n\"", "`r\ns`", "'q'", "'\\''",
                                   ")", ";", "é"])
        #expect(found.map(\.2) == ["1:1", "1:9", "1:11", "2:1", "3:6", "3:13", "3:15", "3:17", "3:23", "4:4", "4:8", "4:13", "4:14",
                                   "4:16"])
    }

    /// Columns count bytes, as go/token does: a two-byte character moves the column by two.
    @Test func columnsCountBytes() throws {
        let found = try tokens("é x")
        #expect(found.map(\.2) == ["1:1", "1:4"])
    }

    @Test func stopsAtWhatTheHeaderDoesNotNeed() throws {
        var lexer = GoLexer(bytes: Array("func 42 = .5".utf8), path: "t.go")
        #expect(try lexer.next().kind == .identifier)
        let number = try lexer.next()
        #expect(number.kind == .other)
        #expect(number.range == 5..<5)
        #expect(lexer.offset == 5)
    }

    static let errors: [(String, String)] = [
        ("\"abc", "1:1: string literal not terminated"),
        ("\"ab\nc\"", "1:1: string literal not terminated"),
        ("`abc", "1:1: raw string literal not terminated"),
        ("/* abc", "1:1: comment not terminated"),
        ("'ab'", "1:1: illegal rune literal"),
        ("''", "1:1: illegal rune literal"),
        ("'a", "1:1: rune literal not terminated"),
        ("\"\\q\"", "1:3: unknown escape sequence"),
        ("\"\\'\"", "1:3: unknown escape sequence"),
        ("'\\\"'", "1:3: unknown escape sequence"),
        ("\"\\xZZ\"", "1:4: illegal character U+005A 'Z' in escape sequence"),
        ("\"\\400\"", "1:3: escape sequence is invalid Unicode code point"),
        ("\"\\uD800\"", "1:3: escape sequence is invalid Unicode code point"),
        ("\"\\U00110000\"", "1:3: escape sequence is invalid Unicode code point"),
        ("\"\\u12", "1:1: string literal not terminated"),
        ("\"\\", "1:1: string literal not terminated"),
        ("'\\u12", "1:6: escape sequence not terminated"),
        ("'\\", "1:3: escape sequence not terminated"),
        ("'\\q", "1:3: unknown escape sequence"),
        ("\"a\u{0}\\q", "1:1: string literal not terminated"),
        ("\"a\u{0}\\q\"", "1:3: illegal character NUL"),
        ("/* \u{0} \u{FEFF}", "1:1: comment not terminated"),
        ("`\u{FEFF}` \u{0}", "1:2: illegal byte order mark"),
        ("// \u{0}", "1:4: illegal character NUL"),
        ("\u{0}", "1:1: illegal character NUL"),
        ("x \u{FEFF}", "1:3: illegal byte order mark"),
    ]

    @Test(arguments: errors)
    func rejectsAsGoScanner(_ source: String, _ message: String) {
        var lexer = GoLexer(bytes: Array(source.utf8), path: "t.go")
        do {
            while try lexer.next().kind != .endOfFile {}
            Issue.record("\(source) lexed")
        } catch {
            #expect("\(error.position): \(error.message)" == message)
        }
    }

    @Test func invalidUTF8() {
        for (bytes, message) in [([0x2F, 0x2F, 0x20, 0xC3, 0x28], "1:4: illegal UTF-8 encoding"),
                                 ([0x22, 0xED, 0xA0, 0x80, 0x22], "1:2: illegal UTF-8 encoding"),
                                 ([0x60, 0xF4, 0x90, 0x80, 0x80, 0x60], "1:2: illegal UTF-8 encoding"),
                                 ([0x78, 0x20, 0xFF], "1:3: illegal UTF-8 encoding")] as [([UInt8], String)] {
            var lexer = GoLexer(bytes: bytes, path: "t.go")
            do {
                while try lexer.next().kind != .endOfFile {}
                Issue.record("\(bytes) lexed")
            } catch {
                #expect("\(error.position): \(error.message)" == message)
            }
        }
    }

    /// Carriage returns are whitespace for tokens, dropped from raw string values, and kept out of comment text.
    @Test func carriageReturns() throws {
        let file = try read("package p\r\n\r\nimport (\r\n\t`b/c`\r\n\t\"d\"\r\n)\r\n")
        #expect(file.importSummary == ["b/c @4:2", "d @5:2"])
        #expect(readError("package p\r\nimport `a\r\nb`\r\n") == "2:8: invalid import path: a\nb")
        #expect(try read("package p\r\nimport `a\rb`\r\n").imports.map(\.path) == ["ab"])
        #expect(try read("package p\r\nimport \"fmt\"\r\n").importSummary == ["fmt @2:8"])
    }

    @Test func byteOrderMarkOnlyAtTheStart() throws {
        #expect(try GoSourceFile.read([0xEF, 0xBB, 0xBF] + Array("package p".utf8), path: "b.go").packagePosition.column == 4)
        #expect(readError([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("package p".utf8)) == "1:4: illegal byte order mark")
        #expect(readError([0xEF, 0xBB] + Array("package p".utf8)) == "1:1: illegal UTF-8 encoding")
    }
}
