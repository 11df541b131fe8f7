import YAML

/// `rules/data/godebug.yaml`: the GODEBUG settings the go command knows and the ones it removed, from a Go
/// toolchain's own table (`rules/data/tools/godebug.py`).
public struct GodebugTable: Sendable {
    public struct Known: Sendable, Equatable {
        public let name: String
        public let package: String
        /// The Go release (`1.22`) whose go line changed the default, if any.
        public let changed: String?
        /// The value that restores the behaviour from before `changed`.
        public let old: String?
    }

    public struct Removed: Sendable, Equatable {
        public let name: String
        /// The Go release (`1.27`) that removed it.
        public let removed: String
        /// Values the go command refuses since then.
        public let old: [String]
    }

    /// The toolchain the table was read from (`go1.27.3`).
    public let source: String
    public let known: [String: Known]
    public let removed: [String: Removed]

    public static let empty = GodebugTable(source: "", known: [], removed: [])

    init(source: String, known: [Known], removed: [Removed]) {
        self.source = source
        self.known = Dictionary(known.map { ($0.name, $0) }) { first, _ in first }
        self.removed = Dictionary(removed.map { ($0.name, $0) }) { first, _ in first }
    }

    public init(bytes: [UInt8], path: String) throws(DefinitionError) {
        let reader = StrictYAML(file: path)
        guard let root = try RuleLoader.parseYAML(bytes, file: path) else { throw DefinitionError(.file(path), "empty table") }
        let top = try reader.mapping(root, "the table", allowed: ["source", "known", "removed"])
        guard let source = top["source"], let knownList = top["known"], let removedList = top["removed"] else {
            throw reader.error(root, "the table needs 'source', 'known' and 'removed'")
        }
        var known: [Known] = []
        for node in try reader.sequence(knownList.value, "known") {
            let row = try reader.mapping(node, "a known setting", allowed: ["name", "package", "changed", "old"])
            guard let name = row["name"], let package = row["package"] else { throw reader.error(node, "a known setting needs name and package") }
            known.append(Known(
                name: try reader.nonEmptyString(name.value, "name"),
                package: try reader.nonEmptyString(package.value, "package"),
                changed: try row["changed"].map { (pair: YAMLPair) throws(DefinitionError) -> String in
                    try reader.value(pair.value, as: .goVersion, "changed").stringValue ?? ""
                },
                old: try row["old"].map { (pair: YAMLPair) throws(DefinitionError) -> String in try reader.string(pair.value, "old") }
            ))
        }
        var removed: [Removed] = []
        for node in try reader.sequence(removedList.value, "removed") {
            let row = try reader.mapping(node, "a removed setting", allowed: ["name", "removed", "old"])
            guard let name = row["name"], let release = row["removed"], let old = row["old"] else {
                throw reader.error(node, "a removed setting needs name, removed and old")
            }
            removed.append(Removed(
                name: try reader.nonEmptyString(name.value, "name"),
                removed: try reader.value(release.value, as: .goVersion, "removed").stringValue ?? "",
                old: try reader.strings(old.value, "old")
            ))
        }
        self.init(source: try reader.nonEmptyString(source.value, "source"), known: known, removed: removed)
    }
}
