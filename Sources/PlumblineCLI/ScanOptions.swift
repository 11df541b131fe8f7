import ArgumentParser
import Git
import Plumbline

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// What to scan and with which rules: shared by `scan` and `roadmap`, which run the same scan and differ
/// only in what they print.
struct ScanOptions: ParsableArguments {
    @OptionGroup var snapshot: SnapshotOptions

    @Option(help: ArgumentHelp("Configuration file (default: .plumbline.yaml at the root of the scanned snapshot).", valueName: "FILE"))
    var config: String?

    @Option(name: .customLong("artifacts"), parsing: .upToNextOption, help: ArgumentHelp("Build outputs to verify besides the snapshot's files: files or directories, e.g. what CI just built.", valueName: "PATH"))
    var artifacts: [String] = []

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge Go release support as of this date (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: CalendarDate?

    @Option(name: .customLong("baseline-rev"), help: ArgumentHelp("Judge only findings that REV does not have: scan REV's tree with the same rules and configuration, and mark the findings it shares as unchanged (e.g. the pull request's base, or HEAD with --staged).", valueName: "REV"))
    var baselineRevision: String?

    @Option(name: .customLong("baseline"), help: ArgumentHelp("Judge only findings that this earlier JSON report (scan --format json) does not have.", valueName: "FILE"))
    var baselineReport: String?

    @OptionGroup var ruleOptions: RuleOptions

    func validate() throws {
        if baselineRevision != nil && baselineReport != nil { throw ValidationError("--baseline-rev and --baseline cannot be used together") }
    }

    /// The scan these options ask for.
    func request() -> ScanRequest {
        let baseline: ScanRequest.BaselineSource =
            if let baselineReport { .report(path: baselineReport) } else if let baselineRevision { .revision(baselineRevision) } else { .none }
        return ScanRequest(
            source: .repository(path: snapshot.path, mode: snapshot.mode),
            rules: .load(ruleOptions.sources()),
            configuration: config.map { .file($0) } ?? .snapshot,
            artifacts: artifacts,
            asOf: asOf ?? .today(),
            baseline: baseline,
            validatesOwner: !snapshot.noOwnerValidation
        )
    }
}
