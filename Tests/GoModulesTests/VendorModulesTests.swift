import GoModules
import Testing

@Suite("VendorModules")
struct VendorModulesTests {
    @Test("the listing go mod vendor writes")
    func realListing() throws {
        let vendor = VendorModules.parse(
            Array(
                """
                # example.com/dep v1.1.0
                ## explicit; go 1.21
                example.com/dep
                # example.com/legacy v1.0.0 => example.com/legacy v1.0.0
                ## explicit; go 1.16
                example.com/legacy
                example.com/legacy/sub
                # example.com/other => ../localfork

                """.utf8), fileName: "modules.txt")
        #expect(!vendor.isWorkspace)
        #expect(vendor.problems.isEmpty)
        #expect(vendor.modules.map(\.path) == ["example.com/dep", "example.com/legacy"])
        let dep = vendor.modules[0]
        #expect(
            dep.version == "v1.1.0" && dep.explicit && dep.goVersion == "1.21" && dep.packages == ["example.com/dep"])
        #expect(dep.line == 1 && dep.replacementPath == nil)
        let legacy = vendor.modules[1]
        #expect(legacy.replacementPath == "example.com/legacy" && legacy.replacementVersion == "v1.0.0")
        #expect(legacy.packages == ["example.com/legacy", "example.com/legacy/sub"])
        let wildcard = try #require(vendor.wildcardReplacements.first)
        #expect(wildcard.path == "example.com/other" && wildcard.version == nil)
        #expect(wildcard.replacementPath == "../localfork" && wildcard.replacementVersion == nil && wildcard.line == 8)
    }

    @Test("workspace marker, CRLF, annotation union and reserved annotations")
    func workspaceAndAnnotations() throws {
        let vendor = VendorModules.parse(
            Array(
                "## workspace\r\n# a.com/b v1.0.0\r\n## explicit\r\n## go 1.22; future-thing\r\na.com/b/pkg\r\n".utf8),
            fileName: "modules.txt")
        #expect(vendor.isWorkspace)
        #expect(vendor.problems.isEmpty)
        let module = try #require(vendor.modules.first)
        #expect(module.explicit && module.goVersion == "1.22" && module.otherAnnotations == ["future-thing"])
        #expect(module.packages == ["a.com/b/pkg"])
    }

    @Test("lines the go command ignores are reported")
    func problems() {
        let vendor = VendorModules.parse(
            Array(
                """
                stray/pkg
                # a.com/b
                # a.com/c master
                c.com/ignored
                # a.com/d v1.0.0 => x y z
                ## go one
                bad path/with space
                d.com/bad!
                """.utf8), fileName: "modules.txt")
        #expect(
            vendor.problems.map(\.kind) == [
                .orphanLine, .malformedModuleLine, .malformedModuleLine, .orphanLine, .malformedReplacement,
                .invalidGoVersion, .invalidPackageLine, .invalidPackageLine,
            ])
        #expect(vendor.problems.map(\.line) == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(vendor.modules.map(\.path) == ["a.com/d"])
        #expect(vendor.modules.first?.packages.isEmpty == true)
    }
}
