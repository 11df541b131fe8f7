/// GitHub Actions workflow commands (`::error file=…,line=…::message`), which the runner turns into
/// annotations on the run and on pull-request diffs.
///
/// GitHub shows at most ten annotations of each level per step (and fifty per job) and drops the rest
/// without a word, so the most severe are written first and what does not fit is counted on the last line
/// and in the job summary, where every finding is listed.
public enum GitHubAnnotations {
    /// Annotations of one level GitHub shows per step.
    public static let perLevelCap = 10

    /// One annotation to write: a finding, or a scan note (a file that could not be parsed, an expired
    /// suppression, a file that could not be read).
    public struct Annotation: Sendable, Equatable {
        public let level: Level
        public let title: String
        public let message: String
        public let location: SourceLocation?
    }

    /// What fits under the caps, most severe first, and how many of each level do not.
    public struct Selection: Sendable, Equatable {
        public let shown: [Annotation]
        public let omitted: [Level: Int]

        public var omittedCount: Int { omitted.values.reduce(0, +) }
    }

    public static func select(_ report: ScanReport) -> Selection {
        let titles = Dictionary(report.rules.map { ($0.id, $0.title) }) { first, _ in first }
        // A note on the line of a finding of its level says the same thing twice (an unparsable go.mod is
        // both a note and PLB-SC-019): the finding, which names its rule, stands for both.
        let findingPlaces = Set(report.active.map { "\($0.level.rawValue) \($0.location.path):\($0.location.line)" })
        // Scan notes come first within their level: an unparsed file hides every fact it holds.
        let notes = report.notifications.filter { note in
            guard let location = note.location else { return true }
            return !findingPlaces.contains("\(note.level.rawValue) \(location.path):\(location.line)")
        }.map { note in
            Annotation(
                level: note.level, title: note.level == .error ? "Plumbline could not scan this file" : "Plumbline",
                message: note.message, location: note.location
            )
        }
        let findings = report.active.sorted(by: Finding.reportingOrder).map { finding in
            Annotation(
                level: finding.level,
                title: titles[finding.ruleID].map { "\(finding.ruleID): \($0)" } ?? finding.ruleID,
                message: finding.message, location: finding.location
            )
        }
        var shown: [Annotation] = []
        var omitted: [Level: Int] = [:]
        for level in Level.allCases.sorted(by: >) {
            let candidates = (notes + findings).filter { $0.level == level }
            shown += candidates.prefix(perLevelCap)
            if candidates.count > perLevelCap { omitted[level] = candidates.count - perLevelCap }
        }
        return Selection(shown: shown, omitted: omitted)
    }

    public static func render(_ report: ScanReport) -> String {
        let selection = select(report)
        var out = ""
        for annotation in selection.shown {
            var properties: [String] = []
            if let location = annotation.location {
                properties.append("file=\(escapeProperty(location.path))")
                properties.append("line=\(location.line)")
                if let endLine = location.endLine { properties.append("endLine=\(endLine)") }
                // GitHub reads col/endColumn only for single-line annotations.
                if location.endLine == nil || location.endLine == location.line {
                    properties.append("col=\(location.column)")
                    if let endColumn = location.endColumn { properties.append("endColumn=\(endColumn)") }
                }
            }
            properties.append("title=\(escapeProperty(annotation.title))")
            out += "::\(command(for: annotation.level)) \(properties.joined(separator: ","))::\(escapeData(annotation.message))\n"
        }
        out += "Plumbline: " + TextReporter(colour: false).summary(report) + "\n"
        if selection.omittedCount > 0 {
            let parts = Level.allCases.sorted(by: >).compactMap { level in
                selection.omitted[level].map { "\($0) \(level.rawValue)\($0 == 1 ? "" : "s")" }
            }
            out += "Plumbline: \(selection.omittedCount) more not annotated (\(parts.joined(separator: ", "))): GitHub shows \(perLevelCap) annotations of each level per step. The job summary and the SARIF report list them all.\n"
        }
        return out
    }

    static func command(for level: Level) -> String {
        switch level {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    /// The escaping the Actions runner undoes in a command's message.
    static func escapeData(_ text: String) -> String { escape(text, separators: false) }

    /// Property values also escape the characters that separate properties.
    static func escapeProperty(_ text: String) -> String { escape(text, separators: true) }

    private static func escape(_ text: String, separators: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where separators: out += "%3A"
            case "," where separators: out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
