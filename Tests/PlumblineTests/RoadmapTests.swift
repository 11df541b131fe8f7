import Foundation
import Plumbline
import Testing

/// The upgrade roadmap: one step per action, phases in order, `remediation.after` obeyed.
@Suite("Roadmap")
struct RoadmapTests {
    static let demo = Support.fixtures + "/repos/demo"

    /// A rule pack whose two module rules fire on every go.mod, with remediation wiring under test.
    static func rules(_ first: String, _ second: String) throws -> RuleSet {
        try Support.loadRules("""
        rules:
          - id: TEST-RM-001
            title: First
            level: warning
            category: hygiene
            scope: module
            message: "first {file}"
            help: test
            remediation: { \(first) }
            when: { field: go, exists: true }
            examples:
              - { files: { go.mod: "module m\\n\\ngo 1.26\\n" }, expect: 1 }
              - { files: { go.mod: "module m\\n" }, expect: 0 }
          - id: TEST-RM-002
            title: Second
            level: error
            category: hygiene
            scope: module
            message: "second {file}"
            help: test
            remediation: { \(second) }
            when: { field: go, exists: true }
            examples:
              - { files: { go.mod: "module m\\n\\ngo 1.26\\n" }, expect: 1 }
              - { files: { go.mod: "module m\\n" }, expect: 0 }
          - id: TEST-RM-003
            title: No action
            level: note
            category: hygiene
            scope: module
            message: "third {file}"
            help: test
            when: { field: go, exists: true }
            examples:
              - { files: { go.mod: "module m\\n\\ngo 1.26\\n" }, expect: 1 }
              - { files: { go.mod: "module m\\n" }, expect: 0 }
        """).get()
    }

    static func plan(_ rules: RuleSet, _ files: [String: String] = ["go.mod": "module m\n\ngo 1.26\n"]) -> Roadmap {
        let report = Support.scan(bytes: files.mapValues { Array($0.utf8) }, rules: rules)
        return RoadmapPlanner.plan(report)
    }

    @Test func demoStepsMergeFindingsAndFollowThePhaseOrder() throws {
        let roadmap = RoadmapPlanner.plan(Support.scanDirectory(Self.demo))
        let tidy = try #require(roadmap.steps.first { $0.action == "Run go mod tidy in fixtures/repos/demo/service" })
        // PLB-SC-006 (off by default) no longer adds the go.sum line go.mod does not mention.
        #expect(tidy.rules == ["PLB-SC-004", "PLB-SC-015"])
        #expect(tidy.findings.count == 3)
        #expect(tidy.module == "fixtures/repos/demo/service/go.mod")
        // Phase order, except that a step waiting for a later phase's step (tidy after the replace it cannot
        // get past) follows that step.
        let ranks = roadmap.steps.filter(\.after.isEmpty).map { RoadmapPlanner.phaseOrder.firstIndex(of: $0.phase) ?? 99 }
        #expect(ranks == ranks.sorted())
        for step in roadmap.steps { #expect(step.after.allSatisfy { $0 < step.number }) }
        #expect(roadmap.steps.map(\.number) == Array(1...roadmap.steps.count))
        #expect(roadmap.steps.reduce(0) { $0 + $1.findings.count } + roadmap.unplanned.count == roadmap.report.active.count)
    }

    /// go mod tidy stops while a replace points at a missing directory: the tidy step waits for that fix.
    @Test func tidyWaitsForTheReplaceItCannotGetPast() throws {
        let report = Support.scan([
            "go.mod": "module example.com/app\n\ngo 1.26\n\nrequire (\n\texample.com/lib v1.0.0\n\tgolang.org/x/text v0.14.0\n)\n\nreplace example.com/lib => ../lib\n",
            "main.go": "package main\n\nimport (\n\t_ \"example.com/lib\"\n\t_ \"golang.org/x/text/language\"\n)\n\nfunc main() {}\n",
        ])
        let roadmap = RoadmapPlanner.plan(report)
        let steps = roadmap.steps
        // The hygiene phase heads its steps once; where it resumes it says so instead of repeating its totals.
        let text = RoadmapReporter.render(roadmap, as: .text)
        #expect(text.contains("\ndependencies: 1 step") && text.contains("\nhygiene: 1 step"))
        let replace = try #require(steps.firstIndex { $0.rules == ["PLB-SC-008"] })
        let tidy = try #require(steps.firstIndex { $0.rules == ["PLB-SC-001"] })
        #expect(replace < tidy)
        #expect(steps[tidy].after == [steps[replace].number])
    }

    @Test func goLineRaisesOfOneModuleBecomeOneStepToTheHighestLine() throws {
        let roadmap = RoadmapPlanner.plan(Support.scanDirectory(Support.fixtures + "/repos/polyglot"))
        let agent = roadmap.steps.filter { $0.module == "fixtures/repos/polyglot/agent/go.mod" && $0.phase == "go-upgrade" }
        let raise = try #require(agent.first { $0.action.hasPrefix("Raise the go line") })
        #expect(raise.action == "Raise the go line of fixtures/repos/polyglot/agent/go.mod to 1.26")
        // agent is a library (no package main), so its unsupported go line is PLB-SC-025's note.
        #expect(raise.rules == ["PLB-GO-005", "PLB-SC-025"])
        #expect(raise.reasons.contains("Raise the go line of example.com/polyglot/agent to 1.22 (needed by github.com/cilium/ebpf v0.17.1)"))
        #expect(agent.filter { $0.action.hasPrefix("Raise the go line") }.count == 1)
    }

    /// While go 1.21 was supported, raising it past 1.22 was a choice, and the loop-variable review
    /// (PLB-GO-008) waited for the raise a dependency asked for.
    @Test func theLoopVariableReviewWaitsForTheRaise() throws {
        let files: [String: [UInt8]] = [
            "go.mod": Array("module example.com/agent\n\ngo 1.21\n\nrequire github.com/cilium/ebpf v0.17.1\n".utf8),
            "main.go": Array("package main\n\nfunc main() {}\n".utf8),
        ]
        let report = Support.scan(bytes: files, asOf: "2024-06-01")
        let roadmap = RoadmapPlanner.plan(report)
        let raise = try #require(roadmap.steps.first { $0.rules == ["PLB-GO-005"] })
        #expect(raise.action == "Raise the go line of example.com/agent to 1.22 (needed by github.com/cilium/ebpf v0.17.1)")
        let review = try #require(roadmap.steps.first { $0.rules == ["PLB-GO-008"] })
        #expect(review.after == [raise.number])
    }

    @Test func aWorkspaceRaiseFollowsItsModulesRaises() throws {
        let roadmap = RoadmapPlanner.plan(Support.scanDirectory(Self.demo))
        let workspace = try #require(roadmap.steps.first { $0.action.hasPrefix("Raise the go line of fixtures/repos/demo/go.work") })
        #expect(workspace.action == "Raise the go line of fixtures/repos/demo/go.work to 1.26")
        let lib = try #require(roadmap.steps.first { $0.module == "fixtures/repos/demo/lib/go.mod" && $0.rules == ["PLB-SC-025"] })
        let service = try #require(roadmap.steps.first { $0.module == "fixtures/repos/demo/service/go.mod" && $0.rules == ["PLB-SC-013"] })
        #expect(Set(workspace.after).isSuperset(of: [lib.number, service.number]))
        // api/v2 is not used by the workspace, so its raise does not gate it.
        let api = try #require(roadmap.steps.first { $0.module == "fixtures/repos/demo/api/v2/go.mod" && $0.rules == ["PLB-SC-025"] })
        #expect(!workspace.after.contains(api.number))
    }

    @Test func aWorkspaceRaiseNoFindingAskedForIsAdded() throws {
        let files: [String: [UInt8]] = [
            "go.work": Array("go 1.24\n\nuse ./a\n".utf8), "a/go.mod": Array("module example.com/a\n\ngo 1.24\n".utf8),
        ]
        let report = Support.scan(bytes: files)
        let roadmap = RoadmapPlanner.plan(report)
        let workspace = try #require(roadmap.steps.first { $0.action == "Raise the go line of go.work to 1.26" })
        #expect(workspace.findings.isEmpty && workspace.rules.isEmpty)
        let module = try #require(roadmap.steps.first { $0.module == "a/go.mod" && $0.rules.contains("PLB-SC-025") })
        #expect(workspace.after == [module.number])
        #expect(workspace.reasons == ["Its modules' go lines rise to 1.26; a go.work's line must be at least each of theirs"])
    }

    /// A `go_line` that does not render to a Go version would drop the step out of the merge unnoticed.
    @Test func everyShippedGoLineRendersAVersionOnItsFiringExamples() {
        let rules = Support.shipped.rules.rules.filter { $0.remediation?.goLine != nil }
        #expect(rules.count >= 7)
        for rule in rules {
            let findings = ExampleRunner.run(rule, in: Support.shipped.rules, tables: Support.shipped.tables).flatMap(\.findings)
            #expect(!findings.isEmpty, "\(rule.id) has no firing example")
            for finding in findings { #expect(finding.goLine != nil, "\(rule.id) at \(finding.location) has no go line") }
        }
    }

    @Test func withinAPhaseSevereAndCheapComeFirst() throws {
        let roadmap = Self.plan(try Self.rules(
            #"action: "cheap warning", phase: hygiene, effort: trivial"#,
            #"action: "costly error", phase: hygiene, effort: large"#
        ))
        #expect(roadmap.steps.map(\.action) == ["costly error", "cheap warning"])
        #expect(roadmap.unplanned.map(\.ruleID) == ["TEST-RM-003"])
    }

    @Test func afterOverridesThePhaseOrder() throws {
        let roadmap = Self.plan(try Self.rules(
            #"action: "early phase, waits", phase: security, after: [TEST-RM-002]"#,
            #"action: "late phase", phase: wasm"#
        ))
        #expect(roadmap.steps.map(\.action) == ["late phase", "early phase, waits"])
        #expect(roadmap.steps.last?.after == [1])
    }

    @Test func afterBindsOnlyWithinAModule() throws {
        let roadmap = Self.plan(try Self.rules(
            #"action: "first {file}", phase: security, after: [TEST-RM-002]"#,
            #"action: "second {file}", phase: wasm"#
        ), ["a/go.mod": "module a\n\ngo 1.26\n", "b/go.mod": "module b\n\ngo 1.26\n"])
        let first = try #require(roadmap.steps.first { $0.action == "first a/go.mod" })
        let second = try #require(roadmap.steps.first { $0.action == "second a/go.mod" })
        #expect(first.after == [second.number])
        #expect(roadmap.steps.filter { $0.action.hasPrefix("first") }.allSatisfy { $0.after.count == 1 })
    }

    @Test func aCycleInAfterStillPlansEveryStep() throws {
        let roadmap = Self.plan(try Self.rules(
            #"action: "one", phase: hygiene, after: [TEST-RM-002]"#,
            #"action: "two", phase: hygiene, after: [TEST-RM-001]"#
        ))
        #expect(Set(roadmap.steps.map(\.action)) == ["one", "two"])
    }

    @Test func formats() throws {
        let roadmap = RoadmapPlanner.plan(Support.scanDirectory(Self.demo))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(RoadmapReporter.render(roadmap, as: .json).utf8)) as? [String: Any])
        #expect((json["steps"] as? [Any])?.count == roadmap.steps.count)
        let markdown = RoadmapReporter.render(roadmap, as: .markdown)
        #expect(markdown.contains("| Phase | Steps | Findings | Effort |"))
        #expect(markdown.contains("### go-upgrade\n"))
        let text = RoadmapReporter.render(roadmap, as: .text)
        #expect(text.hasPrefix("Upgrade roadmap: \(roadmap.steps.count) steps in \(roadmap.phases.count) phases resolve"))
    }
}
