import GoModules
import Testing

@Suite("GoVersion: go/version semantics")
struct GoVersionTests {
    @Test("Go's version order")
    func order() throws {
        let ordered = [
            "1", "1.9", "1.10", "1.20", "1.21", "1.21rc1", "1.21rc2", "1.21.0", "1.21.1", "1.21.10", "1.22beta1", "2",
        ]
        for (index, lower) in ordered.enumerated() {
            for higher in ordered[(index + 1)...] {
                #expect(GoVersion.compare(lower, higher) == -1, "\(lower) < \(higher)")
                #expect(GoVersion.compare(higher, lower) == 1, "\(higher) > \(lower)")
            }
        }
        #expect(GoVersion("1.20") == GoVersion("1.20.0"), "before 1.21, 1.N is 1.N.0")
        #expect(GoVersion("1.21") != GoVersion("1.21.0"))
        #expect(GoVersion.compare("junk", "1.0") == -1)
        let release = try #require(GoVersion("1.21.3"))
        let candidate = try #require(GoVersion("1.21rc1"))
        #expect(release > candidate)
    }

    @Test(
        "parsing",
        arguments: [
            ("1.21", true), ("1.21.0", true), ("1.21rc1", true), ("1.21beta", true), ("1", true), ("1.021", false),
            ("1.21.0rc1", false), ("v1.21", false), ("go1.21", false), ("1.2.3.4", false), ("", false), ("1.", false),
        ])
    func parsing(_ text: String, _ valid: Bool) {
        #expect(GoVersion.isValid(text) == valid)
    }

    @Test(
        "go line format (modfile.GoVersionRE)",
        arguments: [
            ("1.21", true), ("1.21.0", true), ("1.21rc1", true), ("1.21.0rc1", true), ("1.2.3", true),
            ("1", false), ("v1.21", false), ("1.021", false), ("1.2.3.4", false), ("0.1", false), ("1.21rc", false),
            ("1.21-foo", false), ("one", false),
        ])
    func goLine(_ text: String, _ valid: Bool) {
        #expect(GoVersion.isValidGoLine(text) == valid)
    }

    @Test("language versions and toolchain names")
    func languages() throws {
        #expect(GoVersion("1.21.3")?.language == "1.21")
        #expect(GoVersion("1.21rc1")?.language == "1.21")
        #expect(GoVersion("1.0")?.language == "1")
        #expect(GoVersion("1.21")?.isLanguageVersion == true)
        #expect(GoVersion("1.21.0")?.isLanguageVersion == false)
        #expect(GoVersion.lang(of: "go1.21.0-custom") == "1.21")
        #expect(GoVersion.lang(of: "go1.22.3") == "1.22")
        #expect(GoVersion.lang(of: "1.23.1") == "1.23")
        #expect(GoVersion.lang(of: "gccgo") == nil)
        #expect(GoVersion(toolchain: "go1.21rc2 extra")?.string == "1.21rc2")
        #expect(GoVersion(toolchain: "go/1.21") == nil)
        #expect(GoVersion.isValidToolchainLine("default"))
        #expect(GoVersion.isValidToolchainLine("go1.21.0-custom"))
        #expect(!GoVersion.isValidToolchainLine("go2.0"))
        #expect(!GoVersion.isValidToolchainLine("go1x"))
    }
}
