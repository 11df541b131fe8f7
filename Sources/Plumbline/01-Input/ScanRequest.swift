import Git

/// Everything one scan needs to know, as a value: what to read, with which rules and configuration, at
/// which date, and what to compare with. `Scanner.scan` turns it into a `ScanOutcome`.
public struct ScanRequest {
    /// Where the files come from.
    public enum Source {
        /// A repository or directory on disk, read through libgit2 in one of its modes.
        case repository(path: String, mode: SourceMode)
        /// Files already in memory (rule examples, tests), with the history and ignore rules that stand in
        /// for a repository's.
        case files(ScanInput, history: (any HistorySource)? = nil, ignores: (any IgnoreSource)? = nil)
    }

    /// Which rules run.
    public enum Rules {
        /// Rule packs and data tables to load; the eBPF tables are loaded only when the snapshot has objects.
        case load(RuleSources)
        /// Rules and tables loaded once by the caller (a rule example run reuses them).
        case loaded(RuleSet, DataTables)
    }

    /// Which configuration applies.
    public enum ConfigurationSource {
        /// `.plumbline.yaml` at the root of the scanned snapshot, when there is one: a scan of the index
        /// uses the staged configuration.
        case snapshot
        /// A configuration file on disk (`--config`).
        case file(String)
        /// A configuration built by the caller.
        case given(Configuration)
    }

    /// What the findings are compared with.
    public enum BaselineSource {
        case none
        /// A revision of the same repository, scanned with the same rules and configuration.
        case revision(String)
        /// An earlier `plumbline scan --format json` report.
        case report(path: String)
    }

    public var source: Source
    public var rules: Rules
    public var configuration: ConfigurationSource
    /// Build outputs to verify besides the snapshot's files.
    public var artifacts: [String]
    /// The date release support and suppression expiry are judged at.
    public var asOf: CalendarDate
    public var baseline: BaselineSource
    /// libgit2's check that the repository belongs to the current user (off in CI containers).
    public var validatesOwner: Bool

    public init(
        source: Source, rules: Rules, configuration: ConfigurationSource = .snapshot, artifacts: [String] = [],
        asOf: CalendarDate = .today(), baseline: BaselineSource = .none, validatesOwner: Bool = true
    ) {
        self.source = source
        self.rules = rules
        self.configuration = configuration
        self.artifacts = artifacts
        self.asOf = asOf
        self.baseline = baseline
        self.validatesOwner = validatesOwner
    }
}

/// A scan's result: the report reporters render, and the configuration that shaped it (its `fail_on`).
public struct ScanOutcome: Sendable {
    public let report: ScanReport
    public let configuration: Configuration
}
