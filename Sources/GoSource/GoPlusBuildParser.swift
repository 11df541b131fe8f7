/// Parses the arguments of a legacy `// +build` line as `go/build/constraint` does: space-separated options
/// are OR'ed, comma-separated terms within an option are AND'ed, `!` negates a term. A term that is not a
/// valid tag (or is `!`, or starts with `!!`) becomes the tag `ignore`; an empty line means `ignore`; more
/// than 100 operators are rejected.
enum GoPlusBuildParser {
    /// The most `&&`/`||` operators a `// +build` line may have, as in Go.
    static let maximumOperators = 100

    /// The message Go gives for a line with too many operators.
    static let tooComplex = "expression too complex for // +build lines"

    static func parse(_ text: [UInt8]) throws(GoBuildExpressionError) -> GoBuildExpression {
        var operators = 0
        var result: GoBuildExpression?
        var index = 0
        while index < text.count {
            let space = GoUnicode.spaceLength(text, at: index, end: text.count)
            if space > 0 {
                index += space
                continue
            }
            var end = index
            while end < text.count && GoUnicode.spaceLength(text, at: end, end: text.count) == 0 {
                end += GoUnicode.decode(text, at: end, end: text.count).length
            }
            let option = try parseOption(text, index..<end, operators: &operators)
            if let previous = result {
                operators += 1
                if operators > maximumOperators { throw GoBuildExpressionError(offset: index, message: tooComplex) }
                result = .or(previous, option)
            } else {
                result = option
            }
            index = end
        }
        return result ?? .tag("ignore")
    }

    private static func parseOption(
        _ text: [UInt8], _ range: Range<Int>, operators: inout Int
    ) throws(GoBuildExpressionError) -> GoBuildExpression {
        var result: GoBuildExpression?
        var start = range.lowerBound
        while true {
            var end = start
            while end < range.upperBound && text[end] != UInt8(ascii: ",") { end += 1 }
            let term = term(text, start..<end)
            if let previous = result {
                operators += 1
                if operators > maximumOperators { throw GoBuildExpressionError(offset: start, message: tooComplex) }
                result = .and(previous, term)
            } else {
                result = term
            }
            guard end < range.upperBound else { break }
            start = end + 1
        }
        return result ?? .tag("ignore")
    }

    private static func term(_ text: [UInt8], _ range: Range<Int>) -> GoBuildExpression {
        let bang = UInt8(ascii: "!")
        let count = range.count
        if count == 1 && text[range.lowerBound] == bang { return .tag("ignore") }
        if count >= 2 && text[range.lowerBound] == bang && text[range.lowerBound + 1] == bang { return .tag("ignore") }
        let negated = count >= 1 && text[range.lowerBound] == bang
        let name = negated ? range.lowerBound + 1..<range.upperBound : range
        let tag = GoBuildTag.isValid(text, name) ? GoBuildExpression.tag(GoUnicode.string(text, name)) : .tag("ignore")
        return negated ? .not(tag) : tag
    }
}
