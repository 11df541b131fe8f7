import Foundation
import Plumbline
import Testing

/// The formats the GitHub Action writes: workflow-command annotations within GitHub's caps, the Markdown
/// job summary and the name=value step outputs.
@Suite("GitHub reporters")
struct GitHubReporterTests {
    /// Fourteen modules that require a module and have no go.sum: fourteen errors, four over the cap.
    static let crowded: ScanReport = {
        var files: [String: String] = [:]
        let requirement = "\n\ngo 1.26.0\n\nrequire golang.org/x/text v0.14.0\n"
        for index in 1...13 { files["m\(index)/go.mod"] = "module example.com/m\(index)" + requirement }
        files["0dd, name: 100%/go.mod"] = "module example.com/odd" + requirement
        files["pipe|dir/go.mod"] = "module example.com/pipe\n\ngo 1.26.0\n"
        return Support.scan(files)
    }()

    @Test func annotationsStopAtTheCapMostSevereFirst() {
        let report = Self.crowded
        let errors = report.count(.error)
        #expect(errors == 14)
        let lines = GitHubAnnotations.render(report).split(separator: "\n").map(String.init)
        let commands = lines.filter { $0.hasPrefix("::") }
        #expect(commands.filter { $0.hasPrefix("::error ") }.count == GitHubAnnotations.perLevelCap)
        let firstNonError = commands.firstIndex { !$0.hasPrefix("::error ") } ?? commands.count
        #expect(commands[..<firstNonError].count == GitHubAnnotations.perLevelCap)
        #expect(lines.contains { $0.hasPrefix("Plumbline: \(errors - GitHubAnnotations.perLevelCap) more not annotated (\(errors - GitHubAnnotations.perLevelCap) errors)") })
        let selection = GitHubAnnotations.select(report)
        #expect(selection.omitted[.error] == errors - GitHubAnnotations.perLevelCap)
    }

    @Test func annotationPropertiesAndMessagesAreEscaped() throws {
        let text = GitHubAnnotations.render(Self.crowded)
        let odd = try #require(text.split(separator: "\n").first { $0.contains("file=0dd%2C name%3A 100%25/go.mod,") })
        #expect(odd.hasPrefix("::error file=0dd%2C name%3A 100%25/go.mod,line=1,col=1"))
        #expect(odd.contains(",title=PLB-SC-001%3A "))
        // In the message only %, CR and LF are escaped; colons and commas stay.
        #expect(odd.contains("::example.com/odd requires 1 module(s) but has no go.sum beside 0dd, name: 100%25/go.mod; the go command"))
        #expect(!text.contains("\r"))
    }

    /// An unparsable go.mod is one annotation: PLB-SC-019's, not also the scan note on the same line. With
    /// that rule turned off, the note is annotated, first among the errors.
    @Test func unparsedFilesAreAnnotatedOnceAndFirst() {
        let files = ["bad/go.mod": "module example.com/bad\n\ngo 1.22\ngo 1.23\n", "ok/go.mod": "module example.com/ok\n\nrequire golang.org/x/text v0.14.0\n"]
        let lines = GitHubAnnotations.render(Support.scan(files)).split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("::error file=bad/go.mod,line=4,") }.count == 1)
        #expect(lines.contains { $0.hasPrefix("::error file=bad/go.mod,line=4,") && $0.contains("title=PLB-SC-019%3A ") })
        var configuration = Configuration()
        configuration.disabledRules = ["PLB-SC-019"]
        let first = GitHubAnnotations.render(Support.scan(files, configuration: configuration)).split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("::error file=bad/go.mod,line=4,"))
        #expect(first.contains("title=Plumbline could not scan this file::"))
    }

    /// Warnings and notes of the scan itself (an expired suppression, a symbolic link not followed) are
    /// annotated too; they used to appear only in the text report.
    @Test func scanNotesOfEveryLevelAreAnnotated() {
        let report = Support.scan(["go.mod": "module example.com/m\n\ngo 1.26\n\nrequire golang.org/x/text v0.14.0 // plumbline:ignore PLB-SC-009\n"])
        let notes = report.notifications.filter { $0.level != .error }
        #expect(!notes.isEmpty)
        let text = GitHubAnnotations.render(report)
        for note in notes {
            #expect(text.contains("title=Plumbline::\(note.message)"))
        }
    }

    @Test func jobSummaryTablesAndTheAnnotationNote() {
        let summary = JobSummaryReporter.render(Self.crowded)
        #expect(summary.hasPrefix("## Plumbline\n\n**14 findings** (14 errors, 0 warnings, 0 notes) in 15 modules"))
        #expect(summary.contains("> 4 of them are not shown as annotations: GitHub shows 10 annotations of each level per step."))
        #expect(summary.contains("| `PLB-SC-001` | error | 14 | Module has requirements but no go.sum |"))
        #expect(summary.contains("| `pipe\\|dir/go.mod` | `example.com/pipe` | 1.26.0 |"))
        #expect(!summary.contains("### eBPF objects"))
    }

    @Test func jobSummaryTablesStopAtTheRowCap() {
        var files: [String: String] = [:]
        for index in 0..<(JobSummaryReporter.rowCap + 7) { files["m\(index)/go.mod"] = "module example.com/m\(index)\n\ngo 1.26.0\n" }
        let summary = JobSummaryReporter.render(Support.scan(files))
        #expect(summary.contains("… and 7 more rows, left out to keep the summary under GitHub's size limit."))
        #expect(summary.split(separator: "\n").filter { $0.hasPrefix("| `m") }.count == JobSummaryReporter.rowCap)
    }

    @Test func countsAreStepOutputs() {
        let lines = CountsReporter.render(Self.crowded).split(separator: "\n").map(String.init)
        #expect(lines == ["findings=14", "errors=14", "warnings=0", "notes=0", "suppressed=0", "unchanged=0", "unparsed=0", "modules=15", "artifacts=0"])
    }
}
