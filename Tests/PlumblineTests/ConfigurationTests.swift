import Plumbline
import Testing

/// `.plumbline.yaml` is as strict as rule files, and its switches decide which rules run and how loud.
@Suite("Configuration")
struct ConfigurationTests {
    struct LoadFailure: Error, Equatable {
        let text: String
    }

    static func load(_ yaml: String) -> Result<Configuration, LoadFailure> {
        let loader: ConfigurationLoader
        do {
            loader = try ConfigurationLoader(bytes: Array(yaml.utf8), path: ".plumbline.yaml")
        } catch {
            return .failure(LoadFailure(text: error.description))
        }
        do {
            return .success(try loader.resolve(against: Support.shipped.rules, itemChecks: Support.shipped.tables.parameterItemChecks))
        } catch {
            return .failure(LoadFailure(text: error.errors.first?.description ?? ""))
        }
    }

    static func error(_ yaml: String) -> String? {
        if case .failure(let failure) = load(yaml) { return failure.text }
        return nil
    }

    @Test func unknownWasmRuntimeIsAConfigurationError() {
        let text = Self.error("parameters:\n  wasm.runtimes: [wasmtime 14, wazeor 1.7]\n")
        #expect(text?.hasPrefix(".plumbline.yaml:2:32: error: wasm.runtimes: unknown runtime 'wazeor'; did you mean 'wazero'?") == true, "\(text ?? "nil")")
        #expect(Self.error("parameters:\n  wasm.runtimes: [node 8]\n")?.contains("node 8 is older than the table covers") == true)
        #expect(Self.error("parameters:\n  wasm.runtimes: [wasmtime 14, \"wazero 1.7\", node]\n") == nil)
    }

    @Test func fullConfigurationLoads() throws {
        let configuration = try Self.load("""
        rules:
          disable: [PLB-SC-009]
          enable: [PLB-SC-004]
          levels: { PLB-SC-012: error }
        categories:
          disable: [hygiene]
        exclude: ["third_party/**", "examples"]
        parameters:
          supply-chain.allow_local_replace: true
        fail_on: warning
        """).get()
        #expect(configuration.disabledRules == ["PLB-SC-009"])
        #expect(configuration.levels["PLB-SC-012"] == .error)
        #expect(configuration.parameters["supply-chain.allow_local_replace"] == .bool(true))
        #expect(configuration.failOn == .warning)
        #expect(configuration.isExcluded("third_party/x/go.mod"))
        #expect(configuration.isExcluded("a/examples/go.mod"))
        #expect(!configuration.isExcluded("service/go.mod"))
        let rules = Support.shipped.rules
        // An explicit enable wins over the category switch; a disable wins over the default.
        #expect(configuration.isEnabled(try #require(rules.rule("PLB-SC-004"))))
        #expect(!configuration.isEnabled(try #require(rules.rule("PLB-SC-015"))))
        #expect(!configuration.isEnabled(try #require(rules.rule("PLB-SC-009"))))
        #expect(configuration.isEnabled(try #require(rules.rule("PLB-SC-001"))))
    }

    @Test func failOnNeverIsAConfigurationValue() throws {
        #expect(try Self.load("fail_on: never\n").get().failOn == .never)
        #expect(Self.error("fail_on: loud\n") == ".plumbline.yaml:1:10: error: fail_on must be one of error, warning, note, never, found 'loud'")
    }

    @Test func unknownKey() {
        #expect(Self.error("rules:\n  disable: []\nexclude_paths: [x]\n") == ".plumbline.yaml:3:1: error: unknown key 'exclude_paths' in the configuration")
    }

    @Test func unknownRuleID() {
        #expect(Self.error("rules:\n  levels:\n    PLB-SC-999: error\n") == ".plumbline.yaml:3:5: error: unknown rule id 'PLB-SC-999'; did you mean 'PLB-SC-009'?")
    }

    @Test func badLevel() {
        #expect(Self.error("rules:\n  levels:\n    PLB-SC-009: fatal\n") == ".plumbline.yaml:3:17: error: the level of PLB-SC-009 must be one of note, warning, error, found 'fatal'")
    }

    @Test func parameterOfTheWrongType() {
        #expect(Self.error("parameters:\n  supply-chain.allow_local_replace: sometimes\n") == ".plumbline.yaml:2:37: error: parameter 'supply-chain.allow_local_replace' must be true or false, found a string")
    }

    /// Every wrong section of a configuration is reported in one run, in file order, not only the first.
    @Test func everyErrorOfTheFileAtOnce() throws {
        let yaml = "rules:\n  levels: [x]\nfail_on: sometimes\nexclude: 3\nsuppressions:\n  - rule: PLB-SC-001\n  - { rule: PLB-SC-002, reason: r, expires: 2026-02-30 }\n"
        do {
            _ = try ConfigurationLoader(bytes: Array(yaml.utf8), path: ".plumbline.yaml")
            Issue.record("a broken configuration loaded")
        } catch {
            #expect(error.errors.map { "\($0.location.line):\($0.location.column)" } == ["2:11", "3:10", "4:10", "6:5", "7:45"])
        }
    }

    @Test func unknownParameter() {
        #expect(Self.error("parameters:\n  ebpf.min_kernal: \"5.4\"\n") == ".plumbline.yaml:2:3: error: unknown parameter 'ebpf.min_kernal'; did you mean 'ebpf.min_kernel'?")
    }

    @Test func levelOverrideAndExclusionApplyToFindings() {
        var configuration = Configuration()
        configuration.levels["PLB-SC-012"] = .error
        let files = ["go.mod": "module m\n", "vendored/go.mod": "module v\n"]
        let report = Support.scan(files, configuration: configuration)
        #expect(report.findings.filter { $0.ruleID == "PLB-SC-012" }.map(\.level) == [.error, .error])
        configuration.excludes = [PathGlob("vendored")]
        #expect(Support.scan(files, configuration: configuration).findings.filter { $0.ruleID == "PLB-SC-012" }.count == 1)
    }
}

@Suite("Path globs")
struct PathGlobTests {
    @Test(arguments: [
        ("third_party/**", "third_party/a/b/go.mod", true),
        ("third_party/**", "src/third_party/go.mod", false),
        ("testdata", "a/testdata/x/go.mod", true),
        ("*.sum", "a/go.sum", true),
        ("a/*/go.mod", "a/b/go.mod", true),
        ("a/*/go.mod", "a/b/c/go.mod", false),
        ("a/**/go.mod", "a/go.mod", true),
        ("mod?le", "x/module/go.mod", true),
        ("./service", "service/go.mod", true),
        ("service", "services/go.mod", false),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(PathGlob(pattern).matches(path) == expected)
    }
}
