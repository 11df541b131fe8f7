import ArgumentParser
import Foundation
import Git
import Plumbline

/// What to scan and with which rules: shared by `scan` and `roadmap`, which run the same scan and differ
/// only in what they print.
struct ScanOptions: ParsableArguments {
    @Argument(help: "Repository or directory to scan.")
    var path: String = "."

    @Option(name: .customLong("rev"), help: ArgumentHelp("Scan this commit-ish's tree (works on bare repositories).", valueName: "REV"))
    var revision: String?

    @Flag(help: "Scan the index: the content the next commit would get ($GIT_INDEX_FILE when set, as git hooks see it).")
    var staged = false

    @Option(help: ArgumentHelp("Configuration file (default: .plumbline.yaml at the root of the scanned snapshot).", valueName: "FILE"))
    var config: String?

    @Option(name: .customLong("artifacts"), parsing: .upToNextOption, help: ArgumentHelp("Build outputs to verify besides the snapshot's files: files or directories, e.g. what CI just built.", valueName: "PATH"))
    var artifacts: [String] = []

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge Go release support as of this date (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(name: .customLong("baseline-rev"), help: ArgumentHelp("Judge only findings that REV does not have: scan REV's tree with the same rules and configuration, and mark the findings it shares as unchanged (e.g. the pull request's base, or HEAD with --staged).", valueName: "REV"))
    var baselineRevision: String?

    @Option(name: .customLong("baseline"), help: ArgumentHelp("Judge only findings that this earlier JSON report (scan --format json) does not have.", valueName: "FILE"))
    var baselineReport: String?

    @Flag(name: .customLong("no-owner-validation"), help: "Open repositories owned by another user (as in CI containers).")
    var noOwnerValidation = false

    @OptionGroup var ruleOptions: RuleOptions

    func validate() throws {
        if revision != nil && staged { throw ValidationError("--rev and --staged cannot be used together") }
        if baselineRevision != nil && baselineReport != nil { throw ValidationError("--baseline-rev and --baseline cannot be used together") }
        if let asOf, !CalendarDate.isValid(asOf) { throw ValidationError("--as-of must be a date YYYY-MM-DD, not '\(asOf)'") }
    }

    /// Reads the snapshot, loads rules and configuration, and scans. Exits 2 on a usage or configuration
    /// error and 3 when the repository cannot be read, after saying why.
    func run() throws -> (report: ScanReport, configuration: Configuration) {
        if noOwnerValidation { GitLibrary.setOwnerValidation(false) }
        let mode: SourceMode = revision.map { .revision($0) } ?? (staged ? .index : .workingTree)
        let session: RepositorySession
        do {
            session = try RepositorySession(path: path, mode: mode)
        } catch {
            printError("error: \(error.description)")
            throw ExitCode(ExitStatus.scanFailed.rawValue)
        }

        var input = session.input
        input.addArtifacts(artifacts)
        let loader = try configurationLoader(from: &input)
        // rule_files are relative to the configuration file on disk: --config's directory, or the scan root.
        let configDirectory = config.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
            ?? ((input.rootPath ?? path) + "/" + input.scanPrefix)
        let configRuleFiles = (loader?.configuration.ruleFiles ?? []).map { $0.hasPrefix("/") ? $0 : configDirectory + "/" + $0 }
        let hasObjects = input.files.keys.contains { FileSelection.isArtifact($0) && !$0.hasSuffix(".wasm") }
        let (rules, tables) = try ruleOptions.loadRules(adding: configRuleFiles, bpfTables: hasObjects)
        var configuration = Configuration()
        if let loader {
            do {
                configuration = try loader.resolve(against: rules, itemChecks: tables.parameterItemChecks)
            } catch {
                printError(error.description)
                throw ExitCode(ExitStatus.usage.rawValue)
            }
        }
        configuration.base = input.scanPrefix
        let today = asOf ?? CalendarDate.today()
        var report = Self.scan(input, session: session, rules: rules, tables: tables, configuration: configuration, asOf: today)
        if let baseline = try baseline(against: session, rules: rules, tables: tables, configuration: configuration, asOf: today) {
            report = report.compared(with: baseline)
        }
        return (report, configuration)
    }

    private static func scan(
        _ input: ScanInput, session: RepositorySession, rules: RuleSet, tables: DataTables, configuration: Configuration, asOf: String
    ) -> ScanReport {
        var input = input
        if !configuration.excludes.isEmpty {
            input.paths = input.paths.filter { !configuration.isExcluded($0) }
            input.files = input.files.filter { !configuration.isExcluded($0.key) }
            input.unreadable = input.unreadable.filter { !configuration.isExcluded($0.key) }
        }
        var report = Scanner.run(input, rules: rules, configuration: configuration, tables: tables, asOf: asOf, history: session, ignores: session)
        report.notifications += session.historyNotes
        return report
    }

    /// The baseline `--baseline-rev` or `--baseline` names, scanned or read; nil without either. A base
    /// that cannot be read stops the scan (exit 3) rather than judging every finding as new.
    private func baseline(
        against current: RepositorySession, rules: RuleSet, tables: DataTables, configuration: Configuration, asOf: String
    ) throws -> Baseline? {
        if let baselineReport {
            guard let data = FileManager.default.contents(atPath: baselineReport) else {
                printError("error: cannot read the baseline report \(baselineReport)")
                throw ExitCode(ExitStatus.usage.rawValue)
            }
            do {
                return try Baseline(jsonReport: [UInt8](data), path: baselineReport)
            } catch {
                printError(error.description)
                throw ExitCode(ExitStatus.usage.rawValue)
            }
        }
        guard let baselineRevision else { return nil }
        guard current.input.source.kind != "directory" else {
            printError("error: --baseline-rev needs a git repository, and \(path) is not in one; use --baseline with an earlier JSON report")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        // The first commit of a repository has nothing before it: every finding is new.
        if baselineRevision == "HEAD" && current.input.source.headCommit == nil && current.input.source.kind != "revision" {
            return Baseline(label: "HEAD (no commits yet)", fingerprints: [])
        }
        let base: RepositorySession
        do {
            base = try RepositorySession(path: path, mode: .revision(baselineRevision))
        } catch {
            printError("error: baseline revision \(baselineRevision): \(error.description). In a shallow clone, fetch it first (git fetch origin \(baselineRevision), or actions/checkout with fetch-depth: 0).")
            throw ExitCode(ExitStatus.scanFailed.rawValue)
        }
        var input = base.input
        input.addArtifacts(artifacts)
        let report = Self.scan(input, session: base, rules: rules, tables: tables, configuration: configuration, asOf: asOf)
        let commit = base.input.source.headCommit.map { " (\($0.prefix(12)))" } ?? ""
        return Baseline(label: baselineRevision + commit, report: report)
    }

    /// `--config FILE` from disk, else `.plumbline.yaml` at the root of the scanned snapshot itself, so a
    /// pre-commit scan of the index uses the staged configuration.
    private func configurationLoader(from input: inout ScanInput) throws -> ConfigurationLoader? {
        do {
            if let config {
                guard let data = FileManager.default.contents(atPath: config) else {
                    printError("error: cannot read configuration file \(config)")
                    throw ExitCode(ExitStatus.usage.rawValue)
                }
                return try ConfigurationLoader(bytes: [UInt8](data), path: config)
            }
            // Only the scan root's file counts: nested ones (fixtures, vendored projects) are not this scan's.
            let rootConfig = input.scanPrefix + ConfigurationLoader.fileName
            guard let bytes = input.files[rootConfig] else { return nil }
            return try ConfigurationLoader(bytes: bytes, path: rootConfig)
        } catch let error as DefinitionError {
            printError(error.description)
            throw ExitCode(ExitStatus.usage.rawValue)
        }
    }
}
