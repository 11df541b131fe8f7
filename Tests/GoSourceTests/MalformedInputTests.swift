import Testing
@testable import GoSource

/// Files whose header Go rejects fail with a clear message and the position go/parser reports.
@Suite struct MalformedInputTests {
    static let fixtures: [(String, String)] = [
        ("bom_in_header_comment.go", "1:6: illegal byte order mark"),
        ("code_before_package.go", "1:1: expected 'package', found 'var'"),
        ("cr_only_lines.go", "1:34: expected 'package', found 'EOF'"),
        ("empty.go", "1:1: expected 'package', found 'EOF'"),
        ("empty_import_path.go", "3:8: invalid import path: "),
        ("import_bad_escape.go", "3:10: unknown escape sequence"),
        ("import_group_unclosed.go", "4:8: expected ')', found 'EOF'"),
        ("import_missing_path.go", "3:11: missing import path"),
        ("import_newline_in_string.go", "3:8: string literal not terminated"),
        ("import_rune_path.go", "3:8: import path must be a string"),
        ("invalid_import_path.go", "3:8: invalid import path: a b"),
        ("invalid_utf8_after_imports.go", "5:4: illegal UTF-8 encoding"),
        ("invalid_utf8_in_header.go", "1:7: illegal UTF-8 encoding"),
        ("missing_package_name.go", "3:1: expected 'IDENT', found 'import'"),
        ("missing_semicolon.go", "1:11: expected ';', found 'import'"),
        ("no_package.go", "3:20: expected 'package', found 'EOF'"),
        ("nul_between_imports.go", "3:11: illegal character NUL"),
        ("nul_in_header.go", "1:10: illegal character NUL"),
        ("package_keyword_name.go", "1:9: expected 'IDENT', found 'func'"),
        ("two_paths_one_line.go", "3:12: expected ';', found \"b\""),
        ("unterminated_block_comment.go", "3:1: comment not terminated"),
        ("unterminated_import_string.go", "3:8: string literal not terminated"),
        ("unterminated_raw_import.go", "3:8: raw string literal not terminated"),
    ]

    @Test func everyMalformedFixtureIsListed() {
        #expect(Fixtures.names(in: "malformed") == Self.fixtures.map(\.0))
    }

    @Test(arguments: fixtures)
    func rejected(_ name: String, _ expected: String) throws {
        let path = "malformed/" + name
        #expect(throws: GoSourceError.self) { try GoSourceFile.read(try Fixtures.bytes(path), path: path) }
        #expect(readError(try Fixtures.bytes(path), path: path) == expected)
    }

    @Test func errorDescriptionNamesFileLineAndColumn() {
        do {
            _ = try GoSourceFile.read(Array("package p\n\nimport fmt\n".utf8), path: "dir/x.go")
            Issue.record("read")
        } catch {
            #expect(error.description == "dir/x.go:3:11: missing import path")
            #expect(error.path == "dir/x.go")
            #expect(error.position == GoPosition(line: 3, column: 11, offset: 21))
        }
    }

    static let inline: [(String, String)] = [
        ("import \"fmt\"\npackage p\n", "1:1: expected 'package', found 'import'"),
        ("package p\nimport (\"a\" \"b\")\n", "2:13: expected ';', found \"b\""),
        ("package p\nimport . \n\"fmt\"\n", ""),
        ("package p\nimport 42\n", "2:8: missing import path"),
        ("package p\nimport _\n", "2:9: missing import path"),
        ("package p\nimport (\n  x\n)\n", "3:4: missing import path"),
        ("package p\nimport \"\\xff\"\n", "2:8: invalid import path: \u{FFFD}"),
        ("package p\nimport \"a\u{7F}\"\n", "2:8: invalid import path: a\u{7F}"),
        ("package \"p\"\n", "1:9: expected 'IDENT', found \"p\""),
        ("package p\n@\n", "2:1: illegal character U+0040 '@'"),
        ("package p\nimport \"fmt\"\n\n\u{1}\n", "4:1: illegal character U+0001"),
        ("package p\nimport \"fmt\"\n\n\u{A0}x\n", "4:1: illegal character U+00A0"),
        ("package p\nimport \"fmt\"\n\n\u{663}\n", "4:1: illegal character U+0663 '\u{663}'"),
        ("package p\nimport \"fmt\"\n\n~x\n", ""),
        ("package p\nimport \"fmt\"\n\nÂx\n", ""),
        ("package p )\n", ""),
    ]

    /// Inline cases; an empty expectation means Go accepts the header too (go/parser stops after the imports).
    @Test(arguments: inline)
    func inlineHeaders(_ source: String, _ expected: String) {
        #expect((readError(source) ?? "") == expected)
    }
}
