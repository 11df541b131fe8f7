import GoModules

/// Orders a scan's findings into a `Roadmap`.
///
/// Findings whose rules render the same action ("Run go mod tidy in service") become one step, and so do
/// all the go-line raises of one go.mod or go.work (`remediation.go_line`): one raise, to the highest line
/// any of them needs, with each reason kept. Steps go in
/// phase order, most severe and least effort first within a phase, and a step whose rule names others in
/// `remediation.after` comes after their steps in the same module, even across phases.
public enum RoadmapPlanner {
    /// The order phases are best taken in: make the build trustworthy, then move the Go line (which
    /// gates dependency upgrades), then the dependencies, then code, and rebuild artifacts last, once the
    /// toolchain and sources they come from have settled. Other phases follow, by name.
    public static let phaseOrder = ["security", "hygiene", "go-upgrade", "dependencies", "tech-debt", "ebpf", "wasm"]

    public static func plan(_ report: ScanReport) -> Roadmap {
        let rules = Dictionary(report.rules.map { ($0.id, $0) }) { first, _ in first }
        let moduleDirectories = report.modules.map { module in
            (file: module.file, directory: String(module.file.dropLast("go.mod".count)))
        }.sorted { $0.directory.count > $1.directory.count }
        func module(of path: String) -> String? {
            moduleDirectories.first { path.hasPrefix($0.directory) && !path.hasPrefix("/") }?.file
        }

        var drafts: [Draft] = []
        var draftIndex: [String: Int] = [:]
        var unplanned: [Finding] = []
        for finding in report.active.sorted(by: Finding.reportingOrder) {
            guard let action = finding.action, !action.isEmpty else {
                unplanned.append(finding)
                continue
            }
            let rule = rules[finding.ruleID]
            let phase = rule?.remediation?.phase ?? rule?.category.rawValue ?? "other"
            let owner = module(of: finding.location.path)
            // A go.work's line is its own, even when a go.mod sits beside it.
            let goLineFile = finding.location.path.hasSuffix("go.work") ? finding.location.path : owner ?? finding.location.path
            let key = finding.goLine == nil ? action : "go line of " + goLineFile
            if let index = draftIndex[key] {
                drafts[index].absorb(finding, action: action, phase: phase, effort: rule?.remediation?.effort)
            } else {
                draftIndex[key] = drafts.count
                drafts.append(Draft(
                    action: action, phase: phase, effort: rule?.remediation?.effort, finding: finding, module: owner,
                    goLineFile: finding.goLine == nil ? nil : goLineFile
                ))
            }
        }

        let workspaceEdges = raiseWorkspaces(report.workspaces, drafts: &drafts)

        // Rule-level `after` edges, applied between steps of the same module (a step outside every module
        // is ordered against all).
        var predecessors = Array(repeating: Set<Int>(), count: drafts.count)
        for (workspace, moduleSteps) in workspaceEdges { predecessors[workspace].formUnion(moduleSteps) }
        var stepsByRule: [String: [Int]] = [:]
        for (index, draft) in drafts.enumerated() { for rule in draft.rules { stepsByRule[rule, default: []].append(index) } }
        for (index, draft) in drafts.enumerated() {
            for rule in draft.rules {
                for earlier in rules[rule]?.remediation?.after ?? [] {
                    for other in stepsByRule[earlier] ?? [] where other != index {
                        if drafts[other].module == nil || draft.module == nil || drafts[other].module == draft.module {
                            predecessors[index].insert(other)
                        }
                    }
                }
            }
        }
        let order = topologicalOrder(drafts, predecessors: predecessors)
        var number = Array(repeating: 0, count: drafts.count)
        for (position, index) in order.enumerated() { number[index] = position + 1 }
        let steps = order.map { index in
            let draft = drafts[index]
            return Roadmap.Step(
                number: number[index], action: draft.title, reasons: draft.reasons, phase: draft.phase, effort: draft.effort,
                level: draft.level, module: draft.module, rules: draft.rules.sorted(), findings: draft.findings,
                after: predecessors[index].map { number[$0] }.sorted()
            )
        }
        return Roadmap(steps: steps, phases: phases(of: steps), unplanned: unplanned, report: report)
    }

    /// A go.work's go line must be at least each of its modules' (the go command refuses it otherwise), so
    /// when the plan raises a used module above the workspace's line, the workspace's raise follows: its
    /// target rises to the highest module target, or a step is added that no finding asked for. Returns,
    /// per workspace step, the module raises it must wait for.
    private static func raiseWorkspaces(_ workspaces: [ScanReport.WorkspaceSummary], drafts: inout [Draft]) -> [Int: Set<Int>] {
        var edges: [Int: Set<Int>] = [:]
        for workspace in workspaces {
            let moduleRaises = drafts.indices.filter { index in
                drafts[index].goLine != nil && drafts[index].goLineFile.map(workspace.moduleFiles.contains) ?? false
            }
            guard let highest = moduleRaises.compactMap({ drafts[$0].goLine }).max(by: { GoVersion.compare($0, $1) < 0 }) else { continue }
            if let current = workspace.go, GoVersion.compare(current, highest) >= 0 { continue }
            let reason = "Its modules' go lines rise to \(highest); a go.work's line must be at least each of theirs"
            let index: Int
            if let existing = drafts.firstIndex(where: { $0.goLineFile == workspace.file }) {
                index = existing
                drafts[index].raise(to: highest, because: reason)
            } else {
                index = drafts.count
                drafts.append(Draft(workspace: workspace.file, goLine: highest, reason: reason))
            }
            edges[index, default: []].formUnion(moduleRaises)
        }
        return edges
    }

    /// Steps not yet placed, grouped by action (or by the file whose go line they raise).
    private struct Draft {
        let action: String
        var phase: String
        var effort: Effort?
        var level: Level
        let module: String?
        var rules: Set<String>
        var findings: [Finding]
        /// For a go-line raise: the go.mod or go.work, the highest line asked for, and every action merged.
        let goLineFile: String?
        var goLine: String?
        var actions: [String]

        init(action: String, phase: String, effort: Effort?, finding: Finding, module: String?, goLineFile: String?) {
            self.action = action
            self.phase = phase
            self.effort = effort
            self.level = finding.level
            self.module = module
            self.rules = [finding.ruleID]
            self.findings = [finding]
            self.goLineFile = goLineFile
            self.goLine = finding.goLine
            self.actions = [action]
        }

        /// A step no finding asked for: the go.work raise that its modules' raises make necessary.
        init(workspace file: String, goLine: String, reason: String) {
            self.action = "Raise the go line of \(file) to \(goLine)"
            self.phase = "go-upgrade"
            self.effort = .trivial
            self.level = .note
            self.module = nil
            self.rules = []
            self.findings = []
            self.goLineFile = file
            self.goLine = goLine
            self.actions = [reason]
            self.retitled = true
        }

        /// Set when the target no longer matches any single action's.
        var retitled = false

        /// What the step says: a merged go-line raise names the file and the highest line.
        var title: String {
            guard let goLineFile, let goLine, actions.count > 1 || retitled else { return action }
            return "Raise the go line of \(goLineFile) to \(goLine)"
        }

        mutating func raise(to version: String, because reason: String) {
            if goLine.map({ GoVersion.compare(version, $0) > 0 }) ?? true { goLine = version }
            if !actions.contains(reason) { actions.append(reason) }
            retitled = true
        }

        /// The merged actions behind a go-line raise, when there is more than one or the step was retitled.
        var reasons: [String] { actions.count > 1 || retitled ? actions : [] }

        mutating func absorb(_ finding: Finding, action: String, phase: String, effort: Effort?) {
            findings.append(finding)
            rules.insert(finding.ruleID)
            if !actions.contains(action) { actions.append(action) }
            if let wanted = finding.goLine, goLine.map({ GoVersion.compare(wanted, $0) > 0 }) ?? true { goLine = wanted }
            level = max(level, finding.level)
            if RoadmapPlanner.rank(phase) < RoadmapPlanner.rank(self.phase) { self.phase = phase }
            if let effort, self.effort.map({ RoadmapPlanner.rank(effort) > RoadmapPlanner.rank($0) }) ?? true { self.effort = effort }
        }
    }

    static func rank(_ phase: String) -> Int { phaseOrder.firstIndex(of: phase) ?? phaseOrder.count }

    static func rank(_ effort: Effort) -> Int { Effort.allCases.firstIndex(of: effort) ?? 0 }

    /// Whether `a` should go before `b` when both are free to go.
    private static func precedes(_ a: Draft, _ b: Draft) -> Bool {
        if rank(a.phase) != rank(b.phase) { return rank(a.phase) < rank(b.phase) }
        if a.phase != b.phase { return a.phase < b.phase }
        if a.level != b.level { return a.level > b.level }
        // An unestimated step counts as medium.
        let effortA = a.effort.map(rank) ?? rank(.medium), effortB = b.effort.map(rank) ?? rank(.medium)
        if effortA != effortB { return effortA < effortB }
        if a.module != b.module { return (a.module ?? "") < (b.module ?? "") }
        return a.title < b.title
    }

    /// Kahn's algorithm, taking the first free step by `precedes` each time. A cycle (rules naming each
    /// other in `after`) is broken at its first step by the same order rather than failing the plan.
    private static func topologicalOrder(_ drafts: [Draft], predecessors: [Set<Int>]) -> [Int] {
        var waiting = predecessors
        var placed = Array(repeating: false, count: drafts.count)
        var successors = Array(repeating: [Int](), count: drafts.count)
        for (index, earlier) in predecessors.enumerated() { for other in earlier { successors[other].append(index) } }
        var order: [Int] = []
        var free = drafts.indices.filter { waiting[$0].isEmpty }
        while order.count < drafts.count {
            if free.isEmpty, let stuck = drafts.indices.filter({ !placed[$0] }).min(by: { precedes(drafts[$0], drafts[$1]) }) {
                free = [stuck]
            }
            guard let next = free.min(by: { precedes(drafts[$0], drafts[$1]) }) else { break }
            free.removeAll { $0 == next }
            placed[next] = true
            order.append(next)
            for successor in successors[next] where !placed[successor] {
                waiting[successor].remove(next)
                if waiting[successor].isEmpty && !free.contains(successor) { free.append(successor) }
            }
        }
        return order
    }

    private static func phases(of steps: [Roadmap.Step]) -> [Roadmap.Phase] {
        var names: [String] = []
        for step in steps where !names.contains(step.phase) { names.append(step.phase) }
        return names.map { name in
            let members = steps.filter { $0.phase == name }
            var effort: [String: Int] = [:]
            for step in members { effort[step.effort?.rawValue ?? "unknown", default: 0] += 1 }
            return Roadmap.Phase(name: name, steps: members.count, findings: members.reduce(0) { $0 + $1.findings.count }, effort: effort)
        }
    }
}
