import Testing
@testable import GoSource

/// `//go:` directives: names, arguments, positions, and what the go tools make of the arguments.
@Suite struct DirectiveTests {
    @Test func everyKind() throws {
        let file = try Fixtures.valid("directives_all.go")
        #expect(file.directiveSummary == [
            "go:build wasip1 @1:1",
            "go:generate go run github.com/cilium/ebpf/cmd/bpf2go -cc clang -target bpfel Bpf bpf/probe.c -- -I./headers @10:1",
            "go:generate stringer -type=Kind -output \"kind string.go\" @11:1",
            "go:generate  @12:1",
            "go:embed static/*.html templates @14:1",
            "go:embed \"assets/with space.txt\" `raw/back\\slash.txt` @15:1",
            "go:embed \"esc\\u00e9.txt\" @16:1",
            "go:linkname nanotime runtime.nanotime @19:1",
            "go:linkname exported @22:1",
            "go:wasmimport env host_log @25:1",
            "go:noescape  @26:1",
            "go:wasmexport add @29:1",
            "go:noinline  @32:1", "go:nosplit  @33:1", "go:norace  @34:1", "go:nocheckptr  @35:1",
            "go:uintptrescapes  @36:1", "go:debug madvdontneed=1 @37:1", "go:fix inline @38:1",
            "go:noinline  @40:2",
            "go:nowritebarrier  @45:2",
        ])
        let details = file.directives.map(\.detail)
        #expect(details[0] == .build(.tag("wasip1")))
        #expect(details[1] == .generate(
            command: "go run github.com/cilium/ebpf/cmd/bpf2go -cc clang -target bpfel Bpf bpf/probe.c -- -I./headers",
            words: ["go", "run", "github.com/cilium/ebpf/cmd/bpf2go", "-cc", "clang", "-target", "bpfel", "Bpf",
                    "bpf/probe.c", "--", "-I./headers"]))
        #expect(details[2] == .generate(command: "stringer -type=Kind -output \"kind string.go\"",
                                         words: ["stringer", "-type=Kind", "-output", "kind string.go"]))
        #expect(details[3] == .generate(command: "", words: []))
        #expect(details[4] == .embed(patterns: ["static/*.html", "templates"]))
        #expect(details[5] == .embed(patterns: ["assets/with space.txt", "raw/back\\slash.txt"]))
        #expect(details[6] == .embed(patterns: ["escé.txt"]))
        #expect(details[7] == .linkname(local: "nanotime", target: "runtime.nanotime"))
        #expect(details[8] == .linkname(local: "exported", target: nil))
        #expect(details[9] == .wasmImport(module: "env", name: "host_log"))
        #expect(details[10] == .other)
        #expect(details[11] == .wasmExport(name: "add"))
        #expect(file.directives[4].embedPatterns == ["static/*.html", "templates"])
        #expect(file.directives[7].embedPatterns == [])
        #expect(file.problems.isEmpty)
    }

    @Test func malformedArguments() throws {
        let file = try Fixtures.valid("directives_malformed.go")
        #expect(file.directives.map(\.detail) == [
            .malformed(message: "usage: //go:embed pattern..."),
            .malformed(message: "invalid quoted string in //go:embed: \"unterminated.txt"),
            .malformed(message: "invalid quoted string in //go:embed: b.txt"),
            .malformed(message: "invalid quoted string in //go:embed: `raw.txt"),
            .malformed(message: "usage: //go:linkname localname [linkname]"),
            .malformed(message: "usage: //go:linkname localname [linkname]"),
            .malformed(message: "usage: //go:wasmimport importmodule importname"),
            .malformed(message: "usage: //go:wasmexport exportname"),
            .malformed(message: "usage: //go:wasmexport exportname"),
            .malformed(message: "mismatched quoted string"),
            .malformed(message: "expect space after quoted argument"),
            .malformed(message: "bad quoted string"),
            .malformed(message: "unexpected end of expression"),
        ])
        // The misplaced //go:build is reported once, as misplaced.
        #expect(file.problemSummary == [
            "malformed-directive 5:1", "malformed-directive 8:1", "malformed-directive 11:1", "malformed-directive 14:1",
            "malformed-directive 17:1", "malformed-directive 18:1", "malformed-directive 19:1", "malformed-directive 20:1",
            "malformed-directive 21:1", "malformed-directive 22:1", "malformed-directive 23:1", "malformed-directive 24:1",
            "misplaced-go-build 25:1",
        ])
        #expect(file.problems.first?.description == "valid/directives_malformed.go:5:1: usage: //go:embed pattern...")
    }

    /// Names end at the first Unicode space; arguments are trimmed; carriage returns are dropped.
    @Test func namesAndArguments() throws {
        let file = try read("package p\n\n//go:embed\ta.txt   b.txt \t\r\n//go:x-y.z_w arg\n//go:generate\u{A0}echo hi\n//go:9\n")
        #expect(file.directiveSummary == [
            "go:embed a.txt   b.txt @3:1", "go:x-y.z_w arg @4:1", "go:generate echo hi @5:1", "go:9  @6:1",
        ])
        #expect(file.directives[0].embedPatterns == ["a.txt", "b.txt"])
    }

    static let embedTable: [(String, GoDirective.Detail)] = [
        ("a b", .embed(patterns: ["a", "b"])),
        ("\"a b\"", .embed(patterns: ["a b"])),
        ("`a b`", .embed(patterns: ["a b"])),
        ("\"a\\tb\" `c`", .embed(patterns: ["a\tb", "c"])),
        ("\"\\x41\\101\\u00e9\"", .embed(patterns: ["AAé"])),
        ("a\"b\"", .embed(patterns: ["a\"b\""])),
        ("\"a\"\tb", .embed(patterns: ["a", "b"])),
        ("\"a\"\u{3000}b", .embed(patterns: ["a", "b"])),
        ("\"a\\'\"", .malformed(message: "invalid quoted string in //go:embed: \"a\\'\"")),
        ("\"a\\q\" b", .malformed(message: "invalid quoted string in //go:embed: \"a\\q\" b")),
        ("`a`b", .malformed(message: "invalid quoted string in //go:embed: b")),
        ("\"", .malformed(message: "invalid quoted string in //go:embed: \"")),
        ("", .malformed(message: "usage: //go:embed pattern...")),
    ]

    @Test(arguments: embedTable)
    func embedPatterns(_ arguments: String, _ detail: GoDirective.Detail) throws {
        let file = try read("package p\n\n//go:embed \(arguments)\nvar x string\n")
        #expect(file.directives.first?.detail == detail)
    }

    static let generateTable: [(String, [String]?)] = [
        ("echo a  b", ["echo", "a", "b"]),
        ("echo \"a b\" c", ["echo", "a b", "c"]),
        ("echo \"a\\\"b\"", ["echo", "a\"b"]),
        ("echo $GOFILE ${GOPACKAGE}", ["echo", "$GOFILE", "${GOPACKAGE}"]),
        ("echo a\"b\"", ["echo", "a\"b\""]),
        ("echo `raw`", ["echo", "`raw`"]),
        ("echo \"a\"b", nil),
        ("echo \"ab", nil),
        ("echo \"a\\", nil),
    ]

    @Test(arguments: generateTable)
    func generateWords(_ command: String, _ words: [String]?) throws {
        let file = try read("package p\n\n//go:generate \(command)\n")
        let detail = try #require(file.directives.first?.detail)
        if let words {
            #expect(detail == .generate(command: command, words: words))
        } else if case .malformed = detail {
        } else {
            Issue.record("\(command) should be malformed, got \(detail)")
        }
    }

    @Test func linknameAndWasmFields() throws {
        let file = try read("""
            package p

            //go:linkname   a\tb.c
            //go:wasmimport  "mod"  name
            //go:wasmexport \u{3000}f\u{3000}

            """)
        #expect(file.directives.map(\.detail) == [
            .linkname(local: "a", target: "b.c"), .wasmImport(module: "\"mod\"", name: "name"), .wasmExport(name: "f"),
        ])
    }
}
