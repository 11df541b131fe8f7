/// GitHub-flavoured Markdown for a job summary (`$GITHUB_STEP_SUMMARY`) or a pull-request comment: the
/// findings by rule and level, every finding, the modules scanned and the eBPF and Wasm artifacts verified.
///
/// GitHub refuses a step summary over 1 MiB, so every table stops at `rowCap` rows and says how many it
/// left out, and cells are cut at `MarkdownText.cellCap` characters.
public enum JobSummaryReporter {
    public static let rowCap = 200

    public static func render(_ report: ScanReport) -> String {
        var out = "## Plumbline\n\n"
        let active = report.active
        let counts = [Level.error, .warning, .note].map { "\(report.count($0)) \($0.rawValue)\(report.count($0) == 1 ? "" : "s")" }
        out += "**\(active.count) finding\(active.count == 1 ? "" : "s")** (\(counts.joined(separator: ", "))"
        out += report.suppressedCount > 0 ? ", \(report.suppressedCount) suppressed)" : ")"
        if let base = report.baseline {
            out += "; only findings new since \(base.label) (\(report.unchangedCount) already there, \(base.fixed) fixed)"
        }
        out += " in \(report.modules.count) module\(report.modules.count == 1 ? "" : "s"), \(report.rules.count) rules, \(sourceLine(report.source)), Go support as of \(report.asOf).\n\n"

        let selection = GitHubAnnotations.select(report)
        if selection.omittedCount > 0 {
            out += "> [!NOTE]\n> \(selection.omittedCount) of them are not shown as annotations: GitHub shows \(GitHubAnnotations.perLevelCap) annotations of each level per step. They are all listed below.\n\n"
        }
        let unparsed = report.notifications.filter { $0.level == .error }
        if !unparsed.isEmpty {
            out += "> [!WARNING]\n> \(unparsed.count) file\(unparsed.count == 1 ? "" : "s") could not be scanned; see the scan notes.\n\n"
        }

        if !active.isEmpty {
            out += "### Findings by rule\n\n"
            let titles = Dictionary(report.rules.map { ($0.id, $0.title) }) { first, _ in first }
            var byRule: [String: (level: Level, count: Int)] = [:]
            for finding in active {
                let key = "\(finding.ruleID)\u{0}\(finding.level.rawValue)"
                byRule[key] = (finding.level, (byRule[key]?.count ?? 0) + 1)
            }
            let rows = byRule.map { key, value in (rule: String(key.prefix { $0 != "\u{0}" }), level: value.level, count: value.count) }
                .sorted { ($0.level, $0.count, $1.rule) > ($1.level, $1.count, $0.rule) }
            out += table(["Rule", "Level", "Findings", "Title"], rows.map { row in
                ["`\(row.rule)`", row.level.rawValue, String(row.count), titles[row.rule] ?? ""]
            })
            out += "\n<details><summary>Every finding</summary>\n\n"
            let findings = active.sorted { ($0.level, $1.location) > ($1.level, $0.location) }
            out += table(["Level", "Location", "Rule", "Message"], findings.map { finding in
                [finding.level.rawValue, "`\(finding.location)`", "`\(finding.ruleID)`", finding.message]
            })
            out += "\n</details>\n\n"
        }

        out += "### Modules scanned\n\n"
        if report.modules.isEmpty {
            out += "No go.mod in this snapshot.\n\n"
        } else {
            out += table(["go.mod", "Module", "go"], report.modules.map { module in
                ["`\(module.file)`", module.path.map { "`\($0)`" } ?? "(no module line)", module.go ?? "(none)"]
            })
            out += "\n"
        }

        let objects = report.artifacts.filter { $0.kind == .ebpf }
        if !objects.isEmpty {
            out += "### eBPF objects\n\n"
            out += table(["Object", "Programs", "Minimum kernel", "Licence"], objects.map { object in
                object.valid
                    ? ["`\(object.file)`", object.target ?? "", object.minKernel ?? "unknown", object.detail ?? "(none)"]
                    : ["`\(object.file)`", "not loadable: \(object.error ?? "invalid")", "", ""]
            })
            out += "\n"
        }
        let modules = report.artifacts.filter { $0.kind == .wasm }
        if !modules.isEmpty {
            out += "### WebAssembly modules\n\n"
            out += table(["Module", "Target", "Built by", "Size"], modules.map { module in
                module.valid
                    ? ["`\(module.file)`", module.target ?? "unknown", module.detail ?? "", module.size.map(byteCount) ?? ""]
                    : ["`\(module.file)`", "invalid: \(module.error ?? "")", "", ""]
            })
            out += "\n"
        }

        if !report.notifications.isEmpty {
            out += "### Scan notes\n\n"
            out += table(["Level", "Location", "Note"], report.notifications.map { note in
                [note.level.rawValue, note.location.map { "`\($0)`" } ?? "", note.message]
            })
            out += "\n"
        }
        return out
    }

    private static func sourceLine(_ source: SourceInfo) -> String {
        switch source.kind {
        case .index: "the staged index"
        case .revision: "revision `\(source.revision ?? "?")`" + (source.headCommit.map { " (`\($0.prefix(12))`)" } ?? "")
        case .workingTree: "the working tree" + (source.headCommit.map { " at `\($0.prefix(12))`" } ?? "")
        case .directory: "a directory"
        }
    }

    private static func table(_ header: [String], _ rows: [[String]]) -> String {
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + String(repeating: " --- |", count: header.count) + "\n"
        for row in rows.prefix(rowCap) { out += "| " + row.map(MarkdownText.cell).joined(separator: " | ") + " |\n" }
        if rows.count > rowCap { out += "\n… and \(rows.count - rowCap) more rows, left out to keep the summary under GitHub's size limit.\n" }
        return out
    }

    private static func byteCount(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return "\((bytes * 10 / 1024 + 5) / 10) KiB" }
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MiB"
    }
}
