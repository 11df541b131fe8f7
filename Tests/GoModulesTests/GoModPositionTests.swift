import GoModules
import Testing

@Suite("Positions of directives")
struct GoModPositionTests {
    @Test("top-level lines start at the verb, block lines at their first token")
    func lineAndColumn() throws {
        let file = try parseMod(
            """
            module example.com/m

            go 1.22
            require (
            \tgithub.com/a/b v1.0.0 // indirect
            \t  github.com/c/d v1.0.0
            )
              require x.com/y v1.0.0
            """)
        #expect(file.module?.position == GoModPosition(line: 1, column: 1))
        #expect(file.module?.endColumn == 21)
        #expect(file.go?.position == GoModPosition(line: 3, column: 1))
        #expect(file.go?.endColumn == 8)
        #expect(
            file.requires.map(\.position) == [
                GoModPosition(line: 5, column: 2), GoModPosition(line: 6, column: 4), GoModPosition(line: 8, column: 3),
            ])
        #expect(file.requires[0].endColumn == 23, "the comment is not part of the line's span")
    }

    @Test("columns count runes, not bytes")
    func runeColumns() throws {
        let file = try parseMod("module é.com/ü\nrequire (\n\t\"ü.com/é\" v1.0.0\n)\n")
        #expect(file.module?.endColumn == 15)
        #expect(file.requires.first?.endColumn == 18)
        let error = try #require(modError("module é\u{0B}\n"))
        #expect(error.column == 9)
    }

    @Test("CRLF line ends are white space")
    func crlf() throws {
        let crlf = try parseMod("module m\r\ngo 1.22\r\nrequire (\r\n\ta.com/b v1.0.0 // indirect\r\n)\r\n")
        #expect(crlf.go?.version == "1.22")
        #expect(crlf.go?.position == GoModPosition(line: 2, column: 1))
        #expect(crlf.requires.first?.indirect == true)
        #expect(crlf.requires.first?.position == GoModPosition(line: 4, column: 2))
        let deprecated = try parseMod("// Deprecated: use v2\r\n//\r\n// more\r\nmodule m\r\n")
        #expect(deprecated.module?.deprecated == "use v2")
    }

    @Test("errors inside blocks carry the block line's column")
    func blockErrorColumn() throws {
        let error = try #require(modError("module m\nrequire (\n    a.com/b/v2 v1.0.0\n)\n"))
        #expect(error.position == GoModPosition(line: 3, column: 5))
    }
}
