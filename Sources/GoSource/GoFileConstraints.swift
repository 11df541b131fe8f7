/// A file's build constraint lines as go/build honours them, parsed, with their problems.
struct GoFileConstraints {
    var goBuild: GoBuildLine?
    var hasMultipleGoBuildLines = false
    var plusBuild: [GoPlusBuildLine] = []
    var problems: [GoSourceProblem] = []

    init(_ bytes: [UInt8], path: String) {
        func report(_ kind: GoSourceProblem.Kind, _ position: GoPosition, _ message: String) {
            problems.append(GoSourceProblem(kind: kind, path: path, position: position, message: message))
        }
        let scan = GoBuildConstraintScan(bytes, from: GoLexer.byteOrderMarkLength(bytes))
        hasMultipleGoBuildLines = scan.goBuild.count > 1
        for (index, candidate) in scan.goBuild.enumerated() {
            if index > 0 {
                report(.multipleGoBuild, candidate.position, "multiple //go:build comments")
                continue
            }
            var parser = GoBuildExpressionParser(Array(bytes[candidate.expression]))
            let text = GoUnicode.string(bytes, candidate.expression)
            do {
                goBuild = GoBuildLine(text: text, position: candidate.position, expression: try parser.parse(), error: nil)
            } catch {
                goBuild = GoBuildLine(text: text, position: candidate.position, expression: nil, error: error)
                // The parser's offset is within the expression; the problem points into the line.
                let offset = candidate.expression.lowerBound + error.offset
                let position = GoPosition(line: candidate.position.line,
                                          column: candidate.position.column + offset - candidate.position.offset, offset: offset)
                report(.malformedGoBuild, position, "invalid //go:build expression: \(error.message)")
            }
        }
        for position in scan.goBuildInBlockComments {
            report(.misplacedGoBuild, position, "misplaced //go:build comment (inside a block comment)")
        }
        for position in scan.spacedGoBuild {
            report(.spacedGoBuild, position, "malformed //go:build line (space between // and go:build)")
        }
        for candidate in scan.plusBuild {
            guard candidate.isHonored else {
                report(.misplacedPlusBuild, candidate.position,
                       "misplaced +build comment (it must be followed by a blank line, before any block comment)")
                continue
            }
            let expression: GoBuildExpression?
            do {
                expression = try GoPlusBuildParser.parse(Array(bytes[candidate.arguments]))
            } catch {
                expression = nil
                report(.plusBuildTooComplex, candidate.position, "+build line ignored: \(error.message)")
            }
            plusBuild.append(GoPlusBuildLine(text: GoUnicode.string(bytes, candidate.arguments), position: candidate.position,
                                             expression: expression))
        }
    }
}
