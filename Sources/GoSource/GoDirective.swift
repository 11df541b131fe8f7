/// A `//go:` directive comment: a line comment that starts its line (only spaces and tabs before it), begins
/// with `//go:` followed by a lowercase letter or digit, and is not inside a string or block comment. Trailing
/// `//go:` comments after code are not directives (the compiler rejects them as misplaced).
///
/// `go generate` finds its lines differently, textually: `//go:generate` at column 1 followed by a space or
/// tab, even inside a raw string. So the `//go:generate` directives here at column 1 are the ones it runs.
public struct GoDirective: Sendable, Hashable {
    /// What the go tools make of a directive's arguments.
    public enum Detail: Sendable, Hashable {
        /// `//go:build`: the parsed expression.
        case build(GoBuildExpression)
        /// `//go:embed`: the patterns, unquoted, split as go/build and the compiler split them.
        case embed(patterns: [String])
        /// `//go:generate`: the command line, and its words as `go generate` splits them (double-quoted
        /// words unquoted; `$VAR`s and `-command` aliases are left as written).
        case generate(command: String, words: [String])
        /// `//go:linkname local [target]`.
        case linkname(local: String, target: String?)
        /// `//go:wasmimport module name`.
        case wasmImport(module: String, name: String)
        /// `//go:wasmexport name`.
        case wasmExport(name: String)
        /// A directive above whose arguments the go tools reject; the message says why (also reported as a
        /// problem of the file).
        case malformed(message: String)
        /// Any other directive (`go:noinline`, `go:nosplit`, `go:debug`, ...): only its arguments text.
        case other
    }

    /// `go:` and the directive's name, such as `go:embed`.
    public var name: String
    /// The text after the name, without surrounding spaces.
    public var arguments: String
    /// Where the `//` is.
    public var position: GoPosition
    /// The interpreted arguments.
    public var detail: Detail

    /// A directive from its parts.
    public init(name: String, arguments: String, position: GoPosition, detail: Detail) {
        self.name = name
        self.arguments = arguments
        self.position = position
        self.detail = detail
    }

    /// The patterns of a `//go:embed` directive; empty for others.
    public var embedPatterns: [String] {
        if case .embed(let patterns) = detail { return patterns }
        return []
    }
}
