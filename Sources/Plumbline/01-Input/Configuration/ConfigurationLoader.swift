import YAML

/// Reads `.plumbline.yaml` as strictly as rule files. Rule ids and parameters can only be checked once the
/// rules are loaded, and the file itself can add rule files, so loading has two steps.
public struct ConfigurationLoader: Sendable {
    public static let fileName = ".plumbline.yaml"
    static let keys = ["rules", "categories", "exclude", "rule_files", "parameters", "fail_on", "suppressions"]

    public let configuration: Configuration
    private let references: [Reference]

    /// A rule id, category or parameter named in the file, kept with its place until the rules are known.
    private enum Reference: Sendable {
        case rule(String, SourceLocation)
        case parameter(String, SourceLocation, YAMLNode)
    }

    /// Reads the file; every section is checked even after one fails, so all its errors come at once.
    public init(bytes: [UInt8], path: String) throws(DefinitionErrors) {
        var configuration = Configuration()
        configuration.path = path
        var references: [Reference] = []
        let reader = StrictYAML(file: path)
        let top: [String: YAMLPair]
        do throws(DefinitionError) {
            guard let root = try RuleLoader.parseYAML(bytes, file: path) else {
                self.configuration = configuration
                self.references = []
                return
            }
            top = try reader.mapping(root, "the configuration", allowed: Self.keys)
        } catch {
            throw DefinitionErrors([error])
        }
        var errors: [DefinitionError] = []
        func section(_ body: () throws(DefinitionError) -> Void) {
            do { try body() } catch { errors.append(error) }
        }
        if let rules = top["rules"] { section { () throws(DefinitionError) in
            let map = try reader.mapping(rules.value, "rules", allowed: ["enable", "disable", "levels"])
            for (key, pair) in map where key != "levels" {
                for node in try reader.sequence(pair.value, "rules.\(key)") {
                    let id = try reader.nonEmptyString(node, "a rule id")
                    references.append(.rule(id, reader.location(node)))
                    if key == "enable" { configuration.enabledRules.insert(id) } else { configuration.disabledRules.insert(id) }
                }
            }
            if let levels = map["levels"] {
                guard let pairs = levels.value.mappingPairs else {
                    throw reader.error(levels.value, "rules.levels must map rule ids to levels")
                }
                for pair in pairs {
                    let id = try reader.nonEmptyString(pair.key, "a rule id")
                    references.append(.rule(id, reader.location(pair.key)))
                    configuration.levels[id] = try reader.oneOf(pair.value, "the level of \(id)", Level.self)
                }
            }
        } }
        if let categories = top["categories"] { section { () throws(DefinitionError) in
            let map = try reader.mapping(categories.value, "categories", allowed: ["disable"])
            if let disable = map["disable"] {
                for node in try reader.sequence(disable.value, "categories.disable") {
                    configuration.disabledCategories.insert(try reader.oneOf(node, "a category", Category.self))
                }
            }
        } }
        if let exclude = top["exclude"] { section { () throws(DefinitionError) in
            configuration.excludes = try reader.strings(exclude.value, "exclude").map(PathGlob.init)
        } }
        if let ruleFiles = top["rule_files"] { section { () throws(DefinitionError) in
            configuration.ruleFiles = try reader.strings(ruleFiles.value, "rule_files")
        } }
        if let failOn = top["fail_on"] { section { () throws(DefinitionError) in
            configuration.failOn = try reader.oneOf(failOn.value, "fail_on", FailOn.self)
        } }
        if let suppressions = top["suppressions"] { section { () throws(DefinitionError) in
            for node in try reader.sequence(suppressions.value, "suppressions") { section { () throws(DefinitionError) in
                let map = try reader.mapping(node, "a suppression", allowed: ["rule", "paths", "reason", "owner", "expires"])
                guard let rule = map["rule"], let reason = map["reason"] else {
                    throw reader.error(node, "a suppression needs 'rule' and 'reason'")
                }
                let id = try reader.nonEmptyString(rule.value, "rule")
                references.append(.rule(id, reader.location(rule.value)))
                var expires: CalendarDate?
                if let date = map["expires"] { expires = try reader.value(date.value, as: .date, "expires").stringValue.flatMap(CalendarDate.init) }
                configuration.suppressions.append(ConfiguredSuppression(
                    rule: id,
                    paths: try map["paths"].map { (pair: YAMLPair) throws(DefinitionError) -> [PathGlob] in try reader.strings(pair.value, "paths").map(PathGlob.init) } ?? [],
                    suppression: Suppression(
                        kind: .external,
                        reason: try reader.nonEmptyString(reason.value, "reason"),
                        owner: try map["owner"].map { (pair: YAMLPair) throws(DefinitionError) -> String in try reader.nonEmptyString(pair.value, "owner") },
                        expires: expires,
                        location: reader.location(node)
                    )
                ))
            } }
        } }
        if let parameters = top["parameters"] { section { () throws(DefinitionError) in
            guard let pairs = parameters.value.mappingPairs else {
                throw reader.error(parameters.value, "parameters must map parameter names to values")
            }
            for pair in pairs {
                let name = try reader.nonEmptyString(pair.key, "a parameter name")
                references.append(.parameter(name, reader.location(pair.key), pair.value))
            }
        } }
        if !errors.isEmpty { throw DefinitionErrors(errors.sorted { $0.location < $1.location }) }
        self.configuration = configuration
        self.references = references
    }

    /// Checks rule ids and parameter values against the loaded rules and returns the finished configuration.
    /// `itemChecks` judge each entry of a string-list parameter against data the rules cannot express (the
    /// runtimes `wasm.runtimes` may name); they return why an entry is wrong, or nil.
    public func resolve(
        against rules: RuleSet, itemChecks: [String: @Sendable (String) -> String?] = [:]
    ) throws(DefinitionErrors) -> Configuration {
        var configuration = self.configuration
        var errors: [DefinitionError] = []
        let reader = StrictYAML(file: configuration.path ?? Self.fileName)
        for reference in references {
            switch reference {
            case .rule(let id, let location):
                if rules.rule(id) == nil {
                    let suggestion = StrictYAML.suggestion(for: id, among: rules.rules.map(\.id))
                    errors.append(DefinitionError(location, "unknown rule id '\(id)'\(suggestion)"))
                }
            case .parameter(let name, let keyLocation, let node):
                guard let parameter = rules.parameters[name] else {
                    let suggestion = StrictYAML.suggestion(for: name, among: Array(rules.parameters.keys))
                    errors.append(DefinitionError(keyLocation, "unknown parameter '\(name)'\(suggestion)"))
                    continue
                }
                do throws(DefinitionError) {
                    configuration.parameters[name] = try reader.value(node, as: parameter.type, "parameter '\(name)'")
                } catch {
                    errors.append(error)
                    continue
                }
                if let check = itemChecks[name] {
                    for item in node.sequenceItems ?? [] {
                        if let entry = item.scalarValue, let problem = check(entry) {
                            errors.append(DefinitionError(reader.location(item), "\(name): \(problem)"))
                        }
                    }
                }
            }
        }
        if !errors.isEmpty { throw DefinitionErrors(errors) }
        return configuration
    }
}
