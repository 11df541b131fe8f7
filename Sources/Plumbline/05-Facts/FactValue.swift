/// A value the rules can read. Versions and dates are strings here; the schema says how to compare them.
public indirect enum FactValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case list([FactValue])
    case object(FactObject)

    public var isNull: Bool { if case .null = self { true } else { false } }

    public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
    public var intValue: Int? { if case .int(let i) = self { i } else { nil } }
    public var boolValue: Bool? { if case .bool(let b) = self { b } else { nil } }
    public var listValue: [FactValue]? { if case .list(let l) = self { l } else { nil } }
    public var objectValue: FactObject? { if case .object(let o) = self { o } else { nil } }

    /// How a value reads inside a message: lists are comma-separated, objects show their identity.
    public var rendered: String {
        switch self {
        case .null: "(none)"
        case .bool(let b): b ? "true" : "false"
        case .int(let i): String(i)
        case .string(let s): s
        case .list(let items): items.isEmpty ? "none" : items.map(\.rendered).joined(separator: ", ")
        case .object(let o): o.identity
        }
    }

    /// Renders as "(none)", nothing, or "none" inside a message.
    var isEmptyInMessage: Bool {
        switch self {
        case .null: true
        case .string(let s): s.isEmpty
        case .list(let items): items.isEmpty
        default: false
        }
    }

    public static func optional(_ s: String?) -> FactValue { s.map(FactValue.string) ?? .null }
    public static func strings(_ items: [String]) -> FactValue { .list(items.map(FactValue.string)) }
}

/// One fact: named fields, the place a finding about it points at, and an identity that stays the same when
/// lines move or versions change (it feeds the finding's fingerprint).
public struct FactObject: Sendable, Hashable {
    public var fields: [String: FactValue]
    public var location: SourceLocation?
    public var identity: String

    public init(identity: String, location: SourceLocation?, fields: [String: FactValue]) {
        self.identity = identity
        self.location = location
        self.fields = fields
    }

    public subscript(_ name: String) -> FactValue { fields[name] ?? .null }

    /// Follows a dotted path through nested objects; `.null` when any step is missing.
    public func value(at path: [String]) -> FactValue {
        var current = FactValue.object(self)
        for name in path {
            guard case .object(let object) = current else { return .null }
            current = object[name]
        }
        return current
    }
}
