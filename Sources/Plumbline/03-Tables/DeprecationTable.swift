import YAML

/// `rules/data/deprecated-modules.yaml` and `deprecated-std-packages.yaml`: modules and standard packages
/// to move away from, with where to go. Keyed by path.
public struct DeprecationTable: Sendable {
    /// How far out of service a module or package is; the header of `deprecated-modules.yaml` defines each.
    public enum Status: String, Sendable, CaseIterable {
        case deprecated, archived, retired, unmaintained
    }

    public struct Entry: Sendable, Equatable {
        public let path: String
        /// A `Status` raw value; standard packages are always `deprecated`.
        public let status: String
        public let replacement: String?
        public let note: String
        /// `YYYY-MM` or `YYYY-MM-DD`, when the source dates the status.
        public let since: String?
        /// The upstream notice or announcement the row relies on.
        public let source: String
        /// Standard packages only: the legacy data the package is still the way to read (`crypto/dsa`:
        /// existing DSA keys and signatures); nil when the replacement reads the same data.
        public var legacyUse: String? = nil
    }

    public let entries: [String: Entry]

    public static let empty = DeprecationTable(entries: [:])

    init(entries: [String: Entry]) { self.entries = entries }

    /// Reads a table whose rows live under `listKey` (`modules` or `packages`).
    public init(bytes: [UInt8], path: String, listKey: String) throws(DefinitionError) {
        let reader = StrictYAML(file: path)
        guard let root = try RuleLoader.parseYAML(bytes, file: path) else { throw DefinitionError(.file(path), "empty table") }
        let top = try reader.mapping(root, "the table", allowed: [listKey])
        guard let list = top[listKey] else { throw reader.error(root, "the table needs '\(listKey)'") }
        var entries: [String: Entry] = [:]
        for node in try reader.sequence(list.value, listKey) {
            let row = try reader.mapping(node, "a row", allowed: ["path", "status", "replacement", "since", "since_go", "note", "legacy_use", "source"])
            guard let pathNode = row["path"], let note = row["note"], let source = row["source"] else {
                throw reader.error(node, "a row needs path, note and source")
            }
            let key = try reader.nonEmptyString(pathNode.value, "path")
            if entries[key] != nil { throw reader.error(pathNode.value, "'\(key)' is listed twice") }
            let status = try row["status"].map { (pair: YAMLPair) throws(DefinitionError) -> Status in
                try reader.oneOf(pair.value, "status", Status.self)
            } ?? .deprecated
            let since = try row["since"].map { (pair: YAMLPair) throws(DefinitionError) -> String in
                let text = try reader.string(pair.value, "since")
                guard Self.isMonthOrDay(text) else { throw reader.error(pair.value, "since must be YYYY-MM or YYYY-MM-DD, found '\(text)'") }
                return text
            }
            entries[key] = Entry(
                path: key,
                status: status.rawValue,
                replacement: row["replacement"].flatMap { $0.value.isNull ? nil : $0.value.scalarValue },
                note: try reader.nonEmptyString(note.value, "note"),
                since: since,
                source: try reader.nonEmptyString(source.value, "source"),
                legacyUse: try row["legacy_use"].map { (pair: YAMLPair) throws(DefinitionError) -> String in
                    try reader.nonEmptyString(pair.value, "legacy_use")
                }
            )
        }
        self.entries = entries
    }

    public subscript(_ path: String) -> Entry? { entries[path] }

    static func isMonthOrDay(_ text: String) -> Bool {
        CalendarDate(text.utf8.count == 7 ? text + "-01" : text) != nil
    }
}
