/// For people: findings grouped by file, one line each, then a one-line summary. Colour only when asked
/// (the CLI asks when stdout is a terminal and NO_COLOR is unset).
public struct TextReporter: Sendable {
    public let colour: Bool

    public init(colour: Bool) { self.colour = colour }

    public func render(_ report: ScanReport) -> String {
        var out = ""
        var currentFile: String?
        for finding in report.active {
            if finding.location.path != currentFile {
                if currentFile != nil { out += "\n" }
                currentFile = finding.location.path
                out += paint(finding.location.path, "1") + "\n"
            }
            let place = "\(finding.location.line):\(finding.location.column)"
            out += "  \(place)  \(paint(finding.level.rawValue, code(for: finding.level)))  \(finding.message)  \(paint("[\(finding.ruleID)]", "2"))\n"
        }
        if !report.notifications.isEmpty {
            if !report.active.isEmpty { out += "\n" }
            out += paint("Scan notes", "1") + "\n"
            for notification in report.notifications { out += "  \(notification.description)\n" }
        }
        if !out.isEmpty { out += "\n" }
        out += summary(report) + "\n"
        return out
    }

    public func summary(_ report: ScanReport) -> String {
        let counts = [Level.error, .warning, .note].map { "\(report.count($0)) \($0.rawValue)\(report.count($0) == 1 ? "" : "s")" }
        let modules = "\(report.modules.count) module\(report.modules.count == 1 ? "" : "s")"
        let unparsed = report.notifications.filter { $0.level == .error }.count
        let problems = unparsed > 0 ? ", \(unparsed) file\(unparsed == 1 ? "" : "s") not parsed" : ""
        let active = report.active.count
        let suppressed = report.suppressedCount > 0 ? ", \(report.suppressedCount) suppressed" : ""
        var baseline = ""
        if let base = report.baseline {
            baseline = "; \(report.unchangedCount) more already in \(base.label), \(base.fixed) fixed since"
        }
        return "\(active) \(report.baseline == nil ? "" : "new ")finding\(active == 1 ? "" : "s") (\(counts.joined(separator: ", "))\(suppressed)) in \(modules), \(report.rules.count) rules\(problems)\(baseline)"
    }

    private func code(for level: Level) -> String {
        switch level {
        case .error: "31"
        case .warning: "33"
        case .note: "36"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
