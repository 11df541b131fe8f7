import GoModules
import Testing

@Suite("ModulePath: major-version suffixes and path checks")
struct ModulePathTests {
    @Test(
        "splitPathMajor",
        arguments: [
            ("a.com/b", "a.com/b", ""), ("a.com/b/v2", "a.com/b", "/v2"), ("a.com/b/v10", "a.com/b", "/v10"),
            ("gopkg.in/yaml.v3", "gopkg.in/yaml", ".v3"), ("gopkg.in/yaml.v0", "gopkg.in/yaml", ".v0"),
            ("gopkg.in/check.v1-unstable", "gopkg.in/check", ".v1-unstable"), ("a.com/v2x", "a.com/v2x", ""),
            ("v2", "v2", ""),
        ])
    func split(_ path: String, _ prefix: String, _ pathMajor: String) throws {
        let result = try #require(ModulePath.splitPathMajor(path))
        #expect(result.prefix == prefix)
        #expect(result.pathMajor == pathMajor)
    }

    @Test(
        "malformed major suffixes",
        arguments: ["a.com/b/v1", "a.com/b/v0", "a.com/b/v02", "a.com/b/v2.1", "gopkg.in/yaml", "gopkg.in/yaml.v01"])
    func malformed(_ path: String) {
        #expect(ModulePath.splitPathMajor(path) == nil)
    }

    @Test(
        "versions against path major suffixes",
        arguments: [
            ("v1.2.3", "", true), ("v0.1.0", "", true), ("v2.0.0", "", false), ("v2.0.0+incompatible", "", true),
            ("v2.0.0", "/v2", true), ("v3.0.0", "/v2", false), ("v2.0.0+incompatible", "/v2", true),
            ("v3.0.1", ".v3", true), ("v1.0.0", ".v3", false), ("v0.0.0-20200101000000-abcdefabcdef", ".v1", true),
            ("v1.5.0", ".v1-unstable", true), ("v1.0.0+incompatible", "", true),
        ])
    func matching(_ version: String, _ pathMajor: String, _ matches: Bool) {
        #expect(ModulePath.versionMatchesPathMajor(version, pathMajor) == matches)
    }

    @Test("mismatch messages use the go command's wording")
    func messages() {
        #expect(ModulePath.checkPathMajor("v2.0.0", "") == #"version "v2.0.0" invalid: should be v0 or v1, not v2"#)
        #expect(ModulePath.checkPathMajor("v1.0.0", "/v3") == #"version "v1.0.0" invalid: should be v3, not v1"#)
        #expect(ModulePath.checkPathMajor("v2.0.0", ".v3") == #"version "v2.0.0" invalid: should be v3, not v2"#)
    }

    @Test(
        "module path validity",
        arguments: [
            ("github.com/a/b", nil), ("example.com/m/v2", nil), ("gopkg.in/yaml.v3", nil),
            ("x", "missing dot in first path element"), ("/a.com", "empty path element"), ("-a.com/x", "leading dash"),
            ("Example.com/x", "invalid char 'E' in first path element"), ("a.com//b", "double slash"),
            ("a.com/b/", "trailing slash"), ("a.com/.b", "leading dot in path element"),
            ("a.com/b.", "trailing dot in path element"), ("a.com/b c", "invalid char ' '"),
            ("a.com/../c", #"invalid path element "..""#), ("a.com/b/v1", "invalid version"),
            ("a.com/con", #""con" disallowed as path element component on Windows"#),
            ("a.com/x~1", "trailing tilde and digits in path element"), ("a.com/ü", "invalid char 'ü'"),
            ("", "empty string"),
        ] as [(String, String?)])
    func validity(_ path: String, _ reason: String?) {
        #expect(ModulePath.check(path)?.reason == reason)
    }

    @Test("import paths allow + and file paths allow more")
    func importAndFilePaths() {
        #expect(ModulePath.checkImportPath("golang.org/x/tools/cmd/stringer") == nil)
        #expect(ModulePath.checkImportPath("example.com/c++") == nil)
        #expect(ModulePath.checkImportPath("fmt") == nil)
        #expect(ModulePath.checkImportPath("a/b c")?.description == #"malformed import path "a/b c": invalid char ' '"#)
        #expect(ModulePath.checkFilePath("dir/file name (1).go") == nil)
    }

    @Test("directory paths and module-cache escaping")
    func directoriesAndEscaping() {
        for path in [".", "..", "./x", "../x", "/x", #"\x"#, #".\x"#, #"..\x"#, "C:x", "c:/x"] {
            #expect(ModulePath.isDirectoryPath(path), "\(path)")
        }
        for path in ["x", "example.com/x", ".x", "..x", "1:x"] {
            #expect(!ModulePath.isDirectoryPath(path), "\(path)")
        }
        #expect(ModulePath.escape("github.com/Azure/azure-sdk") == "github.com/!azure/azure-sdk")
        #expect(ModulePath.escapeVersion("v1.0.0-RC1") == "v1.0.0-!r!c1")
        #expect(ModulePath.escape("not a path") == nil)
    }
}
