import ArgumentParser
import Foundation
import Plumbline

extension ReportFormat: ExpressibleByArgument {}
extension FailOn: ExpressibleByArgument {}

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Scan a Go repository: the working tree (default), the index (--staged) or a revision (--rev)."
    )

    @Option(help: "Output format: text, json, sarif, github (Actions annotations), markdown (job summary), counts (name=value lines), roadmap (the upgrade roadmap in Markdown) or gitlab (GitLab Code Quality).")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Write the report to FILE instead of stdout.", valueName: "FILE"))
    var output: String?

    @Option(name: .customLong("report"), help: ArgumentHelp("Also write FORMAT to FILE, from the same scan; repeatable (--report sarif=plumbline.sarif --report markdown=summary.md).", valueName: "FORMAT=FILE"))
    var extraReports: [String] = []

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Exit 1 when a finding is at or above this level: error, warning, note or never (default: the config's fail_on, else error).", valueName: "LEVEL"))
    var failOn: FailOn?

    @Option(help: ArgumentHelp("SARIF automationDetails category (distinguishes several Plumbline runs on one repository).", valueName: "NAME"))
    var category: String = "plumbline"

    @Flag(name: .customLong("omit-suppressed"), help: "Leave suppressed findings out of SARIF. GitHub code scanning ignores SARIF suppressions and would open alerts for them.")
    var omitSuppressed = false

    @Flag(name: .customLong("no-color"), help: "Never colour text output.")
    var noColor = false

    @OptionGroup var options: ScanOptions

    func validate() throws {
        for request in extraReports { _ = try Self.parseReport(request) }
    }

    func run() throws {
        let outcome = try Scanner.scan(options.request())
        let report = outcome.report
        let reportFormat = format
        for request in extraReports {
            let (extraFormat, file) = try Self.parseReport(request)
            try OutputFile.write(extraFormat.render(report, category: category, omitSuppressed: omitSuppressed), to: file)
        }
        let text = reportFormat.render(report, colour: reportFormat == .text && output == nil && useColour(), category: category, omitSuppressed: omitSuppressed)
        if let output {
            try OutputFile.write(text, to: output)
            if reportFormat != .text { printError(TextReporter(colour: false).summary(report)) }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if report.exitCode(failOn: failOn ?? outcome.configuration.failOn ?? .error) != 0 {
            throw FindingsAtThreshold()
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

    private func useColour() -> Bool {
        !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) != 0
    }
}
