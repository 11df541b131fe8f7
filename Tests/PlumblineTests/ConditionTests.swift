import Plumbline
import Testing

/// The condition language, through rules over small go.mod files.
@Suite("Conditions")
struct ConditionTests {
    /// One rule of `scope` with the given `when`, as YAML.
    static func ruleYAML(scope: String = "requirement", _ when: String) -> String {
        """
        rules:
          - id: TEST-GO-001
            title: Test
            level: warning
            category: hygiene
            scope: \(scope)
            when: \(when)
            message: "{file}"
            help: Test.
            examples:
              - { files: { x: "" }, expect: 1 }
              - { files: { x: "" }, expect: 0 }
        """.replacingOccurrences(of: "message: \"{file}\"", with: scope == "requirement" ? "message: \"{path}\"" : "message: \"{file}\"")
    }

    /// Loads that rule and counts its findings on a go.mod.
    static func count(scope: String = "requirement", _ when: String, _ gomod: String, extraFiles: [String: String] = [:]) -> Int {
        let yaml = ruleYAML(scope: scope, when)
        guard case .success(let rules) = Support.loadRules(yaml) else {
            Issue.record("rule did not load: \(Support.loadRules(yaml))")
            return -1
        }
        var configuration = Configuration()
        configuration.enabledRules = ["TEST-GO-001"]
        return Support.scan(bytes: ["go.mod": Array(gomod.utf8)].merging(extraFiles.mapValues { Array($0.utf8) }) { a, _ in a }, rules: rules, configuration: configuration).findings.count
    }

    static let gomod = """
    module example.com/m

    go 1.21.3

    require (
    \tgithub.com/a/b v1.2.3
    \tgithub.com/c/d v0.0.0-20240101000000-abcdef123456 // indirect
    \tgithub.com/e/f v2.0.1+incompatible
    \tgithub.com/g/h v1.10.0-rc.1
    )
    """

    @Test func equalsAndNotEquals() {
        #expect(Self.count("{ field: indirect, equals: true }", Self.gomod) == 1)
        #expect(Self.count("{ field: indirect, not_equals: true }", Self.gomod) == 3)
    }

    @Test func inAndMatches() {
        #expect(Self.count("{ field: path, in: [github.com/a/b, github.com/e/f, x] }", Self.gomod) == 2)
        #expect(Self.count("{ field: path, not_in: [github.com/a/b] }", Self.gomod) == 3)
        #expect(Self.count("{ field: path, matches: \"^github\\\\.com/[ag]/\" }", Self.gomod) == 2)
    }

    @Test func underMatchesThePathAndWhatLiesBelowIt() {
        #expect(Self.count("{ field: path, under: [github.com/a, github.com/g/h/] }", Self.gomod) == 2)
        // Shared text is not enough: github.com/e/f is not under github.com/e/ff, nor github.com/c/d under github.com/c/d/x.
        #expect(Self.count("{ field: path, under: [github.com/e/ff, github.com/c/d/x, \"\"] }", Self.gomod) == 0)
        #expect(Self.count("{ not: { field: path, under: [github.com] } }", Self.gomod) == 0)
    }

    @Test func underNeedsAStringField() {
        let yaml = Self.ruleYAML("{ field: indirect, under: [a] }")
        guard case .failure(let errors) = Support.loadRules(yaml) else {
            Issue.record("a bool field took 'under'")
            return
        }
        #expect(errors.description.contains("'under' needs a string field (a module or file path), but 'indirect' is bool"))
    }

    @Test func moduleVersionOrderIsSemver() {
        // v1.10.0-rc.1 > v1.2.3 numerically, though "1.1" < "1.2" as text; a prerelease sorts before its release.
        #expect(Self.count("{ field: version, version_gt: v1.2.3 }", Self.gomod) == 2)
        #expect(Self.count("{ field: version, version_lt: v1.10.0 }", Self.gomod) == 3)
        #expect(Self.count("{ field: version, version_eq: v1.2.3 }", Self.gomod) == 1)
    }

    @Test func goVersionOrderIsGos() {
        // 1.21 < 1.21rc1 < 1.21.0 < 1.21.3 in Go's order.
        #expect(Self.count(scope: "module", "{ field: go, version_gt: \"1.21rc1\" }", Self.gomod) == 1)
        #expect(Self.count(scope: "module", "{ field: go, version_gt: \"1.21.3\" }", Self.gomod) == 0)
        #expect(Self.count(scope: "module", "{ field: go, version_ge: \"1.21.3\" }", Self.gomod) == 1)
        #expect(Self.count(scope: "module", "{ field: go, version_lt: \"1.9\" }", Self.gomod) == 0)
    }

    @Test func versionClasses() {
        #expect(Self.count("{ field: version, is: pseudo }", Self.gomod) == 1)
        #expect(Self.count("{ field: version, is: incompatible }", Self.gomod) == 1)
        #expect(Self.count("{ field: version, is: prerelease }", Self.gomod) == 1)
        #expect(Self.count("{ field: version, is: release }", Self.gomod) == 2)
    }

    @Test func combinators() {
        #expect(Self.count("{ all: [ { field: indirect, equals: false }, { field: version, is: release } ] }", Self.gomod) == 2)
        #expect(Self.count("{ any: [ { field: indirect, equals: true }, { field: incompatible, equals: true } ] }", Self.gomod) == 2)
        #expect(Self.count("{ not: { field: indirect, equals: false } }", Self.gomod) == 1)
    }

    @Test func countOverAList() {
        #expect(Self.count(scope: "module", "{ field: requires, count: { where: { field: indirect, equals: false }, ge: 3 } }", Self.gomod) == 1)
        #expect(Self.count(scope: "module", "{ field: requires, count: { where: { field: indirect, equals: false }, gt: 3 } }", Self.gomod) == 0)
        #expect(Self.count(scope: "module", "{ field: requires, count: { equals: 4 } }", Self.gomod) == 1)
    }

    @Test func comparingTwoFields() {
        #expect(Self.count(scope: "module", "{ field: go_effective, version_lt: { field: oldest_supported_go } }", Self.gomod) == 1)
    }

    @Test func nullFieldsFailEveryTestButExistsAndNegations() {
        let bare = "module example.com/m\n"
        #expect(Self.count(scope: "module", "{ field: toolchain, equals: default }", bare) == 0)
        #expect(Self.count(scope: "module", "{ field: toolchain, matches: \".*\" }", bare) == 0)
        #expect(Self.count(scope: "module", "{ field: toolchain, exists: false }", bare) == 1)
        #expect(Self.count(scope: "module", "{ field: toolchain, not_equals: default }", bare) == 1)
        #expect(Self.count(scope: "module", "{ field: go, version_lt: \"1.30\" }", bare) == 0)
    }

    @Test func containsOnListsAndStrings() {
        let gomod = "module example.com/m\n\ngo 1.22\n\ngodebug (\n\tpanicnil=1\n)\n"
        #expect(Self.count(scope: "module", "{ field: godebug, contains: panicnil=1 }", gomod) == 1)
        #expect(Self.count(scope: "module", "{ field: path, contains: example }", gomod) == 1)
        #expect(Self.count(scope: "module", "{ field: godebug, contains: x=1 }", gomod) == 0)
    }
}
