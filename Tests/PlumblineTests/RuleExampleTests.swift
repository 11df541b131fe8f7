import Plumbline
import Testing

/// Every example of every shipped rule is a test: it runs the whole pipeline on the example's files.
@Suite("Shipped rule examples")
struct RuleExampleTests {
    static let rules = Support.shipped.rules.rules

    @Test("examples", arguments: rules.map(\.id))
    func examples(ruleID: String) throws {
        let rule = try #require(Support.shipped.rules.rule(ruleID))
        let outcomes = ExampleRunner.run(rule, in: Support.shipped.rules, tables: Support.shipped.tables)
        #expect(outcomes.count == rule.examples.count)
        for outcome in outcomes {
            #expect(outcome.failure == nil, "\(outcome.example.location) \(ruleID): \(outcome.failure ?? "")")
        }
    }

    @Test func everyRuleFiresAndStaysQuiet() {
        for rule in Self.rules {
            #expect(rule.examples.contains { $0.expect > 0 }, "\(rule.id) has no firing example")
            #expect(rule.examples.contains { $0.expect == 0 }, "\(rule.id) has no quiet example")
        }
    }

    @Test func supplyChainPackHasFifteenRulesWithStableIDs() {
        let pack = Self.rules.filter { $0.location.path.hasSuffix("supply-chain.yaml") }
        #expect(pack.count >= 15)
        for rule in pack {
            #expect(rule.id.range(of: #"^PLB-SC-[0-9]{3}$"#, options: .regularExpression) != nil, "\(rule.id)")
            #expect(!rule.help.isEmpty)
        }
    }

    @Test func ebpfPackHasTwelveRulesWithStableIDs() {
        let pack = Self.rules.filter { $0.location.path.hasSuffix("ebpf.yaml") }
        #expect(pack.count >= 12)
        for rule in pack {
            #expect(rule.id.range(of: #"^PLB-BPF-[0-9]{3}$"#, options: .regularExpression) != nil, "\(rule.id)")
            #expect(rule.category == .ebpf)
        }
    }

    @Test func wasmPackHasTenRulesWithStableIDs() {
        let pack = Self.rules.filter { $0.location.path.hasSuffix("wasm.yaml") }
        #expect(pack.count >= 10)
        for rule in pack {
            #expect(rule.id.range(of: #"^PLB-WASM-[0-9]{3}$"#, options: .regularExpression) != nil, "\(rule.id)")
        }
    }

    @Test func goUpgradeAndTechDebtPacksHaveFifteenRules() {
        let pack = Self.rules.filter { $0.location.path.hasSuffix("go-upgrade.yaml") || $0.location.path.hasSuffix("tech-debt.yaml") }
        #expect(pack.count >= 15)
        for rule in pack {
            #expect(rule.id.range(of: #"^PLB-(GO|TD)-[0-9]{3}$"#, options: .regularExpression) != nil, "\(rule.id)")
        }
    }

    /// The example runner must be able to fail: a rule whose example expects the wrong count is caught.
    @Test func runnerReportsAWrongExpectation() throws {
        let yaml = """
        rules:
          - id: TEST-GO-001
            title: Missing go line
            level: warning
            category: hygiene
            scope: module
            when: { field: go, exists: false }
            message: "{file} has no go line"
            help: test
            examples:
              - files: { go.mod: "module m\\n" }
                expect: 2
              - files: { go.mod: "module m\\n\\ngo 1.22\\n" }
                expect: 0
        """
        let rules = try Support.loadRules(yaml).get()
        let outcomes = ExampleRunner.run(try #require(rules.rule("TEST-GO-001")), in: rules, tables: Support.shipped.tables)
        #expect(outcomes.map(\.passed) == [false, true])
        #expect(outcomes[0].failure?.contains("expected 2 finding(s), got 1") == true)
    }
}

import Foundation
