import Testing
@testable import GoSource

/// Evaluating build expressions for a set of satisfied tags.
@Suite struct BuildExpressionEvaluationTests {
    static let table: [(String, Set<String>, Bool)] = [
        ("linux", ["linux"], true),
        ("linux", ["darwin"], false),
        ("linux && (amd64 || arm64)", ["linux", "arm64"], true),
        ("linux && (amd64 || arm64)", ["linux", "386"], false),
        ("linux && (amd64 || arm64)", ["darwin", "amd64"], false),
        ("!windows", [], true),
        ("!windows", ["windows"], false),
        ("!(js && wasm)", ["js", "wasm"], false),
        ("!(js && wasm)", ["wasip1", "wasm"], true),
        ("a || b && c", ["a"], true),
        ("a || b && c", ["b"], false),
        ("(a || b) && c", ["b", "c"], true),
        ("go1.21 && !go1.25", ["go1.21", "go1.22"], true),
        ("go1.21 && !go1.25", ["go1.21", "go1.25"], false),
        ("!!a", ["a"], true),
    ]

    @Test(arguments: table)
    func evaluates(_ text: String, _ tags: Set<String>, _ expected: Bool) throws {
        let expression: GoBuildExpression
        if text == "!!a" {
            expression = .not(.not(.tag("a")))
        } else {
            expression = try GoBuildExpression.parse(text)
        }
        #expect(expression.eval(tags: tags) == expected)
        #expect(expression.eval { tags.contains($0) } == expected)
    }

    /// Like Go's `Expr.Eval`, both sides are always evaluated, so the callback sees every tag.
    @Test func visitsEveryTag() throws {
        let expression = try GoBuildExpression.parse("a || (b && !c) || a")
        var asked: [String] = []
        #expect(expression.eval { asked.append($0); return true })
        #expect(asked == ["a", "b", "c", "a"])
        #expect(expression.tags == ["a", "b", "c"])
    }
}
