/// Everything reporters need about one scan. Reporters only render it.
public struct ScanReport: Sendable {
    public struct ModuleSummary: Sendable, Equatable {
        public let path: String?
        public let file: String
        public let go: String?
    }

    /// A go.work and the modules it uses.
    public struct WorkspaceSummary: Sendable, Equatable {
        public let file: String
        public let go: String?
        /// The go.mod files of the modules its `use` lines name, when they are in the snapshot.
        public let moduleFiles: [String]
    }

    public let toolVersion: String
    public let source: SourceInfo
    public let asOf: CalendarDate
    /// The rules that ran, in id order (the SARIF driver's rules).
    public let rules: [Rule]
    public internal(set) var findings: [Finding]
    public var notifications: [Notification]
    public let modules: [ModuleSummary]
    /// The eBPF objects and Wasm modules verified.
    public let artifacts: [ArtifactSummary]
    public let workspaces: [WorkspaceSummary]
    /// Set when the findings were compared with a baseline (`--baseline-rev`, `--baseline`).
    public internal(set) var baseline: BaselineSummary?

    /// Findings that are neither suppressed nor already in the baseline: what the summaries count, the
    /// annotations show and the exit code judges.
    public var active: [Finding] { findings.filter { $0.suppression == nil && $0.baselineState != .unchanged } }

    public var suppressedCount: Int { findings.filter { $0.suppression != nil }.count }

    /// Unsuppressed findings the baseline already had.
    public var unchangedCount: Int { findings.filter { $0.suppression == nil && $0.baselineState == .unchanged }.count }

    public func count(_ level: Level) -> Int { active.filter { $0.level == level }.count }

    /// The exit code the threshold gives: 1 when an unsuppressed finding is at or above it, else 0.
    public func exitCode(failOn: FailOn) -> Int32 {
        active.contains { failOn.fails($0.level) } ? 1 : 0
    }
}

public enum PlumblineVersion {
    public static let current = "0.1.0"
}
