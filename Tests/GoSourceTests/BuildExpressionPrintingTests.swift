import Testing
@testable import GoSource

/// `//go:build` expressions print exactly as Go's `constraint.Expr.String()` prints them, and convert to the
/// `// +build` lines `constraint.PlusBuildLines` gives. Expected values were produced with go1.27.3.
@Suite struct BuildExpressionPrintingTests {
    /// (expression, Go's String(), Go's PlusBuildLines joined by "|", or nil when too complex).
    static let table: [(String, String, String?)] = [
        ("linux", "linux", "// +build linux"),
        ("linux && amd64", "linux && amd64", "// +build linux,amd64"),
        ("linux&&amd64", "linux && amd64", "// +build linux,amd64"),
        ("linux || darwin", "linux || darwin", "// +build linux darwin"),
        ("(linux)", "linux", "// +build linux"),
        ("((linux))", "linux", "// +build linux"),
        ("!linux", "!linux", "// +build !linux"),
        ("!(linux)", "!linux", "// +build !linux"),
        ("!(linux && amd64)", "!(linux && amd64)", "// +build !linux !amd64"),
        ("!(linux || amd64)", "!(linux || amd64)", "// +build !linux,!amd64"),
        ("!(!linux)", "!!linux", "// +build linux"),
        ("a && b && c", "a && b && c", "// +build a,b,c"),
        ("a && (b && c)", "a && b && c", "// +build a,b,c"),
        ("(a && b) && c", "a && b && c", "// +build a,b,c"),
        ("a || b || c", "a || b || c", "// +build a b c"),
        ("a || (b || c)", "a || b || c", "// +build a b c"),
        ("a && b || c", "(a && b) || c", "// +build a,b c"),
        ("a || b && c", "a || (b && c)", "// +build a b,c"),
        ("(a || b) && c", "(a || b) && c", "// +build a b|// +build c"),
        ("a && (b || c)", "a && (b || c)", "// +build a|// +build b c"),
        ("(a && b) || (c && d)", "(a && b) || (c && d)", "// +build a,b c,d"),
        ("(a || b) && (c || d)", "(a || b) && (c || d)", "// +build a b|// +build c d"),
        ("!a && !b || !(c || d)", "(!a && !b) || !(c || d)", "// +build !a,!b !c,!d"),
        ("go1.21 && !go1.25", "go1.21 && !go1.25", "// +build go1.21,!go1.25"),
        ("goexperiment.rangefunc", "goexperiment.rangefunc", "// +build goexperiment.rangefunc"),
        ("x_y.z9", "x_y.z9", "// +build x_y.z9"),
        ("  \tlinux\t ", "linux", "// +build linux"),
        ("ünï && 日本", "ünï && 日本", "// +build ünï,日本"),
        ("a&&b||c&&d||e", "(a && b) || (c && d) || e", "// +build a,b c,d e"),
        ("((linux || darwin) && !cgo) || (js && wasm)", "((linux || darwin) && !cgo) || (js && wasm)", nil),
        ("(a && (b || c)) || d", "(a && (b || c)) || d", nil),
        ("!(a && (b || c)) || d", "!(a && (b || c)) || d", "// +build !a !b,!c d"),
        ("(a || b) && (c || !d)", "(a || b) && (c || !d)", "// +build a b|// +build c !d"),
        ("!(a && b)", "!(a && b)", "// +build !a !b"),
    ]

    @Test(arguments: table)
    func printsAsGo(_ input: String, _ printed: String, _ lines: String?) throws {
        let expression = try GoBuildExpression.parse(input)
        #expect(expression.description == printed)
        if !printed.contains("!!") {
            #expect(try GoBuildExpression.parse(printed).description == printed)
        }
        if let lines {
            #expect(try expression.plusBuildLines().joined(separator: "|") == lines)
        } else {
            #expect(throws: GoBuildExpressionError(offset: 0, message: "expression too complex for // +build lines")) {
                try expression.plusBuildLines()
            }
        }
    }

    @Test func treeShapes() throws {
        #expect(try GoBuildExpression.parse("a && b && c") == .and(.and(.tag("a"), .tag("b")), .tag("c")))
        #expect(try GoBuildExpression.parse("a || b && !c") == .or(.tag("a"), .and(.tag("b"), .not(.tag("c")))))
        #expect(try GoBuildExpression.parse("!(a || b)") == .not(.or(.tag("a"), .tag("b"))))
        #expect(GoBuildExpression.not(.not(.tag("x"))).description == "!!x")
        #expect(GoBuildExpression.and(.or(.tag("a"), .tag("b")), .not(.and(.tag("c"), .tag("d")))).description == "(a || b) && !(c && d)")
    }

    @Test func wholeLines() throws {
        #expect(try GoBuildExpression.parse(line: "//go:build linux").description == "linux")
        #expect(try GoBuildExpression.parse(line: "//go:build linux\n").description == "linux")
        #expect(try GoBuildExpression.parse(line: "// +build linux,!cgo darwin").description == "(linux && !cgo) || darwin")
        #expect(try GoBuildExpression.parse(line: "//+build linux").description == "linux")
        for line in ["//go:buildlinux", "// +buildlinux", "// comment", "//go:build a\nb", "  //go:build a", "/*go:build a*/"] {
            #expect(throws: GoBuildExpressionError(offset: 0, message: "not a build constraint"), "\(line)") {
                try GoBuildExpression.parse(line: line)
            }
        }
        #expect(throws: GoBuildExpressionError(offset: 0, message: "unexpected end of expression")) {
            try GoBuildExpression.parse(line: "//go:build")
        }
    }
}
