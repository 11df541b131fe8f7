import YAML

/// `rules/data/go-features.yaml`: the go line each language feature, directive and file-format change
/// needs. The engine reads the directive rows to tell which go line a module's sources require.
public struct GoFeatureTable: Sendable {
    public struct Feature: Sendable, Equatable {
        public let key: String
        public let kind: String
        public let name: String
        public let minimumGo: String
    }

    public let features: [Feature]

    public static let empty = GoFeatureTable(features: [])

    init(features: [Feature]) { self.features = features }

    public init(bytes: [UInt8], path: String) throws(DefinitionError) {
        let reader = StrictYAML(file: path)
        guard let root = try RuleLoader.parseYAML(bytes, file: path) else { throw DefinitionError(.file(path), "empty table") }
        let top = try reader.mapping(root, "the table", allowed: ["features"])
        guard let list = top["features"] else { throw reader.error(root, "the table needs 'features'") }
        var features: [Feature] = []
        for node in try reader.sequence(list.value, "features") {
            let row = try reader.mapping(node, "a feature", allowed: ["key", "kind", "name", "min_go", "note", "source"])
            guard let key = row["key"], let kind = row["kind"], let name = row["name"], let minimum = row["min_go"], row["source"] != nil else {
                throw reader.error(node, "a feature needs key, kind, name, min_go and source")
            }
            features.append(Feature(
                key: try reader.nonEmptyString(key.value, "key"),
                kind: try reader.nonEmptyString(kind.value, "kind"),
                name: try reader.nonEmptyString(name.value, "name"),
                minimumGo: try reader.value(minimum.value, as: .goVersion, "min_go").stringValue ?? ""
            ))
        }
        self.features = features
    }

    /// The go line a `//go:` directive needs (`go:embed` → 1.16), from the directive rows.
    public func minimumGo(directive name: String) -> String? {
        features.first { $0.kind == "directive" && $0.name == "//" + name }?.minimumGo
    }
}
