/// An ordered plan that resolves a scan's findings: one step per distinct remediation action, in phases,
/// each step after the steps its rules say must come first. Built by `RoadmapPlanner` from a `ScanReport`;
/// reporters only print it.
public struct Roadmap: Sendable {
    public struct Step: Sendable, Equatable {
        /// 1-based position in the plan.
        public let number: Int
        /// What to do, rendered from the rules' remediation actions ("Raise the go line of go.mod to 1.26").
        public let action: String
        /// For a step that merges several go-line raises of one file: each raise and why it is needed.
        public let reasons: [String]
        public let phase: String
        /// The largest effort any of its rules estimates; nil when none does.
        public let effort: Effort?
        /// The most severe finding it resolves.
        public let level: Level
        /// The go.mod of the module the step belongs to; nil for files outside every module.
        public let module: String?
        /// The rules whose findings it resolves, sorted.
        public let rules: [String]
        /// The findings it resolves, in reporting order.
        public let findings: [Finding]
        /// Numbers of the steps that must be done first.
        public let after: [Int]
    }

    /// A phase's share of the plan.
    public struct Phase: Sendable, Equatable {
        public let name: String
        public let steps: Int
        public let findings: Int
        /// Steps per effort (`trivial`, `small`, `medium`, `large`, and `unknown`).
        public let effort: [String: Int]
    }

    public let steps: [Step]
    /// Phases in the order their first step appears.
    public let phases: [Phase]
    /// Findings whose rules give no remediation action: listed, not planned.
    public let unplanned: [Finding]
    public let report: ScanReport
}
