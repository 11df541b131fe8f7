/// GitLab's Code Quality report (a subset of the Code Climate issue format), for
/// `artifacts: reports: codequality:` in `.gitlab-ci.yml`: the merge-request widget shows what a branch
/// adds or fixes. Suppressed findings are left out: the format has no way to mark them.
public enum CodeQualityReporter {
    public static func render(_ report: ScanReport) -> String {
        JSONValue.array(report.findings.filter { $0.suppression == nil }.map { finding in
            .object([
                ("description", .string("\(finding.message) [\(finding.ruleID)]")),
                ("check_name", .string(finding.ruleID)),
                // GitLab shows only the first issue of a fingerprint; Plumbline's are unique per finding.
                ("fingerprint", .string(finding.fingerprint)),
                ("severity", .string(severity(finding.level))),
                ("location", .object([
                    ("path", .string(finding.location.path)),
                    ("lines", .object([("begin", .int(finding.location.line))])),
                ])),
            ])
        }).serialized()
    }

    /// GitLab's scale is info, minor, major, critical, blocker; blocker is left for gates of its own.
    static func severity(_ level: Level) -> String {
        switch level {
        case .error: "critical"
        case .warning: "major"
        case .note: "minor"
        }
    }
}
