/// Something wrong in a file that was still read: a malformed or misplaced build constraint, or a directive
/// whose arguments the go tools would reject.
public struct GoSourceProblem: Sendable, Hashable, CustomStringConvertible {
    /// The kinds of problem.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A `//go:build` line whose expression does not parse (go/build rejects the file).
        case malformedGoBuild = "malformed-go-build"
        /// More than one `//go:build` line in the header (go/build rejects the file).
        case multipleGoBuild = "multiple-go-build"
        /// A `//go:build` line where it has no effect: after the package clause or inside a block comment.
        case misplacedGoBuild = "misplaced-go-build"
        /// A `// go:build` line: the space makes it an ordinary comment.
        case spacedGoBuild = "spaced-go-build"
        /// A `// +build` line in the header that is not followed by a blank line, or comes after a block
        /// comment, so go/build ignores it.
        case misplacedPlusBuild = "misplaced-plus-build"
        /// A `// +build` line with more than 100 operators, which go/build ignores.
        case plusBuildTooComplex = "plus-build-too-complex"
        /// A `//go:` directive whose arguments the go tools reject (bad quoting, wrong number of fields).
        case malformedDirective = "malformed-directive"
    }

    /// What kind of problem this is.
    public var kind: Kind
    /// The file's path as given to `GoSourceFile.read`.
    public var path: String
    /// Where the problem is.
    public var position: GoPosition
    /// What is wrong, without the position.
    public var message: String

    /// A problem from its parts.
    public init(kind: Kind, path: String, position: GoPosition, message: String) {
        self.kind = kind
        self.path = path
        self.position = position
        self.message = message
    }

    /// `path:line:column: message`.
    public var description: String { "\(path):\(position): \(message)" }
}
