import Testing
@testable import GoSource

/// Malformed `//go:build` expressions fail with Go's messages and byte offsets (from go1.27.3), and the
/// size (hence nesting) of an expression is bounded as in Go.
@Suite struct BuildExpressionErrorTests {
    static let table: [(String, String, Int)] = [
        ("", "unexpected end of expression", 0),
        ("linux &&", "unexpected end of expression", 8),
        ("&& linux", "unexpected token &&", 0),
        ("linux & amd64", "invalid syntax at &", 6),
        ("linux | amd64", "invalid syntax at |", 6),
        ("(linux", "missing close paren", 0),
        ("linux)", "unexpected token )", 5),
        ("((linux)", "missing close paren", 0),
        ("!!linux", "double negation not allowed", 1),
        ("! !linux", "double negation not allowed", 2),
        ("linux amd64", "unexpected token amd64", 6),
        ("linux && (", "missing close paren", 10),
        ("-linux", "invalid syntax at -", 0),
        ("linux && -", "invalid syntax at -", 9),
        ("()", "unexpected token )", 1),
        ("!", "unexpected end of expression", 1),
        ("linux && !", "unexpected end of expression", 10),
        ("a || (b && (c", "missing close paren", 11),
        ("ü€", "invalid syntax at €", 2),
        ("linux\u{01}", "invalid syntax at \u{01}", 5),
        ("(a))", "unexpected token )", 3),
        ("a && (b || c)) || d", "unexpected token )", 13),
        ("!!!a", "double negation not allowed", 1),
    ]

    @Test(arguments: table)
    func failsAsGo(_ input: String, _ message: String, _ offset: Int) {
        #expect(throws: GoBuildExpressionError(offset: offset, message: message)) {
            try GoBuildExpression.parse(input)
        }
    }

    @Test func invalidUTF8IsInvalidSyntax() {
        var parser = GoBuildExpressionParser([UInt8(ascii: "a"), UInt8(ascii: " "), 0xFF])
        #expect(throws: GoBuildExpressionError(offset: 2, message: "invalid syntax at \u{FFFD}")) { try parser.parse() }
    }

    @Test func nestingIsBoundedLikeGo() throws {
        let deepest = String(repeating: "(", count: 999) + "a" + String(repeating: ")", count: 999)
        #expect(try GoBuildExpression.parse(deepest) == .tag("a"))
        let tooDeep = String(repeating: "(", count: 1000) + "a" + String(repeating: ")", count: 1000)
        #expect(throws: GoBuildExpressionError(offset: 999, message: "build expression too large")) {
            try GoBuildExpression.parse(tooDeep)
        }
        let hostile = String(repeating: "(", count: 200_000)
        #expect(throws: GoBuildExpressionError(offset: 999, message: "build expression too large")) {
            try GoBuildExpression.parse(hostile)
        }
        let negations = String(repeating: "!(", count: 100_000) + "a"
        #expect(throws: GoBuildExpressionError(offset: 1999, message: "build expression too large")) {
            try GoBuildExpression.parse(negations)
        }
    }

    @Test func operandCountIsBoundedLikeGo() throws {
        let longest = Array(repeating: "a", count: 1000).joined(separator: " && ")
        #expect(try GoBuildExpression.parse(longest).description == longest)
        let tooLong = Array(repeating: "a", count: 1001).joined(separator: " && ")
        #expect(throws: GoBuildExpressionError(offset: 4997, message: "build expression too large")) {
            try GoBuildExpression.parse(tooLong)
        }
    }

    /// The deepest expressions Go accepts parse, evaluate, print and convert on a concurrency thread, whose
    /// stack is smaller than the main thread's.
    @Test func deepestExpressionsWorkOffTheMainThread() async throws {
        let result = await Task.detached { () -> (Bool, Int, [String]?, Bool) in
            let negations = String(repeating: "!(", count: 499) + "a" + String(repeating: ")", count: 499)
            let parens = String(repeating: "(", count: 999) + "a" + String(repeating: ")", count: 999)
            guard let negated = try? GoBuildExpression.parse(negations), let plain = try? GoBuildExpression.parse(parens) else {
                return (true, 0, nil, false)
            }
            return (negated.eval(tags: ["a"]), negated.description.count, try? negated.plusBuildLines(), plain == .tag("a"))
        }.value
        #expect(result.0 == false)
        #expect(result.1 == 499 + 1)
        #expect(result.2 == ["// +build !a"])
        #expect(result.3)
    }
}
