import GoModules
import Testing

@Suite("GoModParseError: the go command's messages and lines")
struct GoModErrorTests {
    @Test(
        "rule errors",
        arguments: [
            ("module m\ngo 1.21\ngo 1.22\n", 3, 1, "repeated go statement"),
            ("module m\ngo one\n", 2, 1, "invalid go version 'one': must match format 1.23.0"),
            ("module m\ngo 1.21 1.22\n", 2, 1, "go directive expects exactly one argument"),
            (
                "module m\ntoolchain go2\n", 2, 1,
                "invalid toolchain version 'go2': must match format go1.23.0 or default"
            ),
            ("module m\nmodule n\n", 2, 1, "repeated module statement"),
            ("module a b\n", 1, 1, "usage: module module/path"),
            ("module m\ngodebug panicnil\n", 2, 1, "usage: godebug key=value"),
            ("module m\nfrobnicate x\n", 2, 1, "unknown directive: frobnicate"),
            ("module m\nuse ./a\n", 2, 1, "unknown directive: use"),
            ("module m\ngo (\n\t1.21\n)\n", 2, 1, "unknown block type: go"),
            ("module m\nrequire x (\n)\n", 2, 1, "unknown block type: require x"),
            (
                "module m\nrequire a.com/b latest\n", 2, 1,
                #"require a.com/b: version "latest" invalid: must be of the form v1.2.3"#
            ),
            (
                "module m\nrequire (\n\ta.com/b v2.0.0\n)\n", 3, 2,
                #"require a.com/b: version "v2.0.0" invalid: should be v0 or v1, not v2"#
            ),
            (
                "module m\nrequire gopkg.in/yaml.v3 v2.0.0\n", 2, 1,
                #"require gopkg.in/yaml.v3: version "v2.0.0" invalid: should be v3, not v2"#
            ),
            ("module m\nrequire a.com/b/v1 v1.0.0\n", 2, 1, "invalid module path"),
            ("module m\nrequire a.com/b\n", 2, 1, "usage: require module/path v1.2.3"),
            ("module m\nexclude 'a' v1.0.0\n", 2, 1, "invalid quoted string: unquoted string cannot contain quote"),
            ("module m\nrequire \"a\\q\" v1.0.0\n", 2, 1, "invalid quoted string: invalid syntax"),
            (
                "module m\nreplace a.com/b => c.com/d\n", 2, 1,
                "replacement module without version must be directory path (rooted or starting with . or ..)"
            ),
            (
                "module m\nreplace a.com/b => c.com/d@v1.0.0\n", 2, 1,
                "replacement module must match format 'path version', not 'path@version'"
            ),
            (
                "module m\nreplace a.com/b => ../d v1.0.0\n", 2, 1,
                #"replacement module directory path "../d" cannot have version"#
            ),
            (
                "module m\nreplace a.com/b => .\\d\n", 2, 1,
                "replacement directory appears to be Windows path (on a non-windows system)"
            ),
            (
                "module m\nreplace a.com/b\n", 2, 1,
                "usage: replace module/path [v1.2.3] => other/module v1.4\n"
                    + "\t or replace module/path [v1.2.3] => ../local/directory"
            ),
            ("module m\nretract [v1.0.0 v1.1.0]\n", 2, 1, "expected ',' after version"),
            ("module m\nretract [v1.0.0, v1.1.0\n", 2, 1, "expected ']' after version"),
            ("module m\nretract v1.0.0 extra\n", 2, 1, #"unexpected token after version: "extra""#),
            ("module m\nretract ( x\n", 2, 1, "expected '[' or version"),
            ("module m\ntool a b\n", 2, 1, "tool directive expects exactly one argument"),
            ("module m\nignore\n", 2, 1, "ignore directive expects exactly one argument"),
        ])
    func ruleError(_ text: String, _ line: Int, _ column: Int, _ message: String) throws {
        let error = try #require(modError(text))
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.message == message)
        #expect(error.description == "go.mod:\(line):\(column): \(message)")
    }

    @Test(
        "syntax errors are reported where the lexer stands",
        arguments: [
            (
                "module m\nrequire (\n\ta.com/b v1.0.0\n", 4, 1,
                "syntax error (unterminated block started at go.mod:2:1)"
            ),
            (
                "module m\nrequire (\n\ta.com/b v1.0.0\n)x y\n", 4, 3,
                "syntax error (expected newline after closing paren)"
            ),
            ("module x\u{0B}\n", 1, 9, #"unexpected input character '\v'"#),
            ("module \u{0}x\n", 1, 8, #"unexpected input character '\x00'"#),
            ("module x\u{A0}\n", 1, 9, #"unexpected input character '\u00a0'"#),
            ("module \u{FEFF}x\n", 1, 8, #"unexpected input character '\ufeff'"#),
            ("module \"x\n", 1, 10, "unexpected newline in string"),
            ("module \"x", 1, 8, "unexpected EOF in string"),
            ("module x/*", 1, 9, "mod files must use // comments (not /* */ comments)"),
            ("module m\n/* c */\n", 2, 1, "mod files must use // comments (not /* */ comments)"),
        ])
    func syntaxError(_ text: String, _ line: Int, _ column: Int, _ message: String) throws {
        let error = try #require(modError(text))
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.message == message)
    }

    @Test("syntax errors win over rule errors earlier in the file")
    func syntaxBeforeRules() throws {
        let error = try #require(modError("frobnicate\nmodule m\nrequire (\n"))
        #expect(error.line == 4)
        #expect(error.message.hasPrefix("syntax error (unterminated block"))
    }

    @Test("the first rule error in file order is reported")
    func firstRuleError() throws {
        let error = try #require(modError("module m\ngo 1.21\nfoo\ngo 1.22\n"))
        #expect(error.line == 3)
        #expect(error.fileName == "go.mod")
    }
}
