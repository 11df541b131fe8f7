/// Recognises `//go:build` and `// +build` lines the way `go/build/constraint` does (`IsGoBuild`,
/// `IsPlusBuild`), on byte ranges of a file.
enum GoBuildLineSyntax {
    private static let goBuildPrefix = Array("//go:build".utf8)
    private static let plusBuildWord = Array("+build".utf8)

    /// The expression text of a `//go:build` line (trimmed), or nil when `line` is not one. `line` must not
    /// contain a newline. `//go:buildx` is not a `//go:build` line; `//go:build` alone is (with no text).
    static func goBuildExpression(_ bytes: [UInt8], line: Range<Int>) -> Range<Int>? {
        guard hasPrefix(bytes, line, goBuildPrefix) else { return nil }
        let trimmed = GoUnicode.trimSpace(bytes, line)
        let rest = trimmed.lowerBound + goBuildPrefix.count..<trimmed.upperBound
        let expression = GoUnicode.trimSpace(bytes, rest)
        if expression.count == rest.count && !rest.isEmpty { return nil }
        return expression
    }

    /// The arguments of a `// +build` line (trimmed), or nil when `line` is not one. The space after `//` is
    /// optional, as in Go.
    static func plusBuildArguments(_ bytes: [UInt8], line: Range<Int>) -> Range<Int>? {
        guard line.count >= 2, bytes[line.lowerBound] == UInt8(ascii: "/"), bytes[line.lowerBound + 1] == UInt8(ascii: "/") else {
            return nil
        }
        let text = GoUnicode.trimSpace(bytes, line.lowerBound + 2..<line.upperBound)
        guard hasPrefix(bytes, text, plusBuildWord) else { return nil }
        let rest = text.lowerBound + plusBuildWord.count..<text.upperBound
        let arguments = GoUnicode.trimSpace(bytes, rest)
        if arguments.count == rest.count && !rest.isEmpty { return nil }
        return arguments
    }

    /// Whether `line` is `// go:build ...`: a `//go:build` line spoiled by spaces after `//` (go vet's
    /// "malformed //go:build line").
    static func isSpacedGoBuild(_ bytes: [UInt8], line: Range<Int>) -> Bool {
        guard line.count > 2, bytes[line.lowerBound] == UInt8(ascii: "/"), bytes[line.lowerBound + 1] == UInt8(ascii: "/"),
              !hasPrefix(bytes, line, goBuildPrefix) else {
            return false
        }
        let text = GoUnicode.trimSpace(bytes, line.lowerBound + 2..<line.upperBound)
        var rebuilt = Array("//".utf8)
        rebuilt.append(contentsOf: bytes[text])
        return goBuildExpression(rebuilt, line: 0..<rebuilt.count) != nil
    }

    static func hasPrefix(_ bytes: [UInt8], _ range: Range<Int>, _ prefix: [UInt8]) -> Bool {
        guard range.count >= prefix.count else { return false }
        var index = range.lowerBound
        for byte in prefix {
            if bytes[index] != byte { return false }
            index += 1
        }
        return true
    }
}
