/// SARIF 2.1.0 for GitHub code scanning: one run, full rule metadata, results at the exact line with our
/// own version-free fingerprint, provenance, and notifications for files that could not be parsed.
/// Deterministic: no timestamps, no absolute paths, stable order.
public enum SARIFReporter {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    static let baseID = "%SRCROOT%"

    /// With `omitSuppressed`, suppressed findings are left out (and counted in a notification): GitHub code
    /// scanning ignores SARIF `suppressions` and would open an alert for each of them.
    /// GitHub code scanning rejects a whole file whose run has more results than this.
    public static let maxResults = 25_000

    /// Beyond `maxResults` results, the most severe are kept and the rest counted in a notification.
    public static func render(
        _ report: ScanReport, category: String = "plumbline", omitSuppressed: Bool = false, maxResults: Int = maxResults
    ) -> String {
        let ruleIndex = Dictionary(uniqueKeysWithValues: report.rules.enumerated().map { ($1.id, $0) })
        var run: [(String, JSONValue)] = [
            ("tool", .object([("driver", .object([
                ("name", .string("Plumbline")),
                ("semanticVersion", .string(report.toolVersion)),
                ("version", .string(report.toolVersion)),
                ("rules", .array(report.rules.map(descriptor))),
            ]))])),
            ("automationDetails", .object([("id", .string(category.hasSuffix("/") ? category : category + "/"))])),
            ("originalUriBaseIds", .object([(baseID, .object([
                ("description", .object([("text", .string("The root of the scanned repository."))])),
            ]))])),
            ("columnKind", .string("unicodeCodePoints")),
        ]
        if let url = report.source.originURL {
            var details: [(String, JSONValue)] = [("repositoryUri", .string(url))]
            if let commit = report.source.headCommit { details.append(("revisionId", .string(commit))) }
            if let branch = report.source.branch { details.append(("branch", .string(branch))) }
            details.append(("mappedTo", .object([("uriBaseId", .string(baseID))])))
            run.append(("versionControlProvenance", .array([.object(details)])))
        }
        // Code scanning only accepts results in files of the repository; findings about build outputs given
        // with --artifacts from outside it become notifications, so nothing is dropped.
        let findings = omitSuppressed ? report.findings.filter { $0.suppression == nil } : report.findings
        let outside = findings.filter { $0.location.path.hasPrefix("/") }
        var inRepository = findings.filter { !$0.location.path.hasPrefix("/") }
        var overflow: Notification?
        if inRepository.count > maxResults {
            let kept = inRepository.sorted { ($0.level, $1.location) > ($1.level, $0.location) }.prefix(maxResults)
            let keptFingerprints = Set(kept.map(\.fingerprint))
            inRepository = inRepository.filter { keptFingerprints.contains($0.fingerprint) }
            overflow = Notification(level: .warning, message: "\(findings.count - outside.count - inRepository.count) less severe findings are left out: GitHub code scanning accepts at most \(maxResults) results per run. The JSON report lists them all.")
        }
        var outsideNotes = outside.map { finding in
            Notification(level: finding.level, message: "\(finding.location.path): \(finding.message) [\(finding.ruleID)]")
        }
        if let overflow { outsideNotes.append(overflow) }
        if omitSuppressed && report.suppressedCount > 0 {
            outsideNotes.append(Notification(level: .note, message: "\(report.suppressedCount) suppressed finding\(report.suppressedCount == 1 ? " is" : "s are") left out of this file (--omit-suppressed)"))
        }
        run.append(("invocations", .array([.object([
            ("executionSuccessful", .bool(true)),
            ("toolExecutionNotifications", .array((report.notifications + outsideNotes).map(notification))),
            ("properties", .object(invocationProperties(report))),
        ])])))
        run.append(("results", .array(inRepository.map { finding in
            var fields: [(String, JSONValue)] = [
                ("ruleId", .string(finding.ruleID)),
                ("ruleIndex", .int(ruleIndex[finding.ruleID] ?? -1)),
                ("level", .string(finding.level.rawValue)),
                ("message", .object([("text", .string(finding.message))])),
                ("locations", .array([.object([("physicalLocation", physicalLocation(finding.location))])])),
                ("partialFingerprints", .object([(Fingerprint.sarifKey, .string(finding.fingerprint))])),
                // Present on every result: SARIF says that once one result carries suppressions, all must.
                ("suppressions", .array(finding.suppression.map { [suppression($0)] } ?? [])),
            ]
            if let state = finding.baselineState { fields.append(("baselineState", .string(state.rawValue))) }
            return .object(fields)
        })))
        return JSONValue.object([
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ]).serialized()
    }

    static func descriptor(_ rule: Rule) -> JSONValue {
        var tags = [rule.category.rawValue] + rule.tags.filter { $0 != rule.category.rawValue }
        tags = Array(tags.prefix(20))
        var properties: [(String, JSONValue)] = [
            ("tags", .array(tags.map(JSONValue.string))),
            ("precision", .string("high")),
            ("problem.severity", .string(rule.level == .note ? "recommendation" : rule.level.rawValue)),
            ("category", .string(rule.category.rawValue)),
        ]
        if let remediation = rule.remediation {
            var fields: [(String, JSONValue)] = []
            if let phase = remediation.phase { fields.append(("phase", .string(phase))) }
            if let effort = remediation.effort { fields.append(("effort", .string(effort.rawValue))) }
            if !remediation.after.isEmpty { fields.append(("after", .array(remediation.after.map(JSONValue.string)))) }
            properties.append(("remediation", .object(fields)))
        }
        var fields: [(String, JSONValue)] = [
            ("id", .string(rule.id)),
            ("name", .string(pascalCase(rule.title))),
            ("shortDescription", .object([("text", .string(truncated(rule.title)))])),
            ("fullDescription", .object([("text", .string(truncated(firstParagraph(rule.help))))])),
            ("help", .object([("text", .string(rule.help)), ("markdown", .string(rule.help))])),
            ("defaultConfiguration", .object([("level", .string(rule.level.rawValue))])),
        ]
        if let uri = rule.helpURI { fields.insert(("helpUri", .string(uri)), at: 5) }
        fields.append(("properties", .object(properties)))
        return .object(fields)
    }

    static func physicalLocation(_ location: SourceLocation) -> JSONValue {
        var region: [(String, JSONValue)] = [("startLine", .int(location.line)), ("startColumn", .int(location.column))]
        if let endLine = location.endLine { region.append(("endLine", .int(endLine))) }
        if let endColumn = location.endColumn { region.append(("endColumn", .int(endColumn))) }
        return .object([
            ("artifactLocation", .object([("uri", .string(percentEncoded(location.path))), ("uriBaseId", .string(baseID))])),
            ("region", .object(region)),
        ])
    }

    static func invocationProperties(_ report: ScanReport) -> [(String, JSONValue)] {
        var properties: [(String, JSONValue)] = [("source", .string(report.source.kind.rawValue)), ("asOf", .string(report.asOf.description))]
        if let baseline = report.baseline {
            properties.append(("baseline", .object([("label", .string(baseline.label)), ("fixed", .int(baseline.fixed))])))
        }
        return properties
    }

    static func suppression(_ suppression: Suppression) -> JSONValue {
        var properties: [(String, JSONValue)] = []
        if let owner = suppression.owner { properties.append(("owner", .string(owner))) }
        if let expires = suppression.expires { properties.append(("expires", .string(expires.description))) }
        var fields: [(String, JSONValue)] = [
            ("kind", .string(suppression.kind.rawValue)),
            ("status", .string("accepted")),
            ("justification", .string(suppression.reason)),
        ]
        // A comment's place is in the repository; a configuration file given with --config may not be.
        if suppression.kind == .inSource {
            fields.append(("location", .object([("physicalLocation", physicalLocation(suppression.location))])))
        }
        if !properties.isEmpty { fields.append(("properties", .object(properties))) }
        return .object(fields)
    }

    static func notification(_ note: Notification) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("level", .string(note.level.rawValue)),
            ("message", .object([("text", .string(note.message))])),
        ]
        if let location = note.location {
            fields.append(("locations", .array([.object([("physicalLocation", physicalLocation(location))])])))
        }
        return .object(fields)
    }

    /// A relative URI reference: unreserved characters and `/` stay, everything else is %-encoded.
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(UnicodeScalar(byte))
            if c.isASCII && (c.isLetter || c.isNumber || "-._~/".contains(c)) {
                out.append(c)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    static func firstParagraph(_ markdown: String) -> String {
        let paragraph = markdown.components(separatedBy: "\n\n").first ?? markdown
        return paragraph.split(separator: "\n").joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    static func truncated(_ text: String) -> String {
        text.count <= 1024 ? text : String(text.prefix(1021)) + "..."
    }

    static func pascalCase(_ title: String) -> String {
        let words = title.split { !$0.isLetter && !$0.isNumber }
        return String(words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined().prefix(255))
    }
}

import Foundation
