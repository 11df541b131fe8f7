/// A statement line of a go.mod or go.work file: the verb and arguments of a top-level line, or the
/// arguments of one line inside a `verb ( … )` block. Token and comment texts are byte ranges of the input.
struct SyntaxLine: Sendable {
    var start: ModFileLocation
    var end: ModFileLocation
    var tokens: [Range<Int>]
    /// Whole-line comments directly above the line; nil marks a preserved blank line inside a block.
    var before: [Range<Int>?]
    /// The comment at the end of the line, if any.
    var suffix: Range<Int>?
}

/// A `verb ( … )` block.
struct SyntaxBlock: Sendable {
    var start: ModFileLocation
    /// The header tokens before `(`; more than one is an error for the interpreter.
    var tokens: [Range<Int>]
    var lines: [SyntaxLine]
    var before: [Range<Int>?]
    /// Only an empty one-line block (`verb ( ) // c`) can own a suffix comment.
    var suffix: Range<Int>?
}

/// A top-level statement. Comment-only paragraphs carry no meaning for the go command and are dropped.
enum SyntaxStatement: Sendable {
    case line(SyntaxLine)
    case block(SyntaxBlock)
}
