/// Parses `package name` and the import declarations with Go's grammar, including its automatic
/// semicolons, and groups comments as go/parser does to find an import's doc comment.
struct GoHeaderParser {
    private static let keywords: Set<String> = [
        "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func",
        "go", "goto", "if", "import", "interface", "map", "package", "range", "return", "select", "struct",
        "switch", "type", "var",
    ]
    private static let importKeyword = Array("import".utf8)
    private static let packageKeyword = Array("package".utf8)

    private var lexer: GoLexer
    private var token: GoToken
    private var previousEndLine = 0
    private var comments: [GoHeaderComment] = []
    /// The comment group directly above `token` (go/parser's lead comment), as indices into `comments`.
    private var leadComment: Range<Int>?
    /// The first import path go/build would refuse.
    private var invalidImportPath: GoSourceError?

    init(bytes: [UInt8], path: String) {
        lexer = GoLexer(bytes: bytes, path: path)
        token = GoToken(kind: .other, range: 0..<0, position: GoPosition(line: 0, column: 0, offset: 0), endLine: 0)
    }

    private var bytes: [UInt8] { lexer.bytes }

    mutating func parse() throws(GoSourceError) -> GoHeader {
        try advance()
        guard isKeyword(Self.packageKeyword) else { throw expected("'package'") }
        let commentsBeforePackage = comments.count
        let packagePosition = token.position
        try advance()
        guard token.kind == .identifier, !Self.keywords.contains(text(token)) else { throw expected("'IDENT'") }
        let packageName = text(token)
        let packageNamePosition = token.position
        try advance()
        try expectSemicolon()

        var imports: [GoImport] = []
        var cgoPreamble: Range<Int>?
        while isKeyword(Self.importKeyword) {
            let declarationDoc = leadComment
            try advance()
            if token.kind == .leftParen {
                try advance()
                var specs = 0
                var cgoSpecDoc: Range<Int>?
                var sawCgo = false
                while token.kind != .rightParen && token.kind != .endOfFile {
                    let specDoc = leadComment
                    let spec = try parseSpec()
                    if spec.isCgo && !sawCgo && cgoPreamble == nil {
                        sawCgo = true
                        cgoSpecDoc = specDoc
                    }
                    imports.append(spec)
                    specs += 1
                    try expectSemicolon()
                }
                guard token.kind == .rightParen else { throw expected("')'") }
                if sawCgo { cgoPreamble = cgoSpecDoc ?? (specs == 1 ? declarationDoc : nil) }
                try advance()
                try expectSemicolon()
            } else {
                let spec = try parseSpec()
                if spec.isCgo && cgoPreamble == nil { cgoPreamble = declarationDoc }
                imports.append(spec)
                try expectSemicolon()
            }
        }
        try lexer.checkCharacter(after: token)
        if let invalidImportPath { throw invalidImportPath }
        return GoHeader(
            packageName: packageName, packagePosition: packagePosition, packageNamePosition: packageNamePosition,
            imports: imports, comments: comments, commentsBeforePackage: commentsBeforePackage,
            cgoPreamble: cgoPreamble, end: token.range.lowerBound, endLine: token.position.line,
            endLineStart: token.position.offset - token.position.column + 1
        )
    }

    private func text(_ token: GoToken) -> String { GoUnicode.string(bytes, token.range) }

    private func isKeyword(_ keyword: [UInt8]) -> Bool {
        token.kind == .identifier && bytes[token.range].elementsEqual(keyword)
    }

    private func expected(_ what: String) -> GoSourceError {
        GoSourceError(path: lexer.path, position: token.position, message: "expected \(what), found \(describe(token))")
    }

    /// The token as go/parser names it after "found": literals and identifiers as written (shortened when
    /// long), keywords and punctuation quoted, `'EOF'` at the end.
    private func describe(_ token: GoToken) -> String {
        switch token.kind {
        case .endOfFile: return "'EOF'"
        case .identifier where Self.keywords.contains(text(token)): return "'\(text(token))'"
        case .identifier, .string, .rawString, .rune:
            let shown = token.range.lowerBound..<min(token.range.upperBound, token.range.lowerBound + 64)
            return GoUnicode.string(bytes, shown) + (shown.count < token.range.count ? "…" : "")
        case .other:
            guard token.range.lowerBound < bytes.count else { return "'EOF'" }
            let scalar = GoUnicode.decode(bytes, at: token.range.lowerBound, end: bytes.count).scalar
            return Unicode.Scalar(scalar).map { "'\(Character($0))'" } ?? "'ILLEGAL'"
        case .semicolon: return "';'"
        case .period: return "'.'"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .lineComment, .blockComment: return "comment"
        }
    }

    /// A newline (an automatic semicolon), a `;` or the end of the file; a `)` may also follow directly, as
    /// go/parser's `expectSemi` allows.
    private mutating func expectSemicolon() throws(GoSourceError) {
        // A newline after the previous token is the semicolon; a `;` written after it is a token of its own.
        if token.position.line > previousEndLine { return }
        switch token.kind {
        case .semicolon: try advance()
        case .endOfFile, .rightParen: return
        default: throw expected("';'")
        }
    }

    private mutating func parseSpec() throws(GoSourceError) -> GoImport {
        let position = token.position
        var name: String?
        var nameEnd: Int?
        if token.kind == .identifier && !Self.keywords.contains(text(token)) {
            name = text(token)
            nameEnd = token.range.upperBound
            try advance()
        } else if token.kind == .period {
            name = "."
            try advance()
        }
        // A newline after a name is an automatic semicolon, so the path is missing.
        let pathOnLaterLine = nameEnd != nil && token.position.line > previousEndLine
        guard token.kind == .string || token.kind == .rawString, !pathOnLaterLine else {
            let message = token.kind == .rune ? "import path must be a string" : "missing import path"
            var errorPosition = token.position
            // After a name, a newline is an automatic semicolon, which is what go/parser finds there.
            if let nameEnd, let newline = bytes[nameEnd..<token.range.lowerBound].firstIndex(of: UInt8(ascii: "\n")) {
                errorPosition = GoPosition(line: position.line, column: position.column + newline - position.offset, offset: newline)
            }
            throw GoSourceError(path: lexer.path, position: errorPosition, message: message)
        }
        let pathPosition = token.position
        let value = GoStringLiteral.unquote(bytes, token.range) ?? []
        if invalidImportPath == nil && !Self.isValidImportPath(value) {
            // go/build checks paths after go/parser has read the whole header, so syntax errors come first.
            invalidImportPath = GoSourceError(path: lexer.path, position: pathPosition,
                                              message: "invalid import path: \(String(decoding: value, as: UTF8.self))")
        }
        try advance()
        return GoImport(path: String(decoding: value, as: UTF8.self), name: name, position: name == nil ? pathPosition : position,
                        pathPosition: pathPosition)
    }

    /// go/build's `isValidImport`: not empty, and only graphic, non-space characters outside
    /// ``!"#$%&'()*,:;<=>?[\]^{|}` `` and U+FFFD.
    static func isValidImportPath(_ path: [UInt8]) -> Bool {
        guard !path.isEmpty else { return false }
        var index = 0
        while index < path.count {
            let decoded = GoUnicode.decode(path, at: index, end: path.count)
            guard decoded.valid, decoded.scalar != GoUnicode.replacement,
                  GoUnicode.isGraphic(decoded.scalar), !GoUnicode.isSpace(decoded.scalar) else { return false }
            if decoded.scalar < 0x80 {
                switch UInt8(decoded.scalar) {
                case UInt8(ascii: "!"), UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
                     UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"),
                     UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "<"), UInt8(ascii: "="),
                     UInt8(ascii: ">"), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "\\"), UInt8(ascii: "]"),
                     UInt8(ascii: "^"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "`"):
                    return false
                default:
                    break
                }
            }
            index += decoded.length
        }
        return true
    }

    /// Moves to the next token that is not a comment, collecting the comments and working out the lead
    /// comment group as go/parser does: comments starting on the previous token's line form its line
    /// comment; the others form groups of comments on adjacent lines, and the last group is the lead comment
    /// when the token starts on the line right after it.
    private mutating func advance() throws(GoSourceError) {
        previousEndLine = token.endLine
        let firstNew = comments.count
        var next = try lexer.next()
        while next.isComment {
            comments.append(GoHeaderComment(range: next.range, position: next.position, endLine: next.endLine,
                                            isBlock: next.kind == .blockComment))
            next = try lexer.next()
        }
        token = next
        leadComment = nil
        var index = firstNew
        let end = comments.count
        guard index < end else { return }
        if comments[index].position.line == previousEndLine {
            var endLine = comments[index].position.line
            while index < end && comments[index].position.line <= endLine {
                endLine = comments[index].endLine
                index += 1
            }
        }
        var groupEndLine = -1
        var group: Range<Int>?
        while index < end {
            let groupStart = index
            groupEndLine = comments[index].position.line
            while index < end && comments[index].position.line <= groupEndLine + 1 {
                groupEndLine = comments[index].endLine
                index += 1
            }
            group = groupStart..<index
        }
        if groupEndLine + 1 == token.position.line { leadComment = group }
    }
}
