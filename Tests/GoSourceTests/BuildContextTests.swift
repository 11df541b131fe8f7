import Testing
@testable import GoSource

/// Build contexts: which tags they satisfy (go/build's `matchTag`) and which files they include
/// (`MatchFile`).
@Suite struct BuildContextTests {
    @Test func satisfiedTags() {
        let linux = GoBuildContext(goos: "linux", goarch: "amd64", cgoEnabled: true, buildTags: ["integration"])
        for tag in ["linux", "amd64", "gc", "cgo", "unix", "go1.1", "go1.21", "go1.27", "integration"] {
            #expect(linux.satisfies(tag), "\(tag)")
        }
        for tag in ["darwin", "arm64", "gccgo", "go1.28", "go1.0", "go1.021", "go1.", "js", "wasm", "android"] {
            #expect(!linux.satisfies(tag), "\(tag)")
        }
        #expect(!GoBuildContext(goos: "linux", goarch: "amd64").satisfies("cgo"))
        #expect(GoBuildContext(goos: "android", goarch: "arm64").satisfies("linux"))
        #expect(GoBuildContext(goos: "ios", goarch: "arm64").satisfies("darwin"))
        #expect(GoBuildContext(goos: "illumos", goarch: "amd64").satisfies("solaris"))
        #expect(!GoBuildContext(goos: "linux", goarch: "amd64").satisfies("android"))
        #expect(!GoBuildContext(goos: "js", goarch: "wasm").satisfies("unix"))
        #expect(!GoBuildContext(goos: "wasip1", goarch: "wasm").satisfies("unix"))
        #expect(!GoBuildContext(goos: "windows", goarch: "amd64").satisfies("unix"))
        #expect(GoBuildContext(goos: "linux", goarch: "amd64", goMinorVersion: 20).satisfies("go1.20"))
        #expect(!GoBuildContext(goos: "linux", goarch: "amd64", goMinorVersion: 20).satisfies("go1.21"))
        let boring = GoBuildContext(goos: "linux", goarch: "amd64", buildTags: ["goexperiment.boringcrypto"])
        #expect(boring.satisfies("boringcrypto"))
        #expect(boring.satisfies("goexperiment.boringcrypto"))
    }

    @Test func includesFiles() throws {
        let linux = GoBuildContext(goos: "linux", goarch: "amd64")
        let wasip1 = GoBuildContext(goos: "wasip1", goarch: "wasm")
        let js = GoBuildContext(goos: "js", goarch: "wasm")
        #expect(linux.matches(try Fixtures.valid("build_after_copyright.go")) == true)
        #expect(GoBuildContext(goos: "linux", goarch: "386").matches(try Fixtures.valid("build_after_copyright.go")) == false)
        #expect(wasip1.matches(try Fixtures.valid("directives_all.go")) == true)
        #expect(linux.matches(try Fixtures.valid("directives_all.go")) == false)
        #expect(js.matches(try Fixtures.valid("wasm_exports_js_wasm.go")) == true)
        #expect(wasip1.matches(try Fixtures.valid("wasm_exports_js_wasm.go")) == false)
        #expect(wasip1.matches(try Fixtures.valid("probe_wasip1_wasm.go")) == true)
        #expect(linux.matches(try Fixtures.valid("build_ignore.go")) == false)
        #expect(linux.matches(try Fixtures.valid("_ignored.go")) == false)
        #expect(linux.matches(try Fixtures.valid(".hidden.go")) == false)
        #expect(linux.matches(try Fixtures.valid("linux.go")) == true)
        #expect(GoBuildContext(goos: "ios", goarch: "arm64").matches(try Fixtures.valid("x_ios.go")) == true)
        #expect(GoBuildContext(goos: "darwin", goarch: "arm64").matches(try Fixtures.valid("x_ios.go")) == false)
        #expect(GoBuildContext(goos: "illumos", goarch: "amd64").matches(try Fixtures.valid("x_solaris.go")) == true)
    }

    /// go/build reports an error instead of a verdict for a malformed or repeated `//go:build` line, but
    /// only once the file name matches.
    @Test func errorsOnlyWhereGoBuildReportsThem() throws {
        let linux = GoBuildContext(goos: "linux", goarch: "amd64")
        #expect(linux.matches(try Fixtures.valid("build_malformed.go")) == nil)
        #expect(linux.matches(try Fixtures.valid("build_multiple.go")) == nil)
        let malformedForWindows = try read("//go:build (\n\npackage p\n", path: "x_windows.go")
        #expect(linux.matches(malformedForWindows) == false)
        #expect(GoBuildContext(goos: "windows", goarch: "amd64").matches(malformedForWindows) == nil)
    }

    /// With a `//go:build` line, `// +build` lines do not count, even when they disagree.
    @Test func goBuildControls() throws {
        let file = try Fixtures.valid("build_mismatched.go")
        #expect(GoBuildContext(goos: "linux", goarch: "amd64").matches(file) == true)
        #expect(GoBuildContext(goos: "darwin", goarch: "amd64").matches(file) == false)
        #expect(file.constraint?.description == "linux && amd64")
    }
}
