import GoSource

/// What a `//go:linkname local target` directive links to, judged against the standard library's own pushes
/// (`rules/data/linkname-push.yaml`): since Go 1.23 the linker refuses a pull of a standard-library symbol
/// that the standard library does not push.
enum LinknameFacts {
    /// The `linkname_*` fields of one directive; empty unless it is a two-argument `//go:linkname`.
    static func fields(_ directive: GoDirective, table: LinknamePushTable) -> [String: FactValue] {
        guard case .linkname(_, let target?) = directive.detail else { return [:] }
        var fields: [String: FactValue] = ["linkname_target": .string(target)]
        guard let parts = LinknamePushTable.split(target), table.packages.contains(parts.package) else {
            fields["linkname_std"] = .bool(false)
            return fields
        }
        let kept = table.kept[target]
        fields["linkname_std"] = .bool(true)
        fields["linkname_package"] = .string(parts.package)
        fields["linkname_kept"] = .bool(kept != nil)
        fields["linkname_promised"] = .bool(kept?.promised ?? false)
        fields["linkname_kept_at"] = .optional(kept?.at)
        fields["linkname_kept_build"] = .optional(kept?.build)
        fields["linkname_table_source"] = .string(table.source)
        return fields
    }
}
