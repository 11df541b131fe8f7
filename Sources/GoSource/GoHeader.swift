/// A comment of the header, as the lexer found it.
struct GoHeaderComment {
    var range: Range<Int>
    var position: GoPosition
    var endLine: Int
    var isBlock: Bool
}

/// What the header parser reads: the package clause, the import declarations and the comments around them.
struct GoHeader {
    var packageName: String
    /// The `package` keyword.
    var packagePosition: GoPosition
    var packageNamePosition: GoPosition
    var imports: [GoImport]
    /// Every comment before `end`, in order.
    var comments: [GoHeaderComment]
    /// How many of `comments` come before the `package` keyword.
    var commentsBeforePackage: Int
    /// The comment group documenting the first `import "C"`, if any, as indices into `comments`.
    var cgoPreamble: Range<Int>?
    /// Where the first token after the import declarations starts (or the end of the file).
    var end: Int
    var endLine: Int
    var endLineStart: Int
}
