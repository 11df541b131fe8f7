/// Snapshot → facts → rules → findings, for one scan. `scan(_:)` is the entry point; `run` is the
/// pipeline it drives once the snapshot, rules and configuration are settled.
public enum Scanner {
    static func run(
        _ input: ScanInput, rules: RuleSet, configuration: Configuration, tables: DataTables, asOf: CalendarDate,
        history: HistorySource? = nil, ignores: IgnoreSource? = nil
    ) -> ScanReport {
        let parsed = ParsedRepository(input, bpfTables: tables.bpf)
        var parameters = rules.defaultParameters
        parameters.merge(configuration.parameters) { _, configured in configured }
        let base = FactBuilder(input: input, parsed: parsed, tables: tables, asOf: asOf).build(history: history, ignores: ignores)
        let active = rules.rules.filter(configuration.isEnabled)
        var notifications = input.notifications
        let findings = applySuppressions(
            to: RuleEngine.evaluate(active, on: base, parameters: parameters, levels: configuration.levels),
            input: input, configuration: configuration, asOf: asOf, notifications: &notifications
        )
        for error in parsed.goFileErrors {
            let location = SourceLocation(path: error.path, go: error.position, in: input.files[error.path] ?? [])
            notifications.append(Notification(level: .warning, message: "could not read Go file: \(error.message)", location: location))
        }
        for (path, reason) in input.unreadable {
            notifications.append(Notification(level: .warning, message: UnreadableFile.message(path: path, reason: reason), location: .file(path)))
        }
        for error in parsed.errors {
            notifications.append(Notification(level: .error, message: "could not parse \(error.kind): \(error.message)", location: error.location))
        }
        return ScanReport(
            toolVersion: PlumblineVersion.current,
            source: input.source,
            asOf: asOf,
            rules: active,
            findings: findings,
            notifications: notifications.sorted { ($0.location?.description ?? "", $0.message) < ($1.location?.description ?? "", $1.message) },
            modules: parsed.modules.map { .init(path: $0.gomod.module?.path, file: $0.file, go: $0.gomod.go?.version) },
            artifacts: ArtifactSummary.inventory(of: base),
            workspaces: parsed.workspaces.map { workspace in
                let moduleFiles = Set(parsed.modules.map(\.file))
                return .init(
                    file: workspace.file, go: workspace.gowork.go?.version,
                    moduleFiles: workspace.gowork.uses.compactMap { use in
                        RepoPath.resolve(use.diskPath, from: workspace.dir).map { RepoPath.join($0, "go.mod") }
                    }.filter(moduleFiles.contains)
                )
            }
        )
    }

    /// Marks findings accepted by `plumbline:ignore` comments or configured suppressions. Expired and unused
    /// configured suppressions, and comments without a reason, are reported so they do not rot silently.
    static func applySuppressions(
        to findings: [Finding], input: ScanInput, configuration: Configuration, asOf: CalendarDate, notifications: inout [Notification]
    ) -> [Finding] {
        var inline: [String: InlineSuppressions] = [:]
        for (path, bytes) in input.files where RepoPath.isNamed(path, "go.mod") || RepoPath.isNamed(path, "go.work") {
            let comments = InlineSuppressions(bytes: bytes, path: path)
            notifications += comments.problems
            if !comments.entries.isEmpty { inline[path] = comments }
        }
        var used = Array(repeating: false, count: configuration.suppressions.count)
        var expiredReported = Set<Int>()
        let result = findings.map { finding in
            var finding = finding
            if let suppression = inline[finding.location.path]?.suppression(for: finding) {
                finding.suppression = suppression
                return finding
            }
            for (index, configured) in configuration.suppressions.enumerated() where configured.covers(finding, base: configuration.base) {
                used[index] = true
                if configured.isExpired(asOf: asOf) {
                    if expiredReported.insert(index).inserted {
                        notifications.append(Notification(
                            level: .warning,
                            message: "the suppression of \(configured.rule) expired on \(configured.suppression.expires.map(\.description) ?? "?") (\(configured.suppression.reason)); its findings count again",
                            location: configured.suppression.location
                        ))
                    }
                    continue
                }
                finding.suppression = configured.suppression
                break
            }
            return finding
        }
        for (index, configured) in configuration.suppressions.enumerated() where !used[index] {
            notifications.append(Notification(
                level: .note,
                message: "the suppression of \(configured.rule) matched no finding; remove it if the problem is fixed",
                location: configured.suppression.location
            ))
        }
        return result
    }
}
