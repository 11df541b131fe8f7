import GoModules
import Testing

@Suite("ModuleVersion: x/mod semver semantics")
struct ModuleVersionTests {
    @Test(
        "valid and invalid semantic versions",
        arguments: [
            ("v1", true), ("v1.2", true), ("v1.2.3", true), ("v1.2.3-pre", true), ("v1.2.3-pre.1+meta", true),
            ("v1.2.3+incompatible", true), ("v0.0.0-20191109021931-daa7c04131f5", true),
            ("1.2.3", false), ("v1.2.3.4", false), ("v01.2.3", false), ("v1.02.3", false), ("v1.2-pre", false),
            ("v1+meta", false), ("v1.2.3-01", false), ("v1.2.3-", false), ("v1.2.3+", false), ("v1.2.3-a..b", false),
            ("", false), ("v", false), ("latest", false), ("v1.2.3-ü", false),
        ])
    func validity(_ text: String, _ valid: Bool) {
        #expect(ModuleVersion.isValid(text) == valid)
    }

    @Test(
        "canonical form fills shorthands and drops build metadata but keeps +incompatible",
        arguments: [
            ("v1", "v1.0.0"), ("v1.2", "v1.2.0"), ("v1.2.3+meta", "v1.2.3"),
            ("v2.0.0+incompatible", "v2.0.0+incompatible"),
            ("v1.2.3-rc.1+build.5", "v1.2.3-rc.1"), ("v1.2.3", "v1.2.3"),
        ])
    func canonicalForm(_ text: String, _ canonical: String) {
        #expect(ModuleVersion.canonical(text) == canonical)
        #expect(ModuleVersion.isCanonical(text) == (text == canonical))
    }

    @Test("precedence follows SemVer 2.0.0")
    func precedence() {
        let ordered = [
            "v0.0.0-20191109021931-daa7c04131f5", "v0.9.0", "v1.0.0-alpha", "v1.0.0-alpha.1", "v1.0.0-alpha.beta",
            "v1.0.0-beta", "v1.0.0-beta.2", "v1.0.0-beta.11", "v1.0.0-rc.1", "v1.0.0", "v1.2.0", "v1.10.0",
            "v2.0.0+incompatible", "v10.0.0",
        ]
        for (index, lower) in ordered.enumerated() {
            for higher in ordered[(index + 1)...] {
                #expect(ModuleVersion.compare(lower, higher) == -1, "\(lower) < \(higher)")
                #expect(ModuleVersion.compare(higher, lower) == 1, "\(higher) > \(lower)")
            }
        }
    }

    @Test("build metadata, +incompatible and shorthands do not affect ordering; invalid sorts first")
    func equalities() {
        #expect(ModuleVersion.compare("v2.0.0+incompatible", "v2.0.0") == 0)
        #expect(ModuleVersion.compare("v1.2.3+a", "v1.2.3+b") == 0)
        #expect(ModuleVersion.compare("v1.2", "v1.2.0") == 0)
        #expect(ModuleVersion.compare("junk", "v0.0.1") == -1)
        #expect(ModuleVersion.compare("junk", "other") == 0)
    }

    @Test("components, major and incompatible")
    func components() throws {
        let version = try #require(ModuleVersion("v2.3.4-rc.1+incompatible"))
        #expect(version.major == "v2")
        #expect(version.majorMinor == "v2.3")
        #expect(version.patchNumber == "4")
        #expect(version.prerelease == "-rc.1")
        #expect(version.build == "+incompatible")
        #expect(version.isIncompatible)
        #expect(!version.isPseudo)
        #expect(try #require(ModuleVersion("v1.0.0+incompatible.x")).isIncompatible == false)
        #expect(try #require(ModuleVersion("v3")).isShorthand)
    }
}

@Suite("PseudoVersion: the three pseudo-version forms")
struct PseudoVersionTests {
    @Test("form 1: vX.0.0-timestamp-revision has no base")
    func noBase() throws {
        let pseudo = try #require(PseudoVersion("v0.0.0-20191109021931-daa7c04131f5"))
        #expect(pseudo.base == nil)
        #expect(pseudo.timestamp == "20191109021931")
        #expect(pseudo.revision == "daa7c04131f5")
        #expect(pseudo.time == PseudoVersionTime(timestamp: "20191109021931"))
        #expect(pseudo.time?.year == 2019 && pseudo.time?.month == 11 && pseudo.time?.second == 31)
    }

    @Test("form 2: vX.Y.(Z+1)-0.timestamp-revision is based on vX.Y.Z")
    func releaseBase() throws {
        #expect(PseudoVersion("v1.2.4-0.20191109021931-daa7c04131f5")?.base == "v1.2.3")
        #expect(PseudoVersion("v1.2.10-0.20191109021931-daa7c04131f5")?.base == "v1.2.9")
        #expect(PseudoVersion("v2.0.1-0.20191109021931-daa7c04131f5+incompatible")?.base == "v2.0.0+incompatible")
        let negative = try #require(PseudoVersion("v1.2.0-0.20191109021931-daa7c04131f5"))
        #expect(negative.base == nil, "a patch of -1 is rejected by module.PseudoVersionBase")
    }

    @Test("form 3: vX.Y.Z-pre.0.timestamp-revision is based on vX.Y.Z-pre")
    func prereleaseBase() {
        let pseudo = PseudoVersion("v1.2.3-pre.0.20191109021931-daa7c04131f5")
        #expect(pseudo?.base == "v1.2.3-pre")
        #expect(pseudo?.revision == "daa7c04131f5")
        #expect(ModuleVersion("v1.2.3-pre.0.20191109021931-daa7c04131f5")?.isPseudo == true)
    }

    @Test(
        "not pseudo-versions",
        arguments: [
            "v1.2.3", "v1.2.3-pre", "v1.2.4-0.2019110902193-daa7c04131f5", "v1.2.4-1.20191109021931-daa7c04131f5",
            "v1.2.4-0.20191109021931-daa7c0413!f5", "v1.2.4-0.20191109021931", "v1.1.0-20191109021931-abc",
            "1.2.4-0.20191109021931-daa7c04131f5",
        ])
    func notPseudo(_ text: String) {
        #expect(PseudoVersion(text) == nil)
        #expect(ModuleVersion(text)?.isPseudo != true)
    }

    @Test("timestamps outside the calendar are rejected")
    func timestamps() {
        #expect(PseudoVersionTime(timestamp: "20240229120000") != nil)
        #expect(PseudoVersionTime(timestamp: "20230229120000") == nil)
        #expect(PseudoVersionTime(timestamp: "20231301000000") == nil)
        #expect(PseudoVersionTime(timestamp: "20231231240000") == nil)
        #expect(PseudoVersion("v0.0.0-00010101000000-000000000000")?.isZero == true)
    }
}
