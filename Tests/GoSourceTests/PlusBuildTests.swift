import Testing
@testable import GoSource

/// Legacy `// +build` lines: parsing as `go/build/constraint` does (values from go1.27.3), their limits, and
/// how a file's lines combine.
@Suite struct PlusBuildTests {
    static let table: [(String, String)] = [
        ("linux", "linux"),
        ("linux,amd64", "linux && amd64"),
        ("linux darwin", "linux || darwin"),
        ("linux,amd64 darwin,!cgo", "(linux && amd64) || (darwin && !cgo)"),
        ("!linux", "!linux"),
        ("!!linux", "ignore"),
        ("!", "ignore"),
        ("a,,b", "a && ignore && b"),
        ("foo-bar", "ignore"),
        ("a.b", "a.b"),
        (",x", "ignore && x"),
        ("", "ignore"),
        ("ünï", "ünï"),
        ("linux,!arm64 windows", "(linux && !arm64) || windows"),
        ("  linux \t darwin\u{A0}plan9 ", "linux || darwin || plan9"),
    ]

    @Test(arguments: table)
    func parsesAsGo(_ arguments: String, _ printed: String) throws {
        #expect(try GoBuildExpression.parsePlusBuild(arguments).description == printed)
    }

    @Test func operatorLimit() throws {
        let allowed = Array(repeating: "a", count: 101).joined(separator: ",")
        #expect(try GoBuildExpression.parsePlusBuild(allowed).tags == ["a"])
        let tooMany = Array(repeating: "a", count: 102).joined(separator: ",")
        #expect(throws: GoBuildExpressionError.self) { try GoBuildExpression.parsePlusBuild(tooMany) }
        let file = try read("// +build \(tooMany)\n// +build linux\n\npackage p\n")
        #expect(file.plusBuild.map(\.text) == [tooMany, "linux"])
        #expect(file.plusBuild.first?.expression == nil)
        #expect(file.plusBuildExpression == .tag("linux"))
        #expect(file.problemSummary == ["plus-build-too-complex 1:1"])
    }

    @Test func fileLinesCombineWithAnd() throws {
        let file = try Fixtures.valid("plus_build_only.go")
        #expect(file.goBuild == nil)
        #expect(file.plusBuild.map(\.text) == ["linux,amd64 darwin", "!386", "cgo"])
        #expect(file.plusBuild.map(\.position.description) == ["1:1", "2:1", "3:1"])
        #expect(file.plusBuildExpression?.description == "((linux && amd64) || darwin) && !386 && cgo")
        #expect(file.constraint == file.plusBuildExpression)
        #expect(file.problems.isEmpty)
    }

    @Test func oddTermsBecomeIgnore() throws {
        let file = try Fixtures.valid("plus_build_odd_terms.go")
        #expect(file.plusBuild.map(\.text) == ["!!linux a.b,c_d ,x !", "foo-bar !baz", ""])
        #expect(file.plusBuild.map { $0.expression?.description } == [
            "ignore || (a.b && c_d) || (ignore && x) || ignore", "ignore || !baz", "ignore",
        ])
    }

    /// Thousands of `// +build` lines give a balanced conjunction: shallow, yet printed as Go's chain.
    @Test func manyLinesStayShallow() throws {
        let source = String(repeating: "// +build a\n", count: 20_000) + "\npackage p\n"
        let file = try read(source)
        #expect(file.plusBuild.count == 20_000)
        let expression = try #require(file.plusBuildExpression)
        #expect(expression.description == Array(repeating: "a", count: 20_000).joined(separator: " && "))
        #expect(expression.eval(tags: ["a"]))
        #expect(GoBuildContext(goos: "linux", goarch: "amd64", buildTags: ["a"]).matches(file) == true)
    }

    @Test func matchesGoBuildAsVetDecides() throws {
        #expect(try Fixtures.valid("build_after_copyright.go").plusBuildMatchesGoBuild == true)
        #expect(try Fixtures.valid("build_matching_gofmt.go").plusBuildMatchesGoBuild == true)
        #expect(try Fixtures.valid("build_mismatched.go").plusBuildMatchesGoBuild == false)
        #expect(try Fixtures.valid("plus_build_only.go").plusBuildMatchesGoBuild == nil)
        #expect(try Fixtures.valid("build_ignore.go").plusBuildMatchesGoBuild == nil)
        // Same meaning, different lines: vet compares the printed forms, so this does not match.
        #expect(try read("//go:build linux && amd64\n// +build amd64,linux\n\npackage p\n").plusBuildMatchesGoBuild == false)
        #expect(try read("//go:build (a || b) && c\n// +build c\n// +build a b\n\npackage p\n").plusBuildMatchesGoBuild == false)
        #expect(try read("//go:build (a || b) && c\n// +build a b\n// +build c\n\npackage p\n").plusBuildMatchesGoBuild == true)
    }
}
