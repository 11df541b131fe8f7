import YAML

/// Reading YAML strictly: every key must be known, every value of the expected kind, and every complaint
/// points at the node's file:line:column.
struct StrictYAML {
    let file: String

    func location(_ node: YAMLNode) -> SourceLocation {
        SourceLocation(path: file, mark: node.mark)
    }

    func error(_ node: YAMLNode, _ message: String) -> DefinitionError {
        DefinitionError(location(node), message)
    }

    func mapping(_ node: YAMLNode, _ what: String, allowed: [String]) throws(DefinitionError) -> [String: YAMLPair] {
        guard let pairs = node.mappingPairs else {
            throw error(node, "\(what) must be a mapping, found \(node.kindDescription)")
        }
        var result: [String: YAMLPair] = [:]
        for pair in pairs {
            guard let key = pair.key.scalarValue else {
                throw error(pair.key, "keys of \(what) must be strings")
            }
            guard allowed.contains(key) else {
                throw error(pair.key, "unknown key '\(key)' in \(what)\(Self.suggestion(for: key, among: allowed))")
            }
            result[key] = pair
        }
        return result
    }

    func string(_ node: YAMLNode, _ what: String) throws(DefinitionError) -> String {
        guard node.sequenceItems == nil, node.mappingPairs == nil, let value = node.scalarValue else {
            throw error(node, "\(what) must be a string, found \(node.kindDescription)")
        }
        return value
    }

    func nonEmptyString(_ node: YAMLNode, _ what: String) throws(DefinitionError) -> String {
        let value = try string(node, what)
        if value.allSatisfy(\.isWhitespace) { throw error(node, "\(what) must not be empty") }
        return value
    }

    func int(_ node: YAMLNode, _ what: String) throws(DefinitionError) -> Int {
        guard let value = node.intValue else {
            throw error(node, "\(what) must be an integer, found \(node.kindDescription)")
        }
        return value
    }

    func bool(_ node: YAMLNode, _ what: String) throws(DefinitionError) -> Bool {
        guard let value = node.boolValue else {
            throw error(node, "\(what) must be true or false, found \(node.kindDescription)")
        }
        return value
    }

    func sequence(_ node: YAMLNode, _ what: String) throws(DefinitionError) -> [YAMLNode] {
        guard let items = node.sequenceItems else {
            throw error(node, "\(what) must be a list, found \(node.kindDescription)")
        }
        return items
    }

    func strings(_ node: YAMLNode, _ what: String) throws(DefinitionError) -> [String] {
        var result: [String] = []
        for item in try sequence(node, what) {
            result.append(try string(item, "each entry of \(what)"))
        }
        return result
    }

    func oneOf<T: RawRepresentable & CaseIterable>(
        _ node: YAMLNode, _ what: String, _: T.Type
    ) throws(DefinitionError) -> T where T.RawValue == String {
        let value = try string(node, what)
        guard let result = T(rawValue: value) else {
            let choices = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(node, "\(what) must be one of \(choices), found '\(value)'")
        }
        return result
    }

    /// "did you mean" for a mistyped key: the closest allowed key within two edits.
    static func suggestion(for key: String, among allowed: [String]) -> String {
        let scored = allowed.map { ($0, editDistance(key, $0)) }.filter { $0.1 <= 2 }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return "" }
        return "; did you mean '\(best.0)'?"
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
