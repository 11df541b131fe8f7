/// Prints a `Roadmap` for people (text), for issues and job summaries (markdown) and for machines (json).
public enum RoadmapReporter {
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, json
    }

    public static func render(_ roadmap: Roadmap, as format: Format) -> String {
        switch format {
        case .text: text(roadmap)
        case .markdown: markdown(roadmap)
        case .json: json(roadmap)
        }
    }

    static func headline(_ roadmap: Roadmap) -> String {
        let planned = roadmap.steps.reduce(0) { $0 + $1.findings.count }
        let steps = roadmap.steps.count
        let phases = roadmap.phases.count
        return "\(steps) step\(steps == 1 ? "" : "s") in \(phases) phase\(phases == 1 ? "" : "s") resolve \(planned) of \(roadmap.report.active.count) findings"
    }

    static func effortSummary(_ phase: Roadmap.Phase) -> String {
        (Effort.allCases.map(\.rawValue) + ["unknown"]).compactMap { name in
            phase.effort[name].map { "\($0) \(name)" }
        }.joined(separator: ", ")
    }

    static func text(_ roadmap: Roadmap) -> String {
        var out = "Upgrade roadmap: \(headline(roadmap)) (as of \(roadmap.report.asOf))\n"
        var current: String?
        var headed = Set<String>()
        for step in roadmap.steps {
            if step.phase != current {
                current = step.phase
                // A step that waits for a later phase's step sits after it: its phase resumes there.
                if !headed.insert(step.phase).inserted {
                    out += "\n\(step.phase), continued (after the steps it waits for):\n"
                } else if let phase = roadmap.phases.first(where: { $0.name == step.phase }) {
                    out += "\n\(phase.name): \(phase.steps) step\(phase.steps == 1 ? "" : "s") (\(effortSummary(phase)))\n"
                }
            }
            out += "  \(step.number). \(step.action)\n"
            for reason in step.reasons { out += "       - \(reason)\n" }
            var details = ["\(step.level.rawValue)", step.effort.map { "effort \($0.rawValue)" } ?? "effort unknown"]
            if let module = step.module { details.append(module) }
            details.append(step.rules.joined(separator: ", "))
            if step.findings.count > 1 { details.append("\(step.findings.count) findings") }
            if !step.after.isEmpty { details.append("after \(step.after.map { "\($0)" }.joined(separator: ", "))") }
            out += "     " + details.joined(separator: " · ") + "\n"
        }
        if !roadmap.unplanned.isEmpty {
            out += "\nNot planned (the rules give no action):\n"
            for finding in roadmap.unplanned { out += "  \(finding.location)  \(finding.message)  [\(finding.ruleID)]\n" }
        }
        return out
    }

    static func markdown(_ roadmap: Roadmap) -> String {
        var out = "## Upgrade roadmap\n\n\(headline(roadmap)), as of \(roadmap.report.asOf).\n\n"
        if !roadmap.phases.isEmpty {
            out += "| Phase | Steps | Findings | Effort |\n| --- | --- | --- | --- |\n"
            for phase in roadmap.phases { out += "| \(phase.name) | \(phase.steps) | \(phase.findings) | \(effortSummary(phase)) |\n" }
            out += "\n"
        }
        var current: String?
        var headed = Set<String>()
        // GitHub refuses a job summary over 1 MiB; the JSON and text forms carry every step.
        for step in roadmap.steps.prefix(JobSummaryReporter.rowCap) {
            if step.phase != current {
                if current != nil { out += "\n" }
                current = step.phase
                let title = headed.insert(step.phase).inserted ? step.phase : "\(step.phase), continued"
                out += "### \(title)\n\n| # | Step | Level | Effort | Module | Resolves | After |\n| --- | --- | --- | --- | --- | --- | --- |\n"
            }
            let resolves = step.rules.map { "`\($0)`" }.joined(separator: ", ") + (step.findings.count > 1 ? " (\(step.findings.count) findings)" : "")
            let cells = [
                "\(step.number)", MarkdownText.cell(([step.action] + step.reasons.map { "· " + $0 }).joined(separator: " ")), step.level.rawValue, step.effort?.rawValue ?? "",
                step.module.map { "`\(MarkdownText.cell($0))`" } ?? "", resolves, step.after.map { "\($0)" }.joined(separator: ", "),
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        if roadmap.steps.count > JobSummaryReporter.rowCap {
            out += "\n… and \(roadmap.steps.count - JobSummaryReporter.rowCap) more steps; `plumbline roadmap --format json` lists them all.\n"
        }
        if !roadmap.unplanned.isEmpty {
            out += "\n### Not planned\n\nThese findings' rules give no action:\n\n"
            for finding in roadmap.unplanned.prefix(JobSummaryReporter.rowCap) {
                out += "- `\(finding.location)` \(MarkdownText.cell(finding.message)) (`\(finding.ruleID)`)\n"
            }
        }
        return out
    }

    static func json(_ roadmap: Roadmap) -> String {
        func location(_ finding: Finding) -> JSONValue {
            .object([
                ("rule", .string(finding.ruleID)), ("file", .string(finding.location.path)),
                ("line", .int(finding.location.line)), ("column", .int(finding.location.column)),
                ("fingerprint", .string(finding.fingerprint)),
            ])
        }
        return JSONValue.object([
            ("schema_version", .int(1)),
            ("as_of", .string(roadmap.report.asOf.description)),
            ("phases", .array(roadmap.phases.map { phase in
                .object([
                    ("name", .string(phase.name)), ("steps", .int(phase.steps)), ("findings", .int(phase.findings)),
                    ("effort", .object(phase.effort.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
                ])
            })),
            ("steps", .array(roadmap.steps.map { step in
                .object([
                    ("number", .int(step.number)), ("action", .string(step.action)),
                    ("reasons", .array(step.reasons.map(JSONValue.string))), ("phase", .string(step.phase)),
                    ("level", .string(step.level.rawValue)), ("effort", .optional(step.effort?.rawValue)),
                    ("module", .optional(step.module)), ("rules", .array(step.rules.map(JSONValue.string))),
                    ("after", .array(step.after.map(JSONValue.int))), ("findings", .array(step.findings.map(location))),
                ])
            })),
            ("unplanned", .array(roadmap.unplanned.map(location))),
        ]).serialized()
    }
}
