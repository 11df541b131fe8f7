extension GoBuildExpression {
    /// Parses a `//go:build` expression: the text after `//go:build`, such as `linux && (amd64 || arm64)`.
    public static func parse(_ expression: String) throws(GoBuildExpressionError) -> GoBuildExpression {
        var parser = GoBuildExpressionParser(Array(expression.utf8))
        return try parser.parse()
    }

    /// Parses the arguments of a `// +build` line, such as `linux,amd64 darwin`, into the equivalent
    /// expression (`linux && amd64 || darwin`).
    public static func parsePlusBuild(_ arguments: String) throws(GoBuildExpressionError) -> GoBuildExpression {
        try GoPlusBuildParser.parse(Array(arguments.utf8))
    }

    /// Parses a whole constraint line, `//go:build …` or `// +build …`, as Go's `constraint.Parse` does.
    /// Any other line fails with "not a build constraint".
    public static func parse(line: String) throws(GoBuildExpressionError) -> GoBuildExpression {
        var bytes = Array(line.utf8)
        if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        guard !bytes.contains(UInt8(ascii: "\n")) else {
            throw GoBuildExpressionError(offset: 0, message: "not a build constraint")
        }
        if let expression = GoBuildLineSyntax.goBuildExpression(bytes, line: 0..<bytes.count) {
            var parser = GoBuildExpressionParser(Array(bytes[expression]))
            return try parser.parse()
        }
        if let arguments = GoBuildLineSyntax.plusBuildArguments(bytes, line: 0..<bytes.count) {
            return try GoPlusBuildParser.parse(Array(bytes[arguments]))
        }
        throw GoBuildExpressionError(offset: 0, message: "not a build constraint")
    }
}
