import GoModules
import Testing

@Suite("GoWorkFile")
struct GoWorkFileTests {
    @Test("directives of a go.work file")
    func directives() throws {
        let file = try parseWork(
            """
            go 1.22
            toolchain go1.22.1
            godebug default=go1.21
            use (
            \t./a // example.com/a
            \t"./b c"
            )
            use ./d
            replace github.com/x/y v1.0.0 => ../y
            """)
        #expect(file.go?.version == "1.22")
        #expect(file.toolchain?.name == "go1.22.1")
        #expect(file.godebug.first?.key == "default")
        #expect(file.uses.map(\.diskPath) == ["./a", "./b c", "./d"])
        #expect(file.uses.map(\.comment) == ["example.com/a", nil, nil])
        #expect(file.uses.map(\.blockIndex) == [0, 0, nil])
        #expect(file.uses[1].position == GoModPosition(line: 6, column: 2))
        #expect(file.replaces.first?.newPath == "../y")
    }

    @Test(
        "go.mod-only directives are unknown in go.work",
        arguments: [
            "module m", "require a.com/b v1.0.0", "exclude a.com/b v1.0.0", "retract v1.0.0", "tool x", "ignore x",
        ])
    func goModOnly(_ line: String) throws {
        let verb = String(line.prefix { $0 != " " })
        let error = #expect(throws: GoModParseError.self) { try parseWork("go 1.22\n\(line)\n") }
        #expect(error?.message == "unknown directive: \(verb)")
        #expect(error?.line == 2)
        #expect(error?.fileName == "go.work")
    }

    @Test("use needs exactly one directory; blocks only for godebug, use and replace")
    func useErrors() {
        #expect(throws: GoModParseError(fileName: "go.work", line: 1, column: 1, message: "usage: use local/dir")) {
            try parseWork("use a b\n")
        }
        #expect(throws: GoModParseError(fileName: "go.work", line: 1, column: 1, message: "unknown block type: go")) {
            try parseWork("go (\n1.21\n)\n")
        }
    }
}
