/// `name=value` lines of the scan's counts, in the form `$GITHUB_OUTPUT` and other CI step outputs take.
public enum CountsReporter {
    public static func render(_ report: ScanReport) -> String {
        let values: [(String, Int)] = [
            ("findings", report.active.count),
            ("errors", report.count(.error)),
            ("warnings", report.count(.warning)),
            ("notes", report.count(.note)),
            ("suppressed", report.suppressedCount),
            ("unchanged", report.unchangedCount),
            ("unparsed", report.notifications.filter { $0.level == .error }.count),
            ("modules", report.modules.count),
            ("artifacts", report.artifacts.count),
        ]
        return values.map { "\($0.0)=\($0.1)\n" }.joined()
    }
}
