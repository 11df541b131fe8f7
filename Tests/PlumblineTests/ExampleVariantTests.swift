import Testing
@testable import Plumbline

/// `at: path:LINE:COLUMN` in rule examples, and the variants every example is rerun with.
@Suite struct ExampleVariantTests {
    static func rule(at: String = "", goMod: String = #"module m\n\ngo 1.21\n"#) -> String {
        """
        rules:
          - id: TEST-GO-001
            title: Old go line
            level: warning
            category: hygiene
            scope: module
            anchor: go
            when: { field: go, version_lt: "1.22" }
            message: "{file} declares go {go}"
            help: test
            examples:
              - files: { go.mod: "\(goMod)" }
                expect: 1\(at.isEmpty ? "" : "\n        at: \(at)")
              - files: { go.mod: "module m\\n\\ngo 1.22\\n" }
                expect: 0
        """
    }

    static func outcomes(_ yaml: String) throws -> [ExampleRunner.Outcome] {
        let rules = try Support.loadRules(yaml).get()
        return ExampleRunner.run(try #require(rules.rule("TEST-GO-001")), in: rules, tables: Support.shipped.tables)
    }

    @Test func placesReadFromTheRight() {
        #expect(ExamplePlace("go.mod:3") == ExamplePlace(path: "go.mod", line: 3))
        #expect(ExamplePlace("go.mod:3:4") == ExamplePlace(path: "go.mod", line: 3, column: 4))
        #expect(ExamplePlace("a:b/go.mod:3:4") == ExamplePlace(path: "a:b/go.mod", line: 3, column: 4))
        #expect(ExamplePlace("12:3") == ExamplePlace(path: "12", line: 3))
        #expect(ExamplePlace("go.mod:x:3") == ExamplePlace(path: "go.mod:x", line: 3))
        for bad in ["go.mod", "go.mod:", "go.mod:0", "go.mod:3:0", "go.mod:3:", "go.mod:-3", "go.mod:+3", ":3", "go.mod:3:x"] {
            #expect(ExamplePlace(bad) == nil, "\(bad)")
        }
        #expect(ExamplePlace("go.mod:3:4")?.description == "go.mod:3:4")
        #expect(ExamplePlace("go.mod:3")?.description == "go.mod:3")
    }

    @Test func aColumnMustMatchExactly() throws {
        #expect(try Self.outcomes(Self.rule(at: #"["go.mod:3:1"]"#)).map(\.passed) == [true, true])
        #expect(try Self.outcomes(Self.rule(at: #"["go.mod:3"]"#)).map(\.passed) == [true, true])
        let wrong = try Self.outcomes(Self.rule(at: #"["go.mod:3:4"]"#))
        #expect(wrong.map(\.passed) == [false, true])
        #expect(wrong[0].failure == "expected findings at go.mod:3:4, got go.mod:3:1")
    }

    @Test func badEntriesAreDefinitionErrorsWhereTheyStand() {
        #expect(RuleLoaderTests.firstError(Self.rule(at: #"["go.mod:3:x"]"#))
            == "test.yaml:14:14: error: each entry of at must be PATH:LINE or PATH:LINE:COLUMN (1-based numbers), found 'go.mod:3:x'")
        #expect(RuleLoaderTests.firstError(Self.rule(at: #"["go.sum:1:1"]"#)) == "test.yaml:14:14: error: at names 'go.sum', which is not one of this example's files")
    }

    /// The shipped examples exercise every variant, so none can be skipped everywhere without notice.
    @Test func everyVariantRunsOnShippedExamples() {
        var skips: [String: Int] = [:]
        var runs = 0, examples = 0
        for rule in Support.shipped.rules.rules {
            for outcome in ExampleRunner.run(rule, in: Support.shipped.rules, tables: Support.shipped.tables) {
                examples += 1
                runs += outcome.variantRuns
                for skip in outcome.skippedVariants { skips[String(skip.prefix { $0 != ":" }), default: 0] += 1 }
            }
        }
        for variant in ExampleVariant.all {
            #expect(skips[variant.name, default: 0] < examples, "\(variant.name) never runs")
        }
        #expect(runs > examples)
    }

    @Test func crlfKeepsExistingLineEnds() {
        #expect(ExampleVariant.crlfLines(Array("a\nb\r\nc\n\n".utf8)) == Array("a\r\nb\r\nc\r\n\r\n".utf8))
    }

    @Test func textFilesOnly() {
        #expect(ExampleVariant.isText("go.mod", Array("module m\n".utf8)))
        #expect(!ExampleVariant.isText("probe.o", Array("module m\n".utf8)))
        #expect(!ExampleVariant.isText("blob", [0x7F, 0x45, 0x4C, 0x46, 0x00]))
        #expect(!ExampleVariant.isText("latin1.txt", [0x63, 0x61, 0x66, 0xE9]))
    }

    @Test func offsetsCountScalarsAndSkipALeadingMark() {
        let text = Array("\u{FEFF}é=1\n\tx😀y\n".utf8)
        #expect(ExampleVariant.byteOffset(in: text, line: 1, column: 1) == 3)
        #expect(ExampleVariant.byteOffset(in: text, line: 1, column: 2) == 5)
        #expect(ExampleVariant.byteOffset(in: text, line: 2, column: 4) == 14)
        #expect(ExampleVariant.byteOffset(in: text, line: 2, column: 6) == nil)
        #expect(ExampleVariant.byteOffset(in: text, line: 3, column: 2) == nil)
    }

    /// The non-ASCII comment moves a finding by scalars, so a column counted in bytes or UTF-16 units fails.
    @Test func nonASCIICommentSeparatesTheUnits() {
        let comment = ExampleVariant.nonASCIIComment
        #expect(Set([comment.unicodeScalars.count, comment.utf8.count, comment.utf16.count]).count == 3)
    }

    /// Go counts a leading byte order mark as three bytes of line 1; the reported column does not count it.
    @Test func goColumnsAfterAByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("//go:debug x=1\npackage é; var a\n".utf8)
        #expect(SourceLocation.scalarColumn(bytes, offset: 3, byteColumn: 4) == 1)
        #expect(SourceLocation.scalarColumn(bytes, offset: 5, byteColumn: 6) == 3)
        // Line 2 starts at offset 18; `var` comes after `package é; ` (12 scalars, 13 bytes).
        #expect(SourceLocation.scalarColumn(bytes, offset: 31, byteColumn: 14) == 13)
    }

    /// A variant compares every field of every finding with the plain run's, moved where the rewrite moved it.
    @Test func aVariantFailsWhenFindingsDiffer() throws {
        let rules = try Support.loadRules(Self.rule()).get()
        let rule = try #require(rules.rule("TEST-GO-001"))
        let example = rule.examples[0]
        let plain = try ExampleRunner.scan(example, files: example.files, of: rule, in: rules, tables: Support.shipped.tables).findings
        #expect(plain.map(\.location.description) == ["go.mod:3:1"])
        let fixed = try ExampleRunner.scan(example, files: ["go.mod": Array("module m\n\ngo 1.22\n".utf8)], of: rule, in: rules, tables: Support.shipped.tables)
        #expect(ExampleVariant.Expectation.findings(plain).failure(in: fixed, ruleID: rule.id) == "expected 1 finding(s) (go.mod:3:1), got 0 (none)")
        var moved = plain
        moved[0].location.column = 4
        let same = try ExampleRunner.scan(example, files: example.files, of: rule, in: rules, tables: Support.shipped.tables)
        #expect(ExampleVariant.Expectation.findings(moved).failure(in: same, ruleID: rule.id)
            == "expected go.mod:3:4: go.mod declares go 1.21, got go.mod:3:1: go.mod declares go 1.21")
        #expect(ExampleVariant.Expectation.parseErrors(paths: ["go.mod"], message: "unexpected input character '\\ufeff'").failure(in: same, ruleID: rule.id)
            == "expected go.mod:1:1 to be reported as not parsed (unexpected input character '\\ufeff'), got: no notes")
    }

    /// A go.mod-only example gets CRLF line ends, and a byte order mark that the scan must report as the go
    /// command does; nothing else applies.
    @Test func byteOrderMarkInGoModIsAParseError() throws {
        let outcomes = try Self.outcomes(Self.rule(at: #"["go.mod:3:1"]"#))
        #expect(outcomes.allSatisfy { $0.passed }, "\(outcomes.compactMap(\.failure))")
        #expect(outcomes.allSatisfy { $0.variantRuns == 2 }, "\(outcomes.map(\.skippedVariants))")
        #expect(outcomes[0].skippedVariants.contains { $0.contains("go.mod and go.work hold non-ASCII text only") })
    }
}
