/// The output formats of `plumbline scan`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, sarif

    public func render(_ report: ScanReport, colour: Bool = false) -> String {
        switch self {
        case .text: TextReporter(colour: colour).render(report)
        case .json: JSONReporter.render(report)
        case .sarif: SARIFReporter.render(report)
        }
    }
}
