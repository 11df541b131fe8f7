/// Finds the build constraint lines of a file with go/build's rules (`parseFileHeader`, `shouldBuild`):
/// - only the leading run of comments and blank lines counts, up to the first non-comment text (the package
///   clause);
/// - a `//go:build` line counts anywhere in that run outside block comments, even right above `package`;
///   more than one is an error;
/// - a `// +build` line counts only among the `//` comments that come before the last blank line of the run
///   and before any block comment, so it must be followed by a blank line.
struct GoBuildConstraintScan {
    struct PlusBuildCandidate {
        var arguments: Range<Int>
        var position: GoPosition
        var isHonored: Bool
    }

    struct GoBuildCandidate {
        var expression: Range<Int>
        var position: GoPosition
    }

    var goBuild: [GoBuildCandidate] = []
    var plusBuild: [PlusBuildCandidate] = []
    /// `//go:build` lines inside block comments of the header.
    var goBuildInBlockComments: [GoPosition] = []
    /// `// go:build` lines.
    var spacedGoBuild: [GoPosition] = []

    init(_ bytes: [UInt8], from start: Int) {
        let count = bytes.count
        var cursor = start
        var lineNumber = 1
        var lineStart = 0
        var end = start
        var ended = false
        var inBlockComment = false
        lines: while cursor < count {
            var lineEnd = cursor
            while lineEnd < count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let line = GoUnicode.trimSpace(bytes, cursor..<lineEnd)
            let next = lineEnd < count ? lineEnd + 1 : count
            defer {
                lineNumber += 1
                lineStart = next
            }
            cursor = next
            if line.isEmpty && !ended {
                end = next
                continue
            }
            let isLineComment = GoBuildLineSyntax.hasPrefix(bytes, line, Self.slashSlash)
            if !isLineComment { ended = true }
            let position = GoPosition(line: lineNumber, column: line.lowerBound - lineStart + 1, offset: line.lowerBound)
            if let expression = GoBuildLineSyntax.goBuildExpression(bytes, line: line) {
                if inBlockComment {
                    goBuildInBlockComments.append(position)
                } else {
                    goBuild.append(GoBuildCandidate(expression: expression, position: position))
                }
            }
            if !inBlockComment && isLineComment {
                if let arguments = GoBuildLineSyntax.plusBuildArguments(bytes, line: line) {
                    plusBuild.append(PlusBuildCandidate(arguments: arguments, position: position, isHonored: false))
                }
                if GoBuildLineSyntax.isSpacedGoBuild(bytes, line: line) { spacedGoBuild.append(position) }
            }
            var rest = line
            while !rest.isEmpty {
                if inBlockComment {
                    guard let close = Self.find(Self.starSlash, in: bytes, rest) else { continue lines }
                    inBlockComment = false
                    rest = GoUnicode.trimSpace(bytes, close + 2..<rest.upperBound)
                    continue
                }
                if GoBuildLineSyntax.hasPrefix(bytes, rest, Self.slashSlash) { continue lines }
                if GoBuildLineSyntax.hasPrefix(bytes, rest, Self.slashStar) {
                    inBlockComment = true
                    rest = GoUnicode.trimSpace(bytes, rest.lowerBound + 2..<rest.upperBound)
                    continue
                }
                break lines
            }
        }
        for index in plusBuild.indices where plusBuild[index].position.offset < end {
            plusBuild[index].isHonored = true
        }
    }

    private static let slashSlash = Array("//".utf8)
    private static let slashStar = Array("/*".utf8)
    private static let starSlash = Array("*/".utf8)

    private static func find(_ needle: [UInt8], in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard range.count >= needle.count else { return nil }
        var index = range.lowerBound
        while index + needle.count <= range.upperBound {
            if bytes[index] == needle[0] && bytes[index + 1] == needle[1] { return index }
            index += 1
        }
        return nil
    }
}
