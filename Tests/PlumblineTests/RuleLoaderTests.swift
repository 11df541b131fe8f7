import Plumbline
import Testing

/// Rule files are validated strictly, and every complaint points at file:line:column.
@Suite("Rule loading")
struct RuleLoaderTests {
    /// A valid rule with one line replaced, so each case differs from a good rule by one mistake.
    static func rule(when: String = "when: { field: go, exists: false }", extra: String = "", message: String = "\"{file}\"", scope: String = "module") -> String {
        """
        rules:
          - id: TEST-GO-001
            title: A rule
            level: warning
            category: hygiene
            scope: \(scope)
            \(when)
            message: \(message)
            help: Help.\(extra)
            examples:
              - files: { go.mod: "module m\\n" }
                expect: 1
              - files: { go.mod: "module m\\n\\ngo 1.22\\n" }
                expect: 0
        """
    }

    static func firstError(_ yaml: String) -> String {
        switch Support.loadRules(yaml) {
        case .success: return "no error"
        case .failure(let errors): return errors.errors.first?.description ?? "no error"
        }
    }

    /// A rule with several mistakes reports them all in one run, not the first one only.
    @Test func everyErrorOfARuleAtOnce() {
        let yaml = "rules:\n  - id: TEST-BAD-001\n    title: \"\"\n    level: critical\n    category: hygiene\n    scope: module\n    when: { field: nosuch, equals: true }\n    message: \"{alsonosuch}\"\n    help: h\n    examples:\n      - files: { go.mod: \"module m\\n\" }\n        expect: 1\n"
        guard case .failure(let errors) = Support.loadRules(yaml) else {
            Issue.record("a broken rule loaded")
            return
        }
        #expect(errors.errors.map { "\($0.location.line):\($0.location.column)" } == ["3:12", "4:12", "7:20", "8:14", "11:7"])
    }

    @Test func validRuleLoads() throws {
        let rules = try Support.loadRules(Self.rule()).get()
        #expect(rules.rules.map(\.id) == ["TEST-GO-001"])
    }

    @Test func tooManyTagsForGitHub() {
        let tags = (1...20).map { "t\($0)" }.joined(separator: ", ")
        #expect(Self.firstError(Self.rule(extra: "\n    tags: [\(tags)]")).hasSuffix("error: at most 19 tags: SARIF adds the category, and GitHub accepts 20 per rule"))
        let fewer = (1...19).map { "t\($0)" }.joined(separator: ", ")
        #expect((try? Support.loadRules(Self.rule(extra: "\n    tags: [\(fewer)]")).get()) != nil)
    }

    @Test func unknownKey() {
        #expect(Self.firstError(Self.rule(extra: "\n    mesage: typo")) == "test.yaml:10:5: error: unknown key 'mesage' in a rule; did you mean 'message'?")
    }

    @Test func unknownFieldForTheScope() {
        let error = Self.firstError(Self.rule(when: "when: { field: versoin, equals: v1.0.0 }", message: "x", scope: "requirement"))
        #expect(error.hasPrefix("test.yaml:7:20: error: unknown field 'versoin' for scope requirement"))
    }

    @Test func unknownOperator() {
        let error = Self.firstError(Self.rule(when: "when: { field: path, startswith: x }"))
        #expect(error.hasPrefix("test.yaml:7:26: error: unknown key 'startswith' in a condition"))
    }

    @Test func wrongLiteralType() {
        #expect(Self.firstError(Self.rule(when: "when: { field: require_count, gt: many }")) == "test.yaml:7:39: error: the value of 'gt' must be an integer, found a string")
    }

    @Test func operatorOnTheWrongFieldType() {
        #expect(Self.firstError(Self.rule(when: "when: { field: path, version_lt: v1.0.0 }")).hasPrefix("test.yaml:7:38: error: 'version_lt' needs a module, Go or kernel version field, but 'path' is string"))
    }

    @Test func badGoVersionLiteral() {
        #expect(Self.firstError(Self.rule(when: "when: { field: go, version_lt: \"v1.21\" }")) == "test.yaml:7:36: error: the value of 'version_lt' must be a Go version like 1.22 or 1.22.3, found 'v1.21'")
    }

    @Test func invalidRegex() {
        #expect(Self.firstError(Self.rule(when: "when: { field: path, matches: \"(\" }")) == "test.yaml:7:35: error: invalid regular expression '('")
    }

    @Test func unknownPlaceholder() {
        #expect(Self.firstError(Self.rule(message: "\"{path} has {deps}\"")).hasPrefix("test.yaml:8:14: error: placeholder '{deps}': unknown field 'deps' for scope module"))
    }

    @Test func unknownParameter() {
        #expect(Self.firstError(Self.rule(when: "when: { field: go, version_lt: { param: nope } }")).hasPrefix("test.yaml:7:45: error: unknown parameter 'nope'"))
    }

    /// A parameter without a default has no value until a configuration sets one, so `exists` tells a
    /// configured value from none, and a comparison with it is false while it is unset.
    @Test func aParameterWithoutADefaultIsUnsetUntilConfigured() throws {
        let yaml = """
        parameters:
          - name: test.floor
            type: go_version
            description: A floor the user may set.
        rules:
          - id: TEST-GO-001
            title: Below the configured floor
            level: warning
            category: hygiene
            scope: module
            when:
              all:
                - { param: test.floor, exists: true }
                - { field: go, version_lt: { param: test.floor } }
            message: "{file} is below {param.test.floor}"
            help: Help.
            examples:
              - parameters: { test.floor: "1.22" }
                files: { go.mod: "module m\n\ngo 1.21\n" }
                expect: 1
              - files: { go.mod: "module m\n\ngo 1.21\n" }
                expect: 0
        """
        let rules = try Support.loadRules(yaml).get()
        #expect(rules.defaultParameters["test.floor"] == .null)
        #expect(rules.parameters["test.floor"]?.defaultValue == .null)
        let outcomes = ExampleRunner.run(try #require(rules.rule("TEST-GO-001")), in: rules, tables: Support.shipped.tables)
        #expect(outcomes.map(\.passed) == [true, true], "\(outcomes.compactMap(\.failure))")
    }

    @Test func twoOperatorsInOneCondition() {
        #expect(Self.firstError(Self.rule(when: "when: { field: go, exists: true, version_lt: \"1.21\" }")).hasPrefix("test.yaml:7:11: error: a condition needs exactly one operator"))
    }

    @Test func forEachMustNameAListOfObjects() {
        #expect(Self.firstError(Self.rule(extra: "\n    for_each: path")) == "test.yaml:10:15: error: for_each needs a list of objects, but 'path' is string")
    }

    @Test func itemOnlyInsideForEach() {
        #expect(Self.firstError(Self.rule(when: "when: { field: item.line, gt: 1 }")).hasPrefix("test.yaml:7:20: error: 'item' is only defined in a rule with for_each"))
    }

    @Test func examplesMustFireAndStayQuiet() {
        let yaml = Self.rule().replacingOccurrences(of: "expect: 0", with: "expect: 1")
        #expect(Self.firstError(yaml).hasPrefix("test.yaml:11:7: error: a rule needs at least one example that fires"))
    }

    @Test func duplicateIDsAcrossFiles() {
        let text = Self.rule()
        do {
            _ = try RuleLoader.load([.init(path: "a.yaml", bytes: Array(text.utf8)), .init(path: "b.yaml", bytes: Array(text.utf8))])
            Issue.record("duplicate ids were accepted")
        } catch {
            #expect(error.errors.map(\.description) == ["b.yaml:2:5: error: rule id 'TEST-GO-001' is already defined at a.yaml:2:5"])
        }
    }

    @Test func unknownAfterReference() {
        #expect(Self.firstError(Self.rule(extra: "\n    remediation: { after: [PLB-XX-999] }")) == "test.yaml:10:28: error: remediation.after names unknown rule 'PLB-XX-999'")
    }

    @Test func yamlSyntaxErrorCarriesItsPosition() {
        #expect(Self.firstError("rules:\n  - id: X\n   title: y\n").hasPrefix("test.yaml:3:"))
    }

    @Test func everyErrorOfAFileIsReported() {
        let yaml = Self.rule(extra: "\n    mesage: typo") + "\n" + Self.rule(when: "when: { field: nope, exists: true }").replacingOccurrences(of: "rules:\n", with: "").replacingOccurrences(of: "TEST-GO-001", with: "TEST-GO-002")
        guard case .failure(let errors) = Support.loadRules(yaml) else {
            Issue.record("accepted")
            return
        }
        #expect(errors.errors.count == 2)
    }
}
