import Testing
@testable import Wasm

/// Carving and parsing the build info Go embeds between its sentinels in the data section.
@Suite struct GoBuildInfoTests {
    /// The Go 1.20-shaped fixture has no producers section: the version comes from the data segments.
    @Test func legacyShapeVersionFromDataAndReplacedDependency() throws {
        let module = try Fixtures.valid("shape-go120-js.wasm")
        let go = try #require(module.go)
        #expect(go.goVersion == "go1.20.14")
        #expect(go.goVersionSource == .data)
        #expect(go.buildID == "legacy-build-id/abc")
        #expect(go.path == "example.com/legacy/app")
        #expect(go.mainModule?.version == "(devel)")
        #expect(go.dependencies == [
            GoBuildInfo.Module(path: "example.com/dep", version: "v1.0.0",
                               sum: "h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", replacement: nil),
            GoBuildInfo.Module(path: "example.com/forked", version: "v1.2.0", sum: nil, replacement:
                GoBuildInfo.Replacement(path: "example.com/fork", version: "v1.2.1",
                                        sum: "h1:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=")),
        ])
        #expect(go.setting("-ldflags") == "-s -w")
        #expect(go.setting("GOOS") == "js")
        #expect(go.setting("CGO_ENABLED") == nil)
        // The first byte after the start sentinel, inside the second data segment.
        let second = try #require(module.dataSegments.last)
        #expect(go.offset == second.contentOffset + 16)
    }

    @Test func parsesEveryLineKind() {
        var info = GoBuildInfo()
        info.parse("""
            go\tgo1.28rc1
            path\texample.com/cmd/tool
            mod\texample.com\tv1.4.0\th1:main=
            =>\t../local\t\t
            dep\tgolang.org/x/text\tv0.20.0\th1:text=
            dep\texample.com/vendored\tv0.1.0
            build\t"key with space"="quoted \\"value\\""
            build\tGOAMD64=v3
            build\tbroken-setting-without-equals
            unknown\tline
            """)
        #expect(info.goVersion == "go1.28rc1")
        #expect(info.goVersionSource == .buildInfo)
        #expect(info.path == "example.com/cmd/tool")
        #expect(info.mainModule == GoBuildInfo.Module(path: "example.com", version: "v1.4.0", sum: "h1:main=",
            replacement: GoBuildInfo.Replacement(path: "../local", version: nil, sum: nil)))
        #expect(info.dependencies.map(\.path) == ["golang.org/x/text", "example.com/vendored"])
        #expect(info.dependencies.map(\.sum) == ["h1:text=", nil])
        #expect(info.settings == [
            GoBuildInfo.Setting(key: "key with space", value: "quoted \"value\""),
            GoBuildInfo.Setting(key: "GOAMD64", value: "v3"),
        ])
    }

    @Test func goQuotedStrings() {
        #expect(GoQuotedString.unquotePrefix("\"a\\tb\\x41\\u00e9\\\\\" rest")?.0 == "a\tbA\u{E9}\\")
        #expect(GoQuotedString.unquotePrefix("\"a\\tb\" rest")?.1 == " rest")
        #expect(GoQuotedString.unquotePrefix("\"unterminated") == nil)
        #expect(GoQuotedString.unquotePrefix("\"bad \\q escape\"") == nil)
        #expect(GoQuotedString.unquotePrefix("no quote") == nil)
    }

    /// A start sentinel with no end sentinel gives a warning and no module list.
    @Test func unterminatedBuildInfoIsAWarning() throws {
        let data: [UInt8] = GoBuildInfo.startSentinel + Array("path\texample.com/x\n".utf8)
        let segment: [UInt8] = [0x00, 0x41, 0x00, 0x0B] + ModuleBytes.uleb(UInt64(data.count)) + data
        let bytes = ModuleBytes.header + ModuleBytes.section(5, [0x01, 0x00, 0x01])
            + ModuleBytes.section(11, [0x01] + segment)
        let module = try WasmModule.decode(bytes)
        #expect(module.go == nil)
        #expect(module.warnings.map(\.subject) == ["go build info"])
        #expect(module.warnings.first?.offset == 8 + 5 + 2 + 1 + 5 + 16)
    }

    @Test func nonGoModulesHaveNoGoInfo() throws {
        #expect(try Fixtures.valid("shape-rust.wasm").go == nil)
        #expect(try Fixtures.valid("gc-types.wasm").go == nil)
    }
}
