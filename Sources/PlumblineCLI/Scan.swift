import ArgumentParser
import Foundation
import Git
import Plumbline

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Scan a Go repository: the working tree (default), the index (--staged) or a revision (--rev)."
    )

    @Argument(help: "Repository or directory to scan.")
    var path: String = "."

    @Option(name: .customLong("rev"), help: ArgumentHelp("Scan this commit-ish's tree (works on bare repositories).", valueName: "REV"))
    var revision: String?

    @Flag(help: "Scan the index: the content the next commit would get ($GIT_INDEX_FILE when set, as git hooks see it).")
    var staged = false

    @Option(help: "Output format: text, json, sarif, github (Actions annotations), markdown (job summary) or counts (name=value lines).")
    var format: String = "text"

    @Option(help: ArgumentHelp("Write the report to FILE instead of stdout.", valueName: "FILE"))
    var output: String?

    @Option(name: .customLong("report"), help: ArgumentHelp("Also write FORMAT to FILE, from the same scan; repeatable (--report sarif=plumbline.sarif --report markdown=summary.md).", valueName: "FORMAT=FILE"))
    var extraReports: [String] = []

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Exit 1 when a finding is at or above this level: error, warning, note or never (default: the config's fail_on, else error).", valueName: "LEVEL"))
    var failOn: String?

    @Option(help: ArgumentHelp("Configuration file (default: .plumbline.yaml at the root of the scanned snapshot).", valueName: "FILE"))
    var config: String?

    @Option(name: .customLong("artifacts"), parsing: .upToNextOption, help: ArgumentHelp("Build outputs to verify besides the snapshot's files: files or directories, e.g. what CI just built.", valueName: "PATH"))
    var artifacts: [String] = []

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge Go release support as of this date (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    @Option(help: ArgumentHelp("SARIF automationDetails category (distinguishes several Plumbline runs on one repository).", valueName: "NAME"))
    var category: String = "plumbline"

    @Flag(name: .customLong("no-owner-validation"), help: "Open repositories owned by another user (as in CI containers).")
    var noOwnerValidation = false

    @Flag(name: .customLong("no-color"), help: "Never colour text output.")
    var noColor = false

    @OptionGroup var ruleOptions: RuleOptions

    func validate() throws {
        if revision != nil && staged { throw ValidationError("--rev and --staged cannot be used together") }
        guard ReportFormat(rawValue: format) != nil else {
            throw ValidationError("--format must be one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")), not '\(format)'")
        }
        for request in extraReports { _ = try Self.parseReport(request) }
        if let failOn, failOn != "never", Level(rawValue: failOn) == nil {
            throw ValidationError("--fail-on must be one of error, warning, note, never, not '\(failOn)'")
        }
        if let asOf, !CalendarDate.isValid(asOf) { throw ValidationError("--as-of must be a date YYYY-MM-DD, not '\(asOf)'") }
    }

    func run() throws {
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
        if !configuration.excludes.isEmpty {
            input.paths = input.paths.filter { !configuration.isExcluded($0) }
            input.files = input.files.filter { !configuration.isExcluded($0.key) }
            input.unreadable = input.unreadable.filter { !configuration.isExcluded($0.key) }
        }

        var report = Scanner.run(input, rules: rules, configuration: configuration, tables: tables, asOf: asOf ?? CalendarDate.today(), history: session)
        report.notifications += session.historyNotes
        let reportFormat = ReportFormat(rawValue: format) ?? .text
        for request in extraReports {
            let (extraFormat, file) = try Self.parseReport(request)
            guard OutputFile.write(extraFormat.render(report, category: category), to: file) else {
                printError("error: cannot write \(file)")
                throw ExitCode(ExitStatus.usage.rawValue)
            }
        }
        let text = reportFormat.render(report, colour: reportFormat == .text && output == nil && useColour(), category: category)
        if let output {
            guard OutputFile.write(text, to: output) else {
                printError("error: cannot write \(output)")
                throw ExitCode(ExitStatus.usage.rawValue)
            }
            if reportFormat != .text { printError(TextReporter(colour: false).summary(report)) }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        let threshold = failOn ?? configuration.failOn?.rawValue ?? Level.error.rawValue
        if let level = Level(rawValue: threshold), report.exitCode(failOn: level) != 0 {
            throw ExitCode(ExitStatus.findings.rawValue)
        }
    }

    /// `FORMAT=FILE` of `--report`.
    static func parseReport(_ request: String) throws -> (ReportFormat, String) {
        guard let equals = request.firstIndex(of: "="), let format = ReportFormat(rawValue: String(request[..<equals])),
              request.index(after: equals) < request.endIndex
        else {
            throw ValidationError("--report takes FORMAT=FILE with FORMAT one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")), not '\(request)'")
        }
        return (format, String(request[request.index(after: equals)...]))
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

    private func useColour() -> Bool {
        !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) != 0
    }
}
