import GoModules
import Testing

@Suite("GoModFile: directives as the go command reads them")
struct GoModFileTests {
    @Test("every directive is read, with canonical versions")
    func directives() throws {
        let file = try parseMod(
            """
            module example.com/m
            go 1.22.3
            toolchain go1.23.1
            godebug (
            \tpanicnil=1
            \tdefault=go1.21
            )
            require (
            \tgolang.org/x/text v0.14
            \tgithub.com/a/b v1.2.3+meta // indirect
            \tgithub.com/c/d/v2 v2.0.0
            )
            exclude github.com/a/b v0.9.0
            replace github.com/a/b v1.2.3 => ../b
            replace github.com/c/d/v2 => github.com/fork/d/v2 v2.0.1
            retract v0.1.0
            tool golang.org/x/tools/cmd/stringer
            ignore ./testdata
            """)
        #expect(file.module?.path == "example.com/m")
        #expect(file.go?.version == "1.22.3")
        #expect(file.toolchain?.name == "go1.23.1")
        #expect(file.godebug.map { "\($0.key)=\($0.value)" } == ["panicnil=1", "default=go1.21"])
        #expect(file.requires.map(\.version) == ["v0.14.0", "v1.2.3", "v2.0.0"])
        #expect(file.requires.map(\.indirect) == [false, true, false])
        #expect(file.excludes.first?.version == "v0.9.0")
        #expect(file.replaces.count == 2)
        #expect(file.replaces[0].oldVersion == "v1.2.3" && file.replaces[0].newPath == "../b")
        #expect(file.replaces[0].newIsLocalPath && file.replaces[0].newVersion == nil)
        #expect(file.replaces[1].oldVersion == nil && file.replaces[1].newVersion == "v2.0.1")
        #expect(!file.replaces[1].newIsLocalPath)
        #expect(file.retracts.first?.low == "v0.1.0" && file.retracts.first?.high == "v0.1.0")
        #expect(file.tools.map(\.path) == ["golang.org/x/tools/cmd/stringer"])
        #expect(file.ignores.map(\.path) == ["./testdata"])
        #expect(file.effectiveGoVersion == "1.22.3")
    }

    @Test("a missing go line means Go 1.16")
    func defaultGoVersion() throws {
        #expect(try parseMod("module m\n").effectiveGoVersion == "1.16")
        #expect(try parseWork("use .\n").effectiveGoVersion == "1.18")
    }

    @Test(
        "// indirect only counts as the exact first comment word",
        arguments: [
            ("//indirect", true), ("// indirect", true), ("// indirect; reason", true), ("//  indirect  ", true),
            ("// indirect;", false), ("// Indirect", false), ("// foo indirect", false), ("// indirect reason", false),
        ])
    func indirect(_ comment: String, _ expected: Bool) throws {
        let file = try parseMod("module m\nrequire a.com/b v1.0.0 \(comment)\n")
        #expect(file.requires.first?.indirect == expected)
    }

    @Test(
        "Deprecated: paragraphs on the module line",
        arguments: [
            ("// Deprecated: use v2.\nmodule m\n", "use v2."),
            ("module m // Deprecated: inline msg\n", "inline msg"),
            ("// Some text.\n//\n// Deprecated: use v2.\n// More.\n//\n// x\nmodule m\n", "use v2.\nMore."),
            ("// Some text. Deprecated: no\nmodule m\n", nil),
            ("// deprecated: lower case\nmodule m\n", nil),
            ("// Deprecated:\nmodule m\n", nil),
            ("// Deprecated: far\n\nmodule m\n", nil),
            ("// Deprecated: in block\nmodule (\n\tm\n)\n", "in block"),
        ] as [(String, String?)])
    func deprecation(_ text: String, _ message: String?) throws {
        #expect(try parseMod(text).module?.deprecated == message)
    }

    @Test("retract rationale comes from the line's comments, else its block's")
    func rationale() throws {
        let file = try parseMod(
            """
            module m
            // Published by mistake.
            retract v1.0.0
            // block reason
            retract (
            \t[v1.1.0, v1.2.0] // security issue
            \tv1.3.0
            \t// above
            \tv1.4.0
            )
            retract v2.0.0
            """)
        #expect(
            file.retracts.map(\.rationale) == ["Published by mistake.", "security issue", "block reason", "above", nil])
        #expect(file.retracts[1].low == "v1.1.0" && file.retracts[1].high == "v1.2.0")
    }

    @Test("retract bounds are unquoted but not validated, as go mod edit does")
    func retractBounds() throws {
        let file = try parseMod("module m\nretract foo\nretract [ \"v1.2.3\" , v1.2.4 ]\n")
        #expect(file.retracts.map(\.low) == ["foo", "v1.2.3"])
        #expect(file.retracts.map(\.high) == ["foo", "v1.2.4"])
    }

    @Test("duplicates are kept in the model")
    func duplicatesKept() throws {
        let file = try parseMod(
            "module m\nexclude a.com/b v1.0.0\nexclude a.com/b v1.0.0\nreplace a.com/b => ./x\nreplace a.com/b => ./y\n"
        )
        #expect(file.excludes.count == 2)
        #expect(file.replaces.map(\.newPath) == ["./x", "./y"])
        #expect(GoEditJSON.effectiveReplaces(file.replaces).map(\.newPath) == ["./y"])
    }

    @Test("block indices number the file's blocks")
    func blockIndices() throws {
        let file = try parseMod(
            "module m\nrequire (\n\ta.com/b v1.0.0\n)\nrequire c.com/d v1.0.0\n"
                + "require (\n\te.com/f v1.0.0 // indirect\n)\n"
        )
        #expect(file.requires.map(\.blockIndex) == [0, nil, 1])
    }

    @Test("quoted tokens are unquoted")
    func quoting() throws {
        let file = try parseMod("module \"example.com/quoted\"\nreplace \"a.com/b\" \"v1.0.0\" => \"./my dir\"\n")
        #expect(file.module?.path == "example.com/quoted")
        #expect(file.replaces.first?.oldVersion == "v1.0.0")
        #expect(file.replaces.first?.newPath == "./my dir")
    }
}
