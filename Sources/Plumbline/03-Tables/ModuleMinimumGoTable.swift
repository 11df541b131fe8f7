import GoModules
import YAML

/// `rules/data/module-min-go.yaml`: the go line a dependency's versions require, per version range, so a
/// rule can tell that upgrading a dependency forces the go line up.
public struct ModuleMinimumGoTable: Sendable {
    public struct Range: Sendable, Equatable {
        /// Inclusive.
        public let from: String
        /// Exclusive; nil for "and later".
        public let to: String?
        public let minimumGo: String
    }

    public let ranges: [String: [Range]]

    public static let empty = ModuleMinimumGoTable(ranges: [:])

    init(ranges: [String: [Range]]) { self.ranges = ranges }

    public init(bytes: [UInt8], path: String) throws(DefinitionError) {
        let reader = StrictYAML(file: path)
        guard let root = try RuleLoader.parseYAML(bytes, file: path) else { throw DefinitionError(.file(path), "empty table") }
        let top = try reader.mapping(root, "the table", allowed: ["modules"])
        guard let list = top["modules"] else { throw reader.error(root, "the table needs 'modules'") }
        var ranges: [String: [Range]] = [:]
        for node in try reader.sequence(list.value, "modules") {
            let row = try reader.mapping(node, "a module", allowed: ["path", "ranges", "source"])
            guard let pathNode = row["path"], let rangeList = row["ranges"], row["source"] != nil else {
                throw reader.error(node, "a module needs path, ranges and source")
            }
            let modulePath = try reader.nonEmptyString(pathNode.value, "path")
            for item in try reader.sequence(rangeList.value, "ranges") {
                let range = try reader.mapping(item, "a range", allowed: ["from", "to", "min_go"])
                guard let from = range["from"], let minimum = range["min_go"] else { throw reader.error(item, "a range needs from and min_go") }
                let to = range["to"].flatMap { $0.value.isNull ? nil : $0.value }
                ranges[modulePath, default: []].append(Range(
                    from: try reader.value(from.value, as: .moduleVersion, "from").stringValue ?? "",
                    to: try to.map { (node: YAMLNode) throws(DefinitionError) -> String in try reader.value(node, as: .moduleVersion, "to").stringValue ?? "" },
                    minimumGo: try reader.value(minimum.value, as: .goVersion, "min_go").stringValue ?? ""
                ))
            }
        }
        self.ranges = ranges
    }

    /// The go line `version` of `path` requires, when the table knows.
    public func minimumGo(path: String, version: String) -> String? {
        ranges[path]?.first { range in
            ModuleVersion.compare(version, range.from) >= 0 && (range.to.map { ModuleVersion.compare(version, $0) < 0 } ?? true)
        }?.minimumGo
    }
}
