import Testing
@testable import GoSource

/// Where build constraints count, by go/build's rules: only in the leading comments before the package
/// clause; `// +build` only when a blank line follows it and no block comment precedes it; one `//go:build`.
@Suite struct BuildConstraintPlacementTests {
    @Test func afterACopyrightBlock() throws {
        let file = try Fixtures.valid("build_after_copyright.go")
        #expect(file.goBuild == GoBuildLine(text: "linux && (amd64 || arm64)", position: GoPosition(line: 5, column: 1, offset: 167),
                                            expression: .and(.tag("linux"), .or(.tag("amd64"), .tag("arm64"))), error: nil))
        #expect(file.plusBuild.map(\.text) == ["linux", "amd64 arm64"])
        #expect(file.constraint?.description == "linux && (amd64 || arm64)")
        #expect(file.problems.isEmpty)
    }

    @Test func constraintRightAbovePackage() throws {
        let file = try Fixtures.valid("build_no_blank_line.go")
        #expect(file.goBuild?.text == "linux")
        #expect(file.plusBuild.isEmpty)
        #expect(file.problemSummary == ["misplaced-plus-build 1:1"])
        let adjacent = try Fixtures.valid("build_adjacent_doc.go")
        #expect(adjacent.goBuild?.expression == .tag("freebsd"))
    }

    @Test func insideBlockComments() throws {
        let file = try Fixtures.valid("build_in_block_comment.go")
        #expect(file.goBuild == nil)
        #expect(file.plusBuild.isEmpty)
        #expect(file.directives.isEmpty)
        #expect(file.problemSummary == ["misplaced-go-build 2:1"])
    }

    @Test func afterABlockComment() throws {
        let file = try Fixtures.valid("build_after_block_comment.go")
        #expect(file.goBuild?.text == "windows")
        #expect(file.plusBuild.isEmpty)
        #expect(file.problemSummary == ["misplaced-plus-build 4:1"])
    }

    @Test func malformed() throws {
        let file = try Fixtures.valid("build_malformed.go")
        #expect(file.goBuild?.expression == nil)
        #expect(file.goBuild?.error == GoBuildExpressionError(offset: 18, message: "missing close paren"))
        #expect(file.constraint == nil)
        #expect(file.problems.map(\.description) == [
            "valid/build_malformed.go:1:30: invalid //go:build expression: missing close paren",
        ])
        let double = try Fixtures.valid("build_double_negation.go")
        #expect(double.problems.map(\.description) == [
            "valid/build_double_negation.go:1:13: invalid //go:build expression: double negation not allowed",
        ])
        let empty = try Fixtures.valid("build_empty.go")
        #expect(empty.goBuild?.text == "")
        #expect(empty.goBuild?.error?.message == "unexpected end of expression")
    }

    @Test func multiple() throws {
        let file = try Fixtures.valid("build_multiple.go")
        #expect(file.hasMultipleGoBuildLines)
        #expect(file.goBuild?.text == "linux")
        #expect(file.problems.map(\.description) == ["valid/build_multiple.go:3:1: multiple //go:build comments"])
    }

    @Test func afterThePackageClause() throws {
        let file = try Fixtures.valid("build_misplaced_after_package.go")
        #expect(file.goBuild == nil)
        #expect(file.plusBuild.isEmpty)
        #expect(file.directiveSummary == ["go:build linux @3:1", "go:build darwin @9:1"])
        #expect(file.problemSummary == ["misplaced-go-build 3:1", "misplaced-go-build 9:1"])
    }

    @Test func notConstraints() throws {
        let spaced = try Fixtures.valid("build_spaced.go")
        #expect(spaced.goBuild == nil)
        #expect(spaced.problemSummary == ["spaced-go-build 1:1"])
        let buildx = try Fixtures.valid("build_buildx.go")
        #expect(buildx.goBuild == nil)
        #expect(buildx.plusBuild.isEmpty)
        #expect(buildx.directiveSummary == ["go:buildx linux @1:1"])
        #expect(buildx.problems.isEmpty)
    }

    @Test func printedAsGoPrintsIt() throws {
        #expect(try Fixtures.valid("build_printing.go").goBuild?.expression?.description
            == "((linux || darwin) && !(386 || arm) && cgo) || (js && wasm) || !windows")
        #expect(try Fixtures.valid("build_nested_parens.go").goBuild?.expression?.description == "linux && amd64")
    }

    @Test func whitespaceAndLineEndings() throws {
        let tabs = try Fixtures.valid("tabs_and_spaces.go")
        #expect(tabs.goBuild?.text == "linux")
        #expect(tabs.goBuild?.position.description == "1:2")
        #expect(tabs.plusBuild.map(\.position.description) == ["3:3"])
        #expect(tabs.packageName == "tabs")
        let crlf = try Fixtures.valid("crlf.go")
        #expect(crlf.goBuild?.text == "linux || windows")
        #expect(crlf.plusBuild.map(\.text) == ["linux windows"])
        #expect(crlf.plusBuildMatchesGoBuild == true)
        #expect(crlf.directiveSummary == ["go:build linux || windows @3:1", "go:embed a.txt \"b c.txt\" @15:1",
                                          "go:generate go run gen.go -flag \"quoted arg\" @21:1"])
        #expect(crlf.directives[1].embedPatterns == ["a.txt", "b c.txt"])
        #expect(crlf.imports.map(\.path) == ["fmt", "example.com/raw"])
    }

    @Test func byteOrderMark() throws {
        let file = try Fixtures.valid("bom.go")
        #expect(file.goBuild?.position == GoPosition(line: 1, column: 4, offset: 3))
        #expect(file.packagePosition.description == "4:1")
        let first = try Fixtures.valid("bom_package_first.go")
        #expect(first.packagePosition == GoPosition(line: 1, column: 4, offset: 3))
        #expect(first.importSummary == ["os @3:8"])
    }
}
