/// Parses the `//go:build` expression syntax with the grammar, limits and messages of
/// `go/build/constraint`: `||` binds looser than `&&`, `!` applies to a tag or a parenthesized expression,
/// `!!` is rejected, and at most 1,000 operands (which also bounds the nesting) are accepted.
struct GoBuildExpressionParser {
    /// The most operands an expression may have, as in Go.
    static let maximumSize = 1000

    private enum Token: Equatable {
        case end, leftParen, rightParen, not, and, or, tag
    }

    private let text: [UInt8]
    private var index = 0
    private var token = Token.end
    private var tokenStart = 0
    private var tokenEnd = 0
    private var size = 0

    init(_ text: [UInt8]) {
        self.text = text
    }

    /// The whole text as one expression.
    mutating func parse() throws(GoBuildExpressionError) -> GoBuildExpression {
        let expression = try parseOr()
        if token != .end {
            throw GoBuildExpressionError(offset: tokenStart, message: "unexpected token \(tokenText)")
        }
        return expression
    }

    private var tokenText: String { GoUnicode.string(text, tokenStart..<tokenEnd) }

    private mutating func parseOr() throws(GoBuildExpressionError) -> GoBuildExpression {
        var expression = try parseAnd()
        while token == .or {
            expression = .or(expression, try parseAnd())
        }
        return expression
    }

    @inline(__always)
    private mutating func parseAnd() throws(GoBuildExpressionError) -> GoBuildExpression {
        var expression = try parseNot()
        while token == .and {
            expression = .and(expression, try parseNot())
        }
        return expression
    }

    @inline(__always)
    private mutating func parseNot() throws(GoBuildExpressionError) -> GoBuildExpression {
        size += 1
        if size > Self.maximumSize {
            throw GoBuildExpressionError(offset: tokenStart, message: "build expression too large")
        }
        try lex()
        if token == .not {
            try lex()
            if token == .not {
                throw GoBuildExpressionError(offset: tokenStart, message: "double negation not allowed")
            }
            return .not(try parseAtom())
        }
        return try parseAtom()
    }

    private mutating func parseAtom() throws(GoBuildExpressionError) -> GoBuildExpression {
        if token == .leftParen {
            let open = tokenStart
            do throws(GoBuildExpressionError) {
                let inner = try parseOr()
                if token != .rightParen {
                    throw GoBuildExpressionError(offset: open, message: "missing close paren")
                }
                try lex()
                return inner
            } catch {
                // Go reports running out of input inside parentheses as the missing ')'.
                if error.message == "unexpected end of expression" {
                    throw GoBuildExpressionError(offset: error.offset, message: "missing close paren")
                }
                throw error
            }
        }
        guard token == .tag else {
            if token == .end {
                throw GoBuildExpressionError(offset: tokenStart, message: "unexpected end of expression")
            }
            throw GoBuildExpressionError(offset: tokenStart, message: "unexpected token \(tokenText)")
        }
        let name = tokenText
        try lex()
        return .tag(name)
    }

    private mutating func lex() throws(GoBuildExpressionError) {
        while index < text.count && (text[index] == 0x20 || text[index] == 0x09) { index += 1 }
        tokenStart = index
        guard index < text.count else {
            token = .end
            tokenEnd = index
            return
        }
        switch text[index] {
        case UInt8(ascii: "("): token = .leftParen; index += 1
        case UInt8(ascii: ")"): token = .rightParen; index += 1
        case UInt8(ascii: "!"): token = .not; index += 1
        case let byte where byte == UInt8(ascii: "&") || byte == UInt8(ascii: "|"):
            guard index + 1 < text.count && text[index + 1] == byte else {
                throw GoBuildExpressionError(offset: index, message: "invalid syntax at \(Character(Unicode.Scalar(byte)))")
            }
            token = byte == UInt8(ascii: "&") ? .and : .or
            index += 2
        default:
            let end = GoBuildTag.end(text, from: index)
            guard end > index else {
                let scalar = GoUnicode.decode(text, at: index, end: text.count).scalar
                let shown = Unicode.Scalar(scalar).map { String(Character($0)) } ?? "\u{FFFD}"
                throw GoBuildExpressionError(offset: index, message: "invalid syntax at \(shown)")
            }
            token = .tag
            index = end
        }
        tokenEnd = index
    }
}
