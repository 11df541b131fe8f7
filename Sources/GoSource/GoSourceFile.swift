/// What Plumbline knows about one Go source file without compiling it: its package clause and imports, its
/// build constraints, its `//go:` directives, and whether it is generated or a test.
///
/// `read` parses the header (up to the end of the import declarations) with a real lexer, and finds the
/// directives in the rest of the file with a fast byte-level pass (see `GoDirectiveScanner`). Reading is a
/// pure function of the bytes, so files can be read in parallel.
public struct GoSourceFile: Sendable, Hashable {
    /// The path given to `read`.
    public var path: String
    /// The package name.
    public var packageName: String
    /// Where the `package` keyword is.
    public var packagePosition: GoPosition
    /// Where the package name is.
    public var packageNamePosition: GoPosition
    /// Every import spec, in order.
    public var imports: [GoImport]
    /// The `//go:build` line that controls the file, if any (the first one when there are several).
    public var goBuild: GoBuildLine?
    /// Whether the header has more than one `//go:build` line (go/build rejects the file).
    public var hasMultipleGoBuildLines: Bool
    /// The `// +build` lines go/build honours, in order.
    public var plusBuild: [GoPlusBuildLine]
    /// Every `//go:` directive in the file, in order, including `//go:build`.
    public var directives: [GoDirective]
    /// The generated-code marker, if the file has one before its package clause.
    public var generatedMarker: GoGeneratedMarker?
    /// The file's name: test file, ignored, GOOS/GOARCH suffix.
    public var fileName: GoFileName
    /// The text of the comment group above the first `import "C"` (the cgo preamble): its comments,
    /// markers included, joined by newlines, carriage returns removed. Nil without one.
    public var cgoPreamble: String?
    /// The byte offset where the header ends: the first token after the import declarations.
    public var headerEnd: Int
    /// Problems that did not stop the reading: malformed or misplaced build constraints and directives.
    public var problems: [GoSourceProblem]

    /// The file has a `// Code generated … DO NOT EDIT.` marker.
    public var isGenerated: Bool { generatedMarker != nil }
    /// The file's name ends in `_test.go`.
    public var isTest: Bool { fileName.isTest }

    /// The honoured `// +build` lines combined as gofmt combines them when it writes a `//go:build` line:
    /// their expressions AND'ed (lines too complex to parse are left out). Nil without such lines.
    public var plusBuildExpression: GoBuildExpression? {
        GoBuildExpression.conjunction(plusBuild.compactMap(\.expression)[...])
    }

    /// The constraint go/build applies from the file's content: the `//go:build` expression when there is a
    /// `//go:build` line, else the `// +build` lines' conjunction. Nil when there is none, or when the
    /// `//go:build` line does not parse. The file name's constraint (`fileName.constraint`) applies too.
    public var constraint: GoBuildExpression? {
        if let goBuild { return goBuild.expression }
        return plusBuildExpression
    }

    /// Whether the `// +build` lines say the same as the `//go:build` line, as go vet's buildtag check
    /// decides it: the `+build` lines gofmt would write for the `//go:build` expression, AND'ed, print the same
    /// as the file's `+build` lines AND'ed. Nil unless the file has both, and both parse.
    public var plusBuildMatchesGoBuild: Bool? {
        guard let expression = goBuild?.expression, !plusBuild.isEmpty,
              plusBuild.allSatisfy({ $0.expression != nil }), let actual = plusBuildExpression else { return nil }
        guard let lines = try? expression.plusBuildLines() else { return false }
        var wanted: [GoBuildExpression] = []
        for line in lines {
            guard let parsed = try? GoBuildExpression.parse(line: line) else { return false }
            wanted.append(parsed)
        }
        return GoBuildExpression.conjunction(wanted[...])?.description == actual.description
    }

    /// Reads a Go source file.
    ///
    /// Throws when the package clause or the import declarations are not valid Go, or when the bytes up to
    /// the end of the imports contain what Go's scanner rejects (NUL, invalid UTF-8, a misplaced byte order
    /// mark, unterminated literals or comments). Build-constraint and directive problems do not throw; they
    /// are listed in `problems`.
    public static func read(_ bytes: [UInt8], path: String) throws(GoSourceError) -> GoSourceFile {
        var parser = GoHeaderParser(bytes: bytes, path: path)
        let header = try parser.parse()
        var problems: [GoSourceProblem] = []
        func report(_ kind: GoSourceProblem.Kind, _ position: GoPosition, _ message: String) {
            problems.append(GoSourceProblem(kind: kind, path: path, position: position, message: message))
        }

        let constraints = GoFileConstraints(bytes, path: path)
        problems += constraints.problems

        var directives: [GoDirective] = []
        bytes.withUnsafeBufferPointer { buffer in
            for comment in header.comments where !comment.isBlock
                && GoDirectiveParser.startsDirective(bytes, at: comment.range.lowerBound, end: comment.range.upperBound) {
                let directive = GoDirectiveParser.parse(bytes, comment: comment.range, position: comment.position)
                // The compiler takes a directive only where it begins its line, but go/build takes `//go:debug`
                // from any line comment before the package clause (go1.27.3 rejects `/* */ //go:debug
                // gotypesalias=0` as an invalid //go:debug).
                guard GoDirectiveScanner.isFirstOnLine(buffer, comment.range.lowerBound)
                    || (directive.name == "go:debug" && comment.position < header.packagePosition) else { continue }
                directives.append(directive)
            }
        }
        for found in GoDirectiveScanner.scan(bytes, from: header.end, line: header.endLine, lineStart: header.endLineStart) {
            directives.append(GoDirectiveParser.parse(bytes, comment: found.comment, position: found.position))
        }
        for directive in directives where directive.name == "go:build" && directive.position > header.packagePosition {
            report(.misplacedGoBuild, directive.position, "misplaced //go:build comment (after the package clause)")
        }
        for directive in directives where directive.name != "go:build" {
            if case .malformed(let message) = directive.detail { report(.malformedDirective, directive.position, message) }
        }
        problems.sort { $0.position < $1.position }

        let cgoPreamble = header.cgoPreamble.map { group in
            header.comments[group].map { comment in
                String(decoding: bytes[comment.range].filter { $0 != UInt8(ascii: "\r") }, as: UTF8.self)
            }.joined(separator: "\n")
        }
        return GoSourceFile(
            path: path, packageName: header.packageName, packagePosition: header.packagePosition,
            packageNamePosition: header.packageNamePosition, imports: header.imports, goBuild: constraints.goBuild,
            hasMultipleGoBuildLines: constraints.hasMultipleGoBuildLines, plusBuild: constraints.plusBuild, directives: directives,
            generatedMarker: GoGeneratedMarker.find(in: bytes, comments: header.comments[..<header.commentsBeforePackage]),
            fileName: GoFileName(path: path), cgoPreamble: cgoPreamble, headerEnd: header.end, problems: problems
        )
    }
}
