import Foundation
import Git

extension Scanner {
    /// The one way to scan: reads the snapshot, finds the configuration and its `rule_files`, loads the
    /// rules (and the eBPF tables only when there are objects), applies excludes before anything is parsed,
    /// runs the pipeline, adds the history notes and compares with the baseline.
    public static func scan(_ request: ScanRequest) throws(PlumblineError) -> ScanOutcome {
        if !request.validatesOwner { GitLibrary.setOwnerValidation(false) }
        var opened = try open(request.source, artifacts: request.artifacts)
        let loader = try configurationLoader(request.configuration, snapshot: opened.input)
        if case .snapshot = request.configuration, loader == nil, let note = unstagedConfigurationNote(opened.input) {
            opened.input.notifications.append(note)
        }
        let (rules, tables) = try ruleSet(request, configuration: loader?.configuration, input: opened.input)
        var configuration = Configuration()
        if case .given(let given) = request.configuration { configuration = given }
        if let loader {
            do {
                configuration = try loader.resolve(against: rules, itemChecks: tables.parameterItemChecks)
            } catch {
                throw PlumblineError(error)
            }
        }
        configuration.base = opened.input.scanPrefix
        let pass = Pass(rules: rules, tables: tables, configuration: configuration, asOf: request.asOf)
        var report = pass.run(opened)
        if let baseline = try baseline(request, current: opened, pass: pass) {
            report = report.compared(with: baseline)
        }
        return ScanOutcome(report: report, configuration: configuration)
    }

    /// A snapshot ready for the pipeline, with what answers history and ignore questions about it.
    struct OpenedSource {
        var input: ScanInput
        var history: (any HistorySource)?
        var ignores: (any IgnoreSource)?
        /// Problems met answering history questions, read after the pipeline asked them.
        var historyNotes: () -> [Notification]
    }

    /// The rules, tables, configuration and date shared by a scan and its baseline scan.
    struct Pass {
        let rules: RuleSet
        let tables: DataTables
        let configuration: Configuration
        let asOf: CalendarDate

        func run(_ source: OpenedSource) -> ScanReport {
            var report = Scanner.run(
                source.input.excluding(configuration.isExcluded), rules: rules, configuration: configuration, tables: tables, asOf: asOf,
                history: source.history, ignores: source.ignores
            )
            report.notifications += source.historyNotes()
            return report
        }
    }

    private static func open(_ source: ScanRequest.Source, artifacts: [String]) throws(PlumblineError) -> OpenedSource {
        switch source {
        case .repository(let path, let mode):
            let session: RepositorySession
            do {
                session = try RepositorySession(path: path, mode: mode)
            } catch {
                throw .unreadable("error: \(error.description)")
            }
            return OpenedSource(session, artifacts: artifacts)
        case .files(let input, let history, let ignores):
            var input = input
            input.addArtifacts(artifacts)
            return OpenedSource(input: input, history: history, ignores: ignores, historyNotes: { [] })
        }
    }

    /// `--config FILE` from disk, else `.plumbline.yaml` at the root of the scanned snapshot itself. Only
    /// the scan root's file counts: nested ones (fixtures, vendored projects) are not this scan's.
    private static func configurationLoader(
        _ source: ScanRequest.ConfigurationSource, snapshot: ScanInput
    ) throws(PlumblineError) -> ConfigurationLoader? {
        let path: String
        let bytes: [UInt8]
        switch source {
        case .given:
            return nil
        case .file(let file):
            guard let data = FileManager.default.contents(atPath: file) else {
                throw .usage("error: cannot read configuration file \(file)")
            }
            (path, bytes) = (file, [UInt8](data))
        case .snapshot:
            path = snapshot.scanPrefix + ConfigurationLoader.fileName
            guard let found = snapshot.files[path] else { return nil }
            bytes = found
        }
        do {
            return try ConfigurationLoader(bytes: bytes, path: path)
        } catch {
            throw PlumblineError(error)
        }
    }

    /// A scan of the index reads the staged `.plumbline.yaml`, so one that exists only in the working tree
    /// (not yet `git add`ed) does not apply: say so, or its settings seem ignored.
    private static func unstagedConfigurationNote(_ input: ScanInput) -> Notification? {
        guard input.source.kind == .index, let root = input.rootPath else { return nil }
        let path = input.scanPrefix + ConfigurationLoader.fileName
        guard FileManager.default.fileExists(atPath: root + "/" + path) else { return nil }
        return Notification(
            level: .note,
            message: "\(path) exists in the working tree but not in the index, so this scan of the index runs without it; git add it to apply it",
            location: .file(path)
        )
    }

    /// The rules to run. A configuration's `rule_files` are relative to the configuration file on disk:
    /// `--config`'s directory, or the scan root.
    private static func ruleSet(
        _ request: ScanRequest, configuration: Configuration?, input: ScanInput
    ) throws(PlumblineError) -> (RuleSet, DataTables) {
        switch request.rules {
        case .loaded(let set, let tables):
            return (set, tables)
        case .load(let sources):
            let configDirectory: String
            if case .file(let file) = request.configuration {
                configDirectory = URL(fileURLWithPath: file).deletingLastPathComponent().path
            } else if case .repository(let path, _) = request.source {
                configDirectory = (input.rootPath ?? path) + "/" + input.scanPrefix
            } else {
                configDirectory = (input.rootPath ?? FileManager.default.currentDirectoryPath) + "/" + input.scanPrefix
            }
            let ruleFiles = (configuration?.ruleFiles ?? []).map { $0.hasPrefix("/") ? $0 : configDirectory + "/" + $0 }
            let hasObjects = input.files.keys.contains { FileKind.named($0) == .object }
            return try sources.adding(ruleFiles).load(bpfTables: hasObjects)
        }
    }

    /// The baseline the request names, scanned or read; nil without one. A base that cannot be read stops
    /// the scan rather than judging every finding as new.
    private static func baseline(_ request: ScanRequest, current: OpenedSource, pass: Pass) throws(PlumblineError) -> Baseline? {
        switch request.baseline {
        case .none:
            return nil
        case .report(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .usage("error: cannot read the baseline report \(path)")
            }
            do {
                return try Baseline(jsonReport: [UInt8](data), path: path)
            } catch {
                throw PlumblineError(error)
            }
        case .revision(let revision):
            guard case .repository(let path, _) = request.source, current.input.source.kind != .directory else {
                let name = if case .repository(let path, _) = request.source { path } else { "the scanned files" }
                throw .usage("error: --baseline-rev needs a git repository, and \(name) is not in one; use --baseline with an earlier JSON report")
            }
            // The first commit of a repository has nothing before it: every finding is new.
            if revision == "HEAD" && current.input.source.headCommit == nil && current.input.source.kind != .revision {
                return Baseline(label: "HEAD (no commits yet)", fingerprints: [])
            }
            let base: OpenedSource
            do {
                base = OpenedSource(try RepositorySession(path: path, mode: .revision(revision)), artifacts: request.artifacts)
            } catch {
                throw .unreadable("error: baseline revision \(revision): \(error.description). In a shallow clone, fetch it first (\(FetchHint.command(for: revision)), or actions/checkout with fetch-depth: 0).")
            }
            let report = pass.run(base)
            let commit = base.input.source.headCommit.map { " (\($0.prefix(12)))" } ?? ""
            return Baseline(label: revision + commit, report: report)
        }
    }
}

extension Scanner.OpenedSource {
    init(_ session: RepositorySession, artifacts: [String]) {
        var input = session.input
        input.addArtifacts(artifacts)
        self.init(input: input, history: session, ignores: session, historyNotes: { session.historyNotes })
    }
}
