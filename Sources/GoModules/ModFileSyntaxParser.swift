/// Builds the statement list of a go.mod / go.work file as modfile's `parseFile` does, attaching
/// whole-line comments to the statement below them and end-of-line comments to their line.
struct ModFileSyntaxParser {
    private var lexer: ModFileLexer
    /// One-token lookahead, as in read.go: errors are reported at the lexer's position, which is past it.
    private var lookahead: ModFileToken

    private init(lexer: ModFileLexer, lookahead: ModFileToken) {
        self.lexer = lexer
        self.lookahead = lookahead
    }

    /// Parses the statements of `bytes`, or throws the first syntax error.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, fileName: String) throws(GoModParseError)
        -> [SyntaxStatement]
    {
        var lexer = ModFileLexer(bytes: bytes, fileName: fileName)
        let first = try lexer.next()
        var parser = ModFileSyntaxParser(lexer: lexer, lookahead: first)
        return try parser.parseFile()
    }

    private mutating func lex() throws(GoModParseError) -> ModFileToken {
        let token = lookahead
        lookahead = try lexer.next()
        return token
    }

    private func error(_ message: String) -> GoModParseError {
        GoModParseError(
            fileName: lexer.fileName, line: lexer.location.line, column: lexer.location.column, message: message)
    }

    private mutating func parseFile() throws(GoModParseError) -> [SyntaxStatement] {
        var statements: [SyntaxStatement] = []
        var pendingComments: [Range<Int>?]?
        while true {
            switch lookahead.kind {
            case .newline:
                _ = try lex()
                pendingComments = nil
            case .lineComment:
                let token = try lex()
                pendingComments = pendingComments ?? []
                pendingComments?.append(token.text)
            case .endOfFile:
                return statements
            default:
                var statement = try parseStatement()
                if let comments = pendingComments {
                    switch statement {
                    case .line(var line):
                        line.before = comments
                        statement = .line(line)
                    case .block(var block):
                        block.before = comments
                        statement = .block(block)
                    }
                    pendingComments = nil
                }
                statements.append(statement)
            }
        }
    }

    private mutating func parseStatement() throws(GoModParseError) -> SyntaxStatement {
        let verb = try lex()
        let start = verb.start
        var end = verb.end
        var tokens = [verb.text]
        while true {
            let token = try lex()
            if token.kind.endsLine {
                let suffix = token.kind == .endOfLineComment ? token.text : nil
                return .line(SyntaxLine(start: start, end: end, tokens: tokens, before: [], suffix: suffix))
            }
            if token.kind == .punctuation(UInt8(ascii: "(")) {
                if lookahead.kind.endsLine {
                    return .block(try parseBlock(start: start, tokens: tokens))
                }
                if lookahead.kind == .punctuation(UInt8(ascii: ")")) {
                    let closing = try lex()
                    if lookahead.kind.endsLine {
                        let endOfLine = try lex()
                        let suffix = endOfLine.kind == .endOfLineComment ? endOfLine.text : nil
                        return .block(SyntaxBlock(start: start, tokens: tokens, lines: [], before: [], suffix: suffix))
                    }
                    // `( )` in the middle of a line is two ordinary tokens.
                    tokens.append(token.text)
                    tokens.append(closing.text)
                } else {
                    tokens.append(token.text)
                }
                continue
            }
            tokens.append(token.text)
            end = token.end
        }
    }

    private mutating func parseBlock(start: ModFileLocation, tokens: [Range<Int>]) throws(GoModParseError)
        -> SyntaxBlock
    {
        var block = SyntaxBlock(start: start, tokens: tokens, lines: [], before: [], suffix: nil)
        var comments: [Range<Int>?] = []
        while true {
            switch lookahead.kind {
            case .endOfLineComment:
                _ = try lex()
            case .newline:
                _ = try lex()
                // A blank line is kept as an empty comment, at most one in a row, never at the top.
                let lastIsBlank = comments.last.map { $0 == nil } ?? false
                if (comments.isEmpty && !block.lines.isEmpty) || (!comments.isEmpty && !lastIsBlank) {
                    comments.append(nil)
                }
            case .lineComment:
                comments.append(try lex().text)
            case .endOfFile:
                throw error(
                    "syntax error (unterminated block started at \(lexer.fileName):\(start.line):\(start.column))")
            case .punctuation(UInt8(ascii: ")")):
                _ = try lex()
                if !lookahead.kind.endsLine {
                    throw error("syntax error (expected newline after closing paren)")
                }
                _ = try lex()
                return block
            default:
                var line = try parseBlockLine()
                line.before = comments
                comments = []
                block.lines.append(line)
            }
        }
    }

    private mutating func parseBlockLine() throws(GoModParseError) -> SyntaxLine {
        let first = try lex()
        var end = first.end
        var tokens = [first.text]
        while true {
            let token = try lex()
            if token.kind.endsLine {
                let suffix = token.kind == .endOfLineComment ? token.text : nil
                return SyntaxLine(start: first.start, end: end, tokens: tokens, before: [], suffix: suffix)
            }
            tokens.append(token.text)
            end = token.end
        }
    }
}
