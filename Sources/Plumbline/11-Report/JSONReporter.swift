/// For machines. The schema is documented in docs/json-output.md; `schema_version` changes when a field
/// is removed or changes meaning.
public enum JSONReporter {
    public static let schemaVersion = 1

    public static func render(_ report: ScanReport) -> String {
        JSONValue.object([
            ("schema_version", .int(schemaVersion)),
            ("tool", .object([("name", .string("plumbline")), ("version", .string(report.toolVersion))])),
            ("source", .object([
                ("kind", .string(report.source.kind.rawValue)),
                ("revision", .optional(report.source.revision)),
                ("commit", .optional(report.source.headCommit)),
                ("branch", .optional(report.source.branch)),
                ("origin_url", .optional(report.source.originURL)),
            ])),
            ("as_of", .string(report.asOf.description)),
            ("baseline", report.baseline.map { baseline in
                .object([("label", .string(baseline.label)), ("fixed", .int(baseline.fixed))])
            } ?? .null),
            ("summary", .object([
                ("findings", .int(report.active.count)),
                ("error", .int(report.count(.error))),
                ("warning", .int(report.count(.warning))),
                ("note", .int(report.count(.note))),
                ("suppressed", .int(report.suppressedCount)),
                ("unchanged", .int(report.unchangedCount)),
                ("modules", .int(report.modules.count)),
                ("rules", .int(report.rules.count)),
            ])),
            ("modules", .array(report.modules.map { module in
                .object([("path", .optional(module.path)), ("file", .string(module.file)), ("go", .optional(module.go))])
            })),
            ("workspaces", .array(report.workspaces.map { workspace in
                .object([
                    ("file", .string(workspace.file)), ("go", .optional(workspace.go)),
                    ("modules", .array(workspace.moduleFiles.map(JSONValue.string))),
                ])
            })),
            ("artifacts", .array(report.artifacts.map { artifact in
                .object([
                    ("kind", .string(artifact.kind.rawValue)),
                    ("file", .string(artifact.file)),
                    ("valid", .bool(artifact.valid)),
                    ("error", .optional(artifact.error)),
                    ("target", .optional(artifact.target)),
                    ("min_kernel", .optional(artifact.minKernel)),
                    ("detail", .optional(artifact.detail)),
                    ("size", artifact.size.map { .int($0) } ?? .null),
                ])
            })),
            ("findings", .array(report.findings.map { finding in
                .object([
                    ("rule", .string(finding.ruleID)),
                    ("level", .string(finding.level.rawValue)),
                    ("message", .string(finding.message)),
                    ("file", .string(finding.location.path)),
                    ("line", .int(finding.location.line)),
                    ("column", .int(finding.location.column)),
                    ("fingerprint", .string(finding.fingerprint)),
                    ("baseline_state", .optional(finding.baselineState?.rawValue)),
                    ("suppression", finding.suppression.map { suppression in
                        .object([
                            ("kind", .string(suppression.kind == .inSource ? "inline" : "config")),
                            ("reason", .string(suppression.reason)),
                            ("owner", .optional(suppression.owner)),
                            ("expires", .optional(suppression.expires?.description)),
                            ("file", .string(suppression.location.path)),
                            ("line", .int(suppression.location.line)),
                        ])
                    } ?? .null),
                ])
            })),
            ("notifications", .array(report.notifications.map { note in
                .object([
                    ("level", .string(note.level.rawValue)),
                    ("message", .string(note.message)),
                    ("file", .optional(note.location?.path)),
                    ("line", note.location.map { .int($0.line) } ?? .null),
                    ("column", note.location.map { .int($0.column) } ?? .null),
                ])
            })),
        ]).serialized()
    }
}
