/// The output formats of `plumbline scan`.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// For people: findings by file.
    case text
    /// For machines (docs/json-output.md).
    case json
    /// SARIF 2.1.0 for GitHub code scanning and other SARIF consumers.
    case sarif
    /// GitHub Actions workflow commands: annotations, most severe first, within GitHub's caps.
    case github
    /// Markdown for a GitHub job summary.
    case markdown
    /// `name=value` counts for CI step outputs.
    case counts
    /// The upgrade roadmap in Markdown, as `plumbline roadmap --format markdown` prints it.
    case roadmap
    /// GitLab's Code Quality report (`artifacts: reports: codequality:`).
    case gitlab

    public func render(_ report: ScanReport, colour: Bool = false, category: String = "plumbline", omitSuppressed: Bool = false) -> String {
        switch self {
        case .text: TextReporter(colour: colour).render(report)
        case .json: JSONReporter.render(report)
        case .sarif: SARIFReporter.render(report, category: category, omitSuppressed: omitSuppressed)
        case .github: GitHubAnnotations.render(report)
        case .markdown: JobSummaryReporter.render(report)
        case .counts: CountsReporter.render(report)
        case .roadmap: RoadmapReporter.render(RoadmapPlanner.plan(report), as: .markdown)
        case .gitlab: CodeQualityReporter.render(report)
        }
    }
}
