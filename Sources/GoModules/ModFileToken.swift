/// A byte offset plus the 1-based line and rune column the go.mod lexer reports for it.
struct ModFileLocation: Sendable, Equatable {
    var offset: Int
    var line: Int
    var column: Int

    var position: GoModPosition { GoModPosition(line: line, column: column) }
}

/// What kind of token the go.mod lexer produced.
enum ModFileTokenKind: Sendable, Equatable {
    case endOfFile
    /// A `//` comment after other tokens on its line; it also ends the line.
    case endOfLineComment
    /// A `//` comment that is alone on its line.
    case lineComment
    case identifier
    case quotedString
    case newline
    /// One of `( ) [ ] { } ,`.
    case punctuation(UInt8)

    /// Whether the token ends a statement line.
    var endsLine: Bool {
        switch self {
        case .endOfFile, .endOfLineComment, .newline: return true
        default: return false
        }
    }
}

/// One token: its kind, its text as a range of the input, and where it starts and ends.
struct ModFileToken: Sendable {
    var kind: ModFileTokenKind
    /// The token's bytes; for comments, without the trailing newline.
    var text: Range<Int>
    var start: ModFileLocation
    var end: ModFileLocation
}
