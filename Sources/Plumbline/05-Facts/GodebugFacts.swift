import Foundation

/// One GODEBUG setting (`godebug key=value` in go.mod or go.work, `//go:debug key=value` in a Go file),
/// judged against the go command's own table (`rules/data/godebug.yaml`).
enum GodebugFacts {
    static func setting(key: String, value: String, location: SourceLocation, table: GodebugTable) -> FactValue {
        let known = table.known[key]
        let removed = table.removed[key]
        let refused = removed?.old.contains(value) ?? false
        var refusal: String?
        if let removed, refused {
            refusal = "removed in Go \(removed.removed), which refuses the old value \"\(value)\" (https://go.dev/doc/godebug#go-1\(removed.removed.dropFirst(2)))"
        } else if known == nil && removed == nil && !table.source.isEmpty {
            refusal = "unknown to \(table.source), whose go command stops with: unknown godebug \"\(key)\""
        }
        return .object(FactObject(identity: "godebug:\(key)", location: location, fields: [
            "key": .string(key),
            "value": .string(value),
            "known": .bool(known != nil || removed != nil),
            "package": .optional(known?.package),
            "removed_in": .optional(removed?.removed),
            "refused": .bool(refused),
            "refusal": .optional(refusal),
            "changed_in": .optional(known?.changed),
            "restores_old": .bool(known.map { $0.changed != nil && $0.old == value } ?? false),
            "table_source": .string(table.source),
        ]))
    }

    /// The settings of a `//go:debug key=value` directive's arguments; nil when they are not `key=value`.
    static func directive(_ arguments: String) -> (key: String, value: String)? {
        let text = arguments.trimmingCharacters(in: .whitespaces)
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { return nil }
        return (String(text[..<equals]), String(text[text.index(after: equals)...]))
    }
}
