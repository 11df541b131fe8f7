/// The settings of `.plumbline.yaml` (or `--config FILE`), validated against the loaded rules.
public struct Configuration: Sendable {
    public var path: String?
    public var disabledRules: Set<String> = []
    public var enabledRules: Set<String> = []
    public var levels: [String: Level] = [:]
    public var disabledCategories: Set<Category> = []
    public var excludes: [PathGlob] = []
    /// Extra rule files, relative to the configuration file's directory.
    public var ruleFiles: [String] = []
    public var parameters: [String: FactValue] = [:]
    public var failOn: FailOn?
    public var suppressions: [ConfiguredSuppression] = []
    /// The directory the configuration's path globs are relative to: the scan root (`""` or `dir/`).
    public var base: String = ""

    public init() {}

    /// Whether a rule runs: an explicit enable wins over a disable, which wins over a category switch,
    /// which wins over the rule's own default.
    public func isEnabled(_ rule: Rule) -> Bool {
        if enabledRules.contains(rule.id) { return true }
        if disabledRules.contains(rule.id) { return false }
        if disabledCategories.contains(rule.category) { return false }
        return rule.enabledByDefault
    }

    public func isExcluded(_ path: String) -> Bool {
        let relative = Self.relative(path, to: base)
        return excludes.contains { $0.matches(relative) }
    }

    /// A repository-relative path as the configuration's globs see it: relative to the scan root.
    public static func relative(_ path: String, to base: String) -> String {
        base.isEmpty || !path.hasPrefix(base) ? path : String(path.dropFirst(base.count))
    }
}

/// A `suppressions` entry: accept the findings of one rule, optionally only under some paths, for a reason
/// and optionally until a date.
public struct ConfiguredSuppression: Sendable {
    public var rule: String
    public var paths: [PathGlob]
    public var suppression: Suppression

    public func covers(_ finding: Finding, base: String = "") -> Bool {
        let relative = Configuration.relative(finding.location.path, to: base)
        return finding.ruleID == rule && (paths.isEmpty || paths.contains { $0.matches(relative) })
    }

    public func isExpired(asOf date: CalendarDate) -> Bool {
        suppression.expires.map { date >= $0 } ?? false
    }
}
