/// One rule firing on one fact. Reporters render findings; they never recompute them.
public struct Finding: Sendable, Hashable {
    public var ruleID: String
    public var level: Level
    public var message: String
    public var location: SourceLocation
    /// Stable across line moves and version bumps: derived from the rule id, the file and the identity of the
    /// fact (module path, requirement path, ...), never from line numbers or versions.
    public var fingerprint: String
    /// Set when the finding is accepted by an inline comment or the configuration.
    public var suppression: Suppression?
    /// The rule's remediation action rendered for this finding ("Run go mod tidy in service"): a step of
    /// the upgrade roadmap. Nil when the rule gives none.
    public var action: String?
    /// Set when the scan was compared with a baseline.
    public var baselineState: BaselineState?
    /// The go line the fix needs, when the rule says (`remediation.go_line`) and it renders to a Go version.
    public var goLine: String?
    /// Placeholders of the message or remediation action that rendered no value ("(none)", a gap): a
    /// defect of the rule, which its examples catch. Never reported.
    public var unfilledPlaceholders: [String] = []

    public init(
        ruleID: String, level: Level, message: String, location: SourceLocation, fingerprint: String,
        suppression: Suppression? = nil, action: String? = nil, goLine: String? = nil
    ) {
        self.action = action
        self.goLine = goLine
        self.ruleID = ruleID
        self.level = level
        self.message = message
        self.location = location
        self.fingerprint = fingerprint
        self.suppression = suppression
    }

    /// Reporting order: by file, position, then rule, so output is deterministic.
    public static func reportingOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        return a.message < b.message
    }
}
