import Plumbline
import Testing

/// What go.sum must hold for the go command (`gosum.mode`, `needed`, `missing`, `undecided`), read through
/// rules over the facts. `.ci/gosum-oracle.sh` checks the same model against the real go command.
@Suite("go.sum needs")
struct GoSumNeedsTests {
    /// Rules that print the facts: one finding for the module, one per missing and undecided line.
    static let probe = """
    rules:
      - id: TEST-SUM-001
        title: mode
        level: note
        category: hygiene
        scope: module
        message: "mode={gosum.mode} needed={gosum.needed}"
        help: Test.
        examples:
          - { files: { go.mod: "module m\\n" }, expect: 1 }
          - { files: { x: "" }, expect: 0 }
      - id: TEST-SUM-002
        title: missing
        level: note
        category: hygiene
        scope: module
        for_each: gosum.missing
        message: "missing {item.kind} {item.path} {item.version}: {item.reason}; {item.consequence}"
        help: Test.
        examples:
          - { files: { go.mod: "module m\\n\\ngo 1.22\\n\\nrequire a.com/b v1.0.0\\n" }, expect: 1 }
          - { files: { go.mod: "module m\\n" }, expect: 0 }
      - id: TEST-SUM-003
        title: undecided
        level: note
        category: hygiene
        scope: module
        for_each: gosum.undecided
        message: "undecided {item.kind} {item.path} {item.version}: {item.reason}"
        help: Test.
        examples:
          - { files: { go.mod: "module m\\n\\ngo 1.22\\n\\nrequire a.com/b v1.0.0\\n" }, expect: 1 }
          - { files: { go.mod: "module m\\n" }, expect: 0 }
    """

    struct Facts {
        let modes: [String]
        let missing: [String]
        let undecided: [String]
    }

    static func facts(_ files: [String: String]) -> Facts {
        guard case .success(let rules) = Support.loadRules(probe) else {
            Issue.record("probe rules did not load")
            return Facts(modes: [], missing: [], undecided: [])
        }
        var configuration = Configuration()
        configuration.enabledRules = ["TEST-SUM-001", "TEST-SUM-002", "TEST-SUM-003"]
        let findings = Support.scan(bytes: files.mapValues { Array($0.utf8) }, rules: rules, configuration: configuration).findings
        func messages(_ id: String) -> [String] { findings.filter { $0.ruleID == id }.map(\.message).sorted() }
        return Facts(modes: messages("TEST-SUM-001"), missing: messages("TEST-SUM-002"), undecided: messages("TEST-SUM-003"))
    }

    static func gomod(_ go: String?, _ requires: [String], extra: String = "") -> String {
        "module example.com/m\n\n" + (go.map { "go \($0)\n\n" } ?? "") + requires.map { "require \($0)\n" }.joined() + extra
    }

    static let importsText = "package main\n\nimport _ \"golang.org/x/text/language\"\n"

    @Test func requirementWithoutImportNeedsOnlyItsGoModHash() {
        let facts = Self.facts(["go.mod": Self.gomod("1.22", ["golang.org/x/text v0.14.0"]), "go.sum": "", "main.go": "package main\n"])
        #expect(facts.modes == ["mode=module needed=1"])
        #expect(facts.missing.count == 1)
        #expect(facts.missing.first?.hasPrefix("missing go.mod golang.org/x/text v0.14.0: go.mod requires it") == true)
        #expect(facts.missing.first?.contains("go list -m all") == true)
        #expect(facts.undecided.count == 1)
        #expect(facts.undecided.first?.hasPrefix("undecided zip golang.org/x/text v0.14.0: no file of the module imports") == true)
    }

    @Test func importedModuleNeedsBothHashesWhateverItsIndirectMark() {
        for mark in ["", " // indirect"] {
            let facts = Self.facts(["go.mod": Self.gomod("1.22", ["golang.org/x/text v0.14.0" + mark]), "go.sum": "", "main.go": Self.importsText])
            #expect(facts.modes == ["mode=module needed=2"])
            #expect(facts.missing == [
                "missing go.mod golang.org/x/text v0.14.0: main.go:3 imports golang.org/x/text/language; go build stops with missing go.sum entry",
                "missing zip golang.org/x/text v0.14.0: main.go:3 imports golang.org/x/text/language; go build stops with missing go.sum entry",
            ])
            #expect(facts.undecided.isEmpty)
        }
    }

    @Test func testOnlyImportStopsGoTest() {
        let facts = Self.facts([
            "go.mod": Self.gomod("1.22", ["golang.org/x/text v0.14.0"]), "go.sum": "",
            "m.go": "package m\n", "m_test.go": Self.importsText.replacingOccurrences(of: "package main", with: "package m"),
        ])
        #expect(facts.missing.count == 2)
        #expect(facts.missing.allSatisfy { $0.hasSuffix("go test stops with missing go.sum entry") })
    }

    @Test func aNonTestImportWinsOverATestOne() {
        let facts = Self.facts([
            "go.mod": Self.gomod("1.22", ["golang.org/x/text v0.14.0"]), "go.sum": "",
            "a_test.go": Self.importsText, "b.go": Self.importsText,
        ])
        #expect(facts.missing.allSatisfy { $0.contains("b.go:3 imports") && $0.hasSuffix("go build stops with missing go.sum entry") })
    }

    @Test func everyBuildTagButIgnoreCounts() {
        let counted = ["//go:build windows\n\n", "//go:build linux && !linux\n\n", "//go:build !ignore\n\n", "//go:build ignore || linux\n\n", "// +build darwin\n\n"]
        for header in counted {
            let facts = Self.facts(["go.mod": Self.gomod("1.22", ["golang.org/x/text v0.14.0"]), "go.sum": "", "x.go": header + Self.importsText])
            #expect(facts.missing.count == 2, "\(header)")
        }
        let ignored = ["//go:build ignore\n\n", "//go:build ignore && linux\n\n", "// +build ignore\n\n"]
        for header in ignored {
            let facts = Self.facts(["go.mod": Self.gomod("1.22", ["golang.org/x/text v0.14.0"]), "go.sum": "", "x.go": header + Self.importsText])
            #expect(facts.missing.count == 1, "\(header)")
        }
    }

    @Test func filesOutsideTheModulesPackagesDoNotCount() {
        let facts = Self.facts([
            "go.mod": Self.gomod("1.25", ["golang.org/x/text v0.14.0"], extra: "\nignore ./generated\nignore assets\n"),
            "go.sum": "",
            "_tools/x.go": Self.importsText, ".hidden/x.go": Self.importsText, "_x.go": Self.importsText,
            "generated/x.go": Self.importsText, "web/assets/x.go": Self.importsText,
            "nested/go.mod": "module example.com/m/nested\n\ngo 1.22\n", "nested/x.go": Self.importsText,
        ])
        #expect(facts.missing.map { $0.prefix(15) } == ["missing go.mod "], "\(facts.missing)")
        // The ignore directives are relative (`./generated`) or match at any depth (`assets`).
        let kept = Self.facts([
            "go.mod": Self.gomod("1.25", ["golang.org/x/text v0.14.0"], extra: "\nignore ./generated\n"),
            "go.sum": "", "sub/generated/x.go": Self.importsText,
        ])
        #expect(kept.missing.count == 2)
    }

    @Test func requiredModulesAtShorterPrefixesNeedTheirContentHash() {
        let files = [
            "go.mod": Self.gomod("1.22", ["example.com/p v1.0.0", "example.com/p/sub v1.0.0"]),
            "go.sum": "", "main.go": "package main\n\nimport _ \"example.com/p/sub/x\"\n",
        ]
        let facts = Self.facts(files)
        #expect(facts.missing.count == 4)
        #expect(facts.missing.contains { $0.hasPrefix("missing zip example.com/p v1.0.0:") && $0.contains("checks that no other required module provides it") })
        // The shorter prefix's go.mod is read only to load the module graph.
        #expect(facts.missing.contains { $0.hasPrefix("missing go.mod example.com/p v1.0.0: go.mod requires it") })
        // Below go 1.17 the go command checks it at the version the whole graph selects.
        var old = files
        old["go.mod"] = Self.gomod("1.16", ["example.com/p v1.0.0", "example.com/p/sub v1.0.0"])
        let legacy = Self.facts(old)
        #expect(legacy.missing.count == 3)
        #expect(legacy.undecided.count == 1)
        #expect(legacy.undecided.first?.contains("below go 1.17") == true)
    }

    @Test func theMainModuleStillChecksRequiredModulesAtShorterPrefixes() {
        let facts = Self.facts([
            "go.mod": "module example.com/nest/sub\n\ngo 1.22\n\nrequire example.com/nest v1.0.0\n", "go.sum": "",
            "sub.go": "package sub\n\nimport _ \"example.com/nest/sub/internal/y\"\n", "internal/y/y.go": "package y\n",
        ])
        #expect(facts.missing.contains { $0.hasPrefix("missing zip example.com/nest v1.0.0: sub.go:3 imports example.com/nest/sub/internal/y") })
        #expect(facts.missing.contains { $0.hasPrefix("missing go.mod example.com/nest v1.0.0: go.mod requires it") })
    }

    @Test func standardLibraryAndOwnPackagesNeedNothing() {
        let facts = Self.facts([
            "go.mod": Self.gomod("1.22", []), "main.go": "package main\n\nimport (\n\t\"fmt\"\n\t\"C\"\n\t\"example.com/m/internal/x\"\n)\n",
        ])
        #expect(facts.modes == ["mode=module needed=0"])
        #expect(facts.missing.isEmpty)
    }

    @Test func toolDirectivesStopGoTool() {
        let facts = Self.facts(["go.mod": Self.gomod("1.24", ["example.com/tool v1.0.0"], extra: "\ntool example.com/tool/cmd/t\n"), "go.sum": ""])
        #expect(facts.missing.count == 2)
        #expect(facts.missing.allSatisfy { $0.contains("go.mod's tool directive names example.com/tool/cmd/t; go tool stops") })
    }

    @Test func belowGo117EveryBuildReadsTheRequirementsGoMod() {
        for go in [Optional("1.16"), nil] {
            let facts = Self.facts(["go.mod": Self.gomod(go, ["golang.org/x/text v0.14.0"]), "go.sum": ""])
            #expect(facts.missing == ["missing go.mod golang.org/x/text v0.14.0: go.mod requires it, and below go 1.17 every build loads the whole module graph; go build stops with missing go.sum entry"])
        }
    }

    @Test func replacementsDecideWhereLinesAreKeyed() {
        let facts = Self.facts([
            "go.mod": Self.gomod("1.22", ["golang.org/x/text v0.14.0", "example.com/local v0.0.0", "example.com/gone v1.0.0"],
                                 extra: "\nreplace golang.org/x/text => example.com/fork v0.14.1\n\nreplace example.com/local => ./local\n\nexclude example.com/gone v1.0.0\n"),
            "go.sum": "", "main.go": "package main\n\nimport (\n\t_ \"golang.org/x/text/language\"\n\t_ \"example.com/local\"\n\t_ \"example.com/gone\"\n)\n",
            "local/go.mod": "module example.com/local\n\ngo 1.22\n",
        ])
        #expect(facts.missing.map { String($0.prefix(while: { $0 != ":" })) } == ["missing go.mod example.com/fork v0.14.1", "missing zip example.com/fork v0.14.1"])
        #expect(facts.undecided.isEmpty)
    }

    @Test func presentLinesAreNotMissing() {
        let facts = Self.facts([
            "go.mod": Self.gomod("1.22", ["golang.org/x/text v0.14.0"]), "main.go": Self.importsText,
            "go.sum": "golang.org/x/text v0.14.0 h1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=\ngolang.org/x/text v0.14.0/go.mod h1:18ZOQIKpY8NJVqYksKHtTdi31H5itFRjB5/qKTNYzSU=\n",
        ])
        #expect(facts.modes == ["mode=module needed=2"])
        #expect(facts.missing.isEmpty)
    }

    @Test func vendoredBuildsReadNoGoSumWhenTheGoLineAllowsIt() {
        let vendor = "# golang.org/x/text v0.14.0\n## explicit\ngolang.org/x/text/language\n"
        let vendored = Self.facts(["go.mod": Self.gomod("1.14", ["golang.org/x/text v0.14.0"]), "vendor/modules.txt": vendor, "main.go": Self.importsText])
        #expect(vendored.modes == ["mode=vendor needed=0"])
        #expect(vendored.missing.isEmpty && vendored.undecided.isEmpty)
        // Below go 1.14, or with no go line at all, the go command does not build from vendor/ by default.
        for go in [Optional("1.13"), nil] {
            let facts = Self.facts(["go.mod": Self.gomod(go, ["golang.org/x/text v0.14.0"]), "vendor/modules.txt": vendor, "main.go": Self.importsText])
            #expect(facts.modes == ["mode=module needed=2"], "\(String(describing: go))")
        }
    }

    @Test func workspaceBuildsRecordMissingLinesThemselves() {
        let facts = Self.facts([
            "go.work": "go 1.22\n\nuse ./app\n",
            "app/go.mod": Self.gomod("1.22", ["golang.org/x/text v0.14.0"]), "app/main.go": Self.importsText,
        ])
        #expect(facts.modes == ["mode=workspace needed=0"])
        #expect(facts.missing.isEmpty && facts.undecided.isEmpty)
        #expect(Support.scan(["go.work": "go 1.22\n\nuse ./app\n", "app/go.mod": Self.gomod("1.22", ["golang.org/x/text v0.14.0"])])
            .findings.filter { $0.ruleID == "PLB-SC-001" }.isEmpty)
    }

    @Test func sc001FiresOnlyWhenTheGoCommandNeedsALine() {
        func sc001(_ files: [String: String]) -> Int { Support.scan(files).findings.filter { $0.ruleID == "PLB-SC-001" }.count }
        #expect(sc001(["go.mod": Self.gomod("1.22", ["golang.org/x/text v0.14.0"])]) == 1)
        #expect(sc001(["go.mod": Self.gomod("1.22", ["example.com/lib v0.0.0"], extra: "\nreplace example.com/lib => ./lib\n"), "lib/go.mod": "module example.com/lib\n"]) == 0)
        #expect(sc001(["go.mod": Self.gomod("1.22", [])]) == 0)
        // An empty go.sum is a go.sum: its absent lines are PLB-SC-002's.
        #expect(sc001(["go.mod": Self.gomod("1.22", ["golang.org/x/text v0.14.0"]), "go.sum": ""]) == 0)
    }

    @Test func highestListedVersionIsTheOneLoaded() {
        let facts = Self.facts([
            "go.mod": Self.gomod("1.22", ["golang.org/x/text v0.13.0", "golang.org/x/text v0.14.0"]), "main.go": Self.importsText,
            "go.sum": "golang.org/x/text v0.14.0 h1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=\ngolang.org/x/text v0.14.0/go.mod h1:18ZOQIKpY8NJVqYksKHtTdi31H5itFRjB5/qKTNYzSU=\n",
        ])
        #expect(facts.missing.map { String($0.prefix(while: { $0 != ":" })) } == ["missing go.mod golang.org/x/text v0.13.0"])
        #expect(facts.undecided.isEmpty)
    }
}
