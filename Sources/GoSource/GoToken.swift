/// One token of the file header, as the lexer sees it.
struct GoToken {
    enum Kind: Equatable {
        case identifier
        /// An interpreted string literal `"…"`.
        case string
        /// A raw string literal `` `…` ``.
        case rawString
        case rune
        case lineComment
        case blockComment
        case period
        case leftParen
        case rightParen
        case semicolon
        /// Any other character: the header parser stops before it (nothing of it is consumed).
        case other
        case endOfFile
    }

    var kind: Kind
    /// The token's bytes; a line comment ends before its newline.
    var range: Range<Int>
    /// Where the token starts.
    var position: GoPosition
    /// The line the token ends on (block comments and raw strings may span lines).
    var endLine: Int

    var isComment: Bool { kind == .lineComment || kind == .blockComment }
}
