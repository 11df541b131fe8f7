/// Snapshot → facts → rules → findings, for one scan.
public enum Scanner {
    public static func run(
        _ input: ScanInput, rules: RuleSet, configuration: Configuration, releases: GoReleaseTable, asOf: String
    ) -> ScanReport {
        let parsed = ParsedRepository(input)
        let base = FactBuilder(input: input, parsed: parsed, releases: releases, asOf: asOf).build()
        let active = rules.rules.filter(configuration.isEnabled)
        var parameters = rules.defaultParameters
        parameters.merge(configuration.parameters) { _, configured in configured }
        let findings = RuleEngine.evaluate(active, on: base, parameters: parameters, levels: configuration.levels)
            .filter { !configuration.isExcluded($0.location.path) }
        var notifications = input.notifications
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
            modules: parsed.modules.map { .init(path: $0.gomod.module?.path, file: $0.file, go: $0.gomod.go?.version) }
        )
    }
}
