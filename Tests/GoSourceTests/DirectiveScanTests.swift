import Testing
@testable import GoSource

/// The fast pass over the file body: only real line comments that start their line are directives; text
/// inside raw strings, strings, runes and block comments is not, and neither is a `//go:` after code.
@Suite struct DirectiveScanTests {
    @Test func hiddenPlacesAreSkipped() throws {
        let file = try Fixtures.valid("directives_hidden.go")
        #expect(file.directiveSummary == [
            "go:noinline  @13:1",
            "go:embedded name.txt @30:1",
            "go:generate indented with a tab @31:2",
            "go:generate indented with spaces @32:3",
            "go:linkname last runtime.last @37:1",
        ])
    }

    @Test func headerAndBodyDirectivesInOrder() throws {
        let file = try Fixtures.valid("directives_in_header.go")
        #expect(file.directiveSummary == [
            "go:generate echo before the package clause @1:1",
            "go:debug panicnil=1 @2:1",
            "go:generate echo between package and imports @6:1",
            "go:generate echo inside the import group @8:2",
            "go:generate echo after the imports @12:1",
        ])
    }

    /// go/build takes `//go:debug` from any line comment before the package clause: go1.27.3 fails the
    /// build of `/* é */ //go:debug gotypesalias=0` with "main.go:1:10: invalid //go:debug". Other
    /// directives, and a `//go:debug` after the package clause, still need a line of their own.
    @Test func goDebugBehindABlockCommentBeforeThePackageClause() throws {
        let file = try read("/* é */ //go:debug panicnil=1\n/* é */ //go:generate echo no\n\npackage p\n\n/* é */ //go:debug late=1\n")
        #expect(file.directiveSummary == ["go:debug panicnil=1 @1:10"])
    }

    /// An unterminated raw string or block comment in the body hides what follows, as in Go's scanner.
    @Test func unterminatedBodyLiteralsHideTheRest() throws {
        #expect(try Fixtures.valid("unterminated_raw_in_body.go").directiveSummary == ["go:noinline  @5:1"])
        #expect(try Fixtures.valid("unterminated_block_in_body.go").directiveSummary == ["go:noinline  @5:1"])
    }

    /// The body is not validated: NUL bytes and invalid UTF-8 after the imports do not stop the scan.
    @Test func bodyBytesAreNotValidated() throws {
        #expect(try Fixtures.valid("nul_in_body.go").directiveSummary == ["go:noinline  @7:1"])
        let invalid = try Fixtures.valid("invalid_utf8_in_body.go")
        #expect(invalid.directives.count == 1)
        #expect(invalid.directives.first?.embedPatterns == ["\u{FFFD}.txt"])
        #expect(invalid.directives.first?.position.description == "10:1")
    }

    static let cases: [(String, [String])] = [
        ("x := `\n//go:embed a\n`\n//go:embed b\n", ["go:embed b @8:1"]),
        ("x := \"//go:embed a\"\n//go:embed b\n", ["go:embed b @6:1"]),
        ("x := \"\\\"//go:embed a\"\n", []),
        ("x := '\"'\n//go:embed b\n", ["go:embed b @6:1"]),
        ("x := '`'\n//go:embed b\n", ["go:embed b @6:1"]),
        ("x := '\\''\n//go:embed b\n", ["go:embed b @6:1"]),
        ("/* a */ //go:noinline\n", []),
        ("/*\n*/ //go:noinline\n", []),
        ("/*\n*/\n//go:noinline\n", ["go:noinline  @7:1"]),
        ("x := 1 //go:noinline\n", []),
        ("x := 1 / 2 //go:noinline\n//go:noinline\n", ["go:noinline  @6:1"]),
        ("x := \"unterminated\n//go:embed b\n", ["go:embed b @6:1"]),
        ("x := \"bad escape\\\n//go:embed b\n", ["go:embed b @6:1"]),
        ("x := `a`//go:noinline\n", []),
        ("\r\n\t \r//go:noinline\r\n", ["go:noinline  @6:4"]),
        ("//go:noinline", ["go:noinline  @5:1"]),
        ("//go:n", ["go:n  @5:1"]),
        ("//go:", []),
        ("// //go:noinline\n", []),
        ("///go:noinline\n", []),
        ("x := a //\n//go:noinline\n", ["go:noinline  @6:1"]),
    ]

    @Test(arguments: cases)
    func body(_ body: String, _ expected: [String]) throws {
        let file = try read("package p\n\nimport \"fmt\"\n\n" + body)
        #expect(file.directiveSummary == expected)
    }

    /// A directive on the line where the imports end (after `;`) is found from the middle of that line.
    @Test func scanStartsMidLine() throws {
        let file = try read("package p; import \"fmt\"; var x = `\n//go:embed in-raw\n`\n//go:embed a\n")
        #expect(file.directiveSummary == ["go:embed a @4:1"])
        let bodyOnFirstLine = try read("package p; func f() {} //go:noinline\n//go:noinline\n")
        #expect(bodyOnFirstLine.directiveSummary == ["go:noinline  @2:1"])
    }

    @Test func directivesAfterByteOrderMark() throws {
        let file = try Fixtures.valid("bom.go")
        #expect(file.directiveSummary == ["go:build linux @1:4", "go:noinline  @8:1"])
    }
}
