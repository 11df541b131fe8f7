import YAML

/// Reads YAML rule packs strictly: unknown keys, fields the scope lacks, bad operators and wrong types are
/// each reported at file:line:column, and every error in a file is reported, not only the first.
public enum RuleLoader {
    public struct Source: Sendable {
        public let path: String
        public let bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    static let ruleKeys = [
        "id", "title", "level", "category", "tags", "scope", "for_each", "anchor", "let", "when", "message", "help", "help_uri",
        "remediation", "examples", "enabled",
    ]
    static let idPattern = #"^PLB-[A-Z]+-[0-9]{3}$|^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$"#

    public static func load(_ sources: [Source]) throws(DefinitionErrors) -> RuleSet {
        var errors: [DefinitionError] = []
        var documents: [(StrictYAML, [String: YAMLPair])] = []
        var parameters: [String: Parameter] = [:]

        for source in sources {
            let reader = StrictYAML(file: source.path)
            do throws(DefinitionError) {
                guard let root = try parseYAML(source.bytes, file: source.path) else {
                    throw DefinitionError(.file(source.path), "empty rule file; expected a mapping with 'rules'")
                }
                let top = try reader.mapping(root, "a rule file", allowed: ["rules", "parameters"])
                if let declared = top["parameters"] {
                    for node in try reader.sequence(declared.value, "parameters") {
                        do throws(DefinitionError) {
                            let parameter = try reader.parameter(node)
                            if let previous = parameters[parameter.name] {
                                throw reader.error(node, "parameter '\(parameter.name)' is already declared at \(previous.location)")
                            }
                            parameters[parameter.name] = parameter
                        } catch { errors.append(error) }
                    }
                }
                documents.append((reader, top))
            } catch {
                errors.append(error)
            }
        }

        var rules: [Rule] = []
        var afterReferences: [(String, YAMLNode, StrictYAML)] = []
        var seen: [String: SourceLocation] = [:]
        for (reader, top) in documents {
            guard let rulesPair = top["rules"] else {
                errors.append(DefinitionError(.file(reader.file), "a rule file needs a 'rules' list"))
                continue
            }
            do throws(DefinitionError) {
                for node in try reader.sequence(rulesPair.value, "rules") {
                    do throws(DefinitionErrors) {
                        let (rule, after) = try reader.rule(node, parameters: parameters)
                        if let previous = seen[rule.id] {
                            throw DefinitionErrors([reader.error(node, "rule id '\(rule.id)' is already defined at \(previous)")])
                        }
                        seen[rule.id] = rule.location
                        rules.append(rule)
                        afterReferences += after.map { ($0.0, $0.1, reader) }
                    } catch { errors += error.errors }
                }
            } catch { errors.append(error) }
        }
        for (id, node, reader) in afterReferences where seen[id] == nil {
            errors.append(reader.error(node, "remediation.after names unknown rule '\(id)'"))
        }
        if !errors.isEmpty { throw DefinitionErrors(errors.sorted { $0.location < $1.location }) }
        return RuleSet(rules: rules, parameters: parameters)
    }

    static func parseYAML(_ bytes: [UInt8], file: String) throws(DefinitionError) -> YAMLNode? {
        do {
            return try YAMLParser.parse(bytes, file: file)
        } catch {
            throw DefinitionError(SourceLocation(path: file, mark: error.mark), error.message)
        }
    }
}

extension StrictYAML {
    func parameter(_ node: YAMLNode) throws(DefinitionError) -> Parameter {
        let map = try mapping(node, "a parameter", allowed: ["name", "type", "default", "description"])
        guard let name = map["name"], let type = map["type"], let description = map["description"] else {
            throw error(node, "a parameter needs name, type and description")
        }
        let fieldType = try parameterType(type.value)
        let parameterName = try nonEmptyString(name.value, "name")
        // Without a default the parameter has no value until a configuration sets it, so a rule can tell a
        // value the user chose (`{ param: NAME, exists: true }`) from none.
        let defaultValue = try map["default"].map { (pair: YAMLPair) throws(DefinitionError) -> FactValue in
            try value(pair.value, as: fieldType, "default of parameter '\(parameterName)'")
        }
        return Parameter(
            name: parameterName,
            type: fieldType,
            defaultValue: defaultValue ?? .null,
            description: try nonEmptyString(description.value, "description"),
            location: location(node)
        )
    }

    /// One rule, and the `after` ids it names (checked once every file is loaded).
    /// One rule. Every key is checked even after one fails, so a file's errors come in one round trip; the
    /// keys that depend on another (the condition on the scope, say) are checked once that one is valid.
    func rule(_ node: YAMLNode, parameters: [String: Parameter]) throws(DefinitionErrors) -> (Rule, [(String, YAMLNode)]) {
        let map: [String: YAMLPair]
        do { map = try mapping(node, "a rule", allowed: RuleLoader.ruleKeys) } catch { throw DefinitionErrors([error]) }
        var problems: [DefinitionError] = []
        func attempt<T>(_ body: () throws(DefinitionError) -> T) -> T? {
            do { return try body() } catch {
                problems.append(error)
                return nil
            }
        }
        func required(_ key: String) throws(DefinitionError) -> YAMLNode {
            guard let pair = map[key] else { throw error(node, "a rule needs '\(key)'") }
            return pair.value
        }
        let id = attempt { () throws(DefinitionError) -> String in
            let idNode = try required("id")
            let id = try nonEmptyString(idNode, "id")
            guard id.range(of: RuleLoader.idPattern, options: .regularExpression) != nil else {
                throw error(idNode, "rule id '\(id)' must look like PLB-SC-001 (upper-case words joined by '-', ending in a number)")
            }
            return id
        }
        let scope = attempt { () throws(DefinitionError) -> Scope in try oneOf(try required("scope"), "scope", Scope.self) }
        var itemSchema: ObjectSchema?
        var forEach: [String]?
        var forEachValid = true
        if let forEachPair = map["for_each"], let scope {
            forEachValid = attempt { () throws(DefinitionError) -> Void in
                let text = try nonEmptyString(forEachPair.value, "for_each")
                let path = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                switch scope.schema.resolve(path) {
                case .success(.list(.object(let schema))):
                    itemSchema = schema
                    forEach = path
                case .success(let other):
                    throw error(forEachPair.value, "for_each needs a list of objects, but '\(text)' is \(other)")
                case .failure(let failure):
                    throw error(forEachPair.value, failure.message)
                }
            } != nil
        }
        var anchor: String?
        if let anchorPair = map["anchor"], let scope {
            anchor = attempt { () throws(DefinitionError) -> String in
                let name = try string(anchorPair.value, "anchor")
                guard scope.anchorNames.contains(name) else {
                    let known = scope.anchorNames.isEmpty ? "none" : scope.anchorNames.joined(separator: ", ")
                    throw error(anchorPair.value, "unknown anchor '\(name)' for scope \(scope.rawValue); known anchors: \(known)")
                }
                return name
            }
        }
        // Conditions, messages and actions name fields of the scope: they are checked once it is known.
        let context = scope.map { FieldContext(scope: $0.schema, item: itemSchema, parameters: parameters) }
        var bindings: [Binding] = []
        var when: Condition?
        var message: MessageTemplate?
        var remediation: Remediation?
        var after: [(String, YAMLNode)] = []
        if var fieldContext = context, forEachValid {
            var bindingsValid = true
            if let pair = map["let"] {
                if let parsed = attempt({ () throws(DefinitionError) -> [Binding] in try self.bindings(pair.value, &fieldContext) }) {
                    bindings = parsed
                } else {
                    bindingsValid = false
                }
            }
            if bindingsValid {
                if let pair = map["when"] { when = attempt { () throws(DefinitionError) -> Condition in try condition(pair.value, fieldContext) } }
                message = attempt { () throws(DefinitionError) -> MessageTemplate in try template(try required("message"), fieldContext) }
                if let parsed = attempt({ () throws(DefinitionError) -> (Remediation?, [(String, YAMLNode)]) in try self.remediation(map["remediation"]?.value, fieldContext) }) {
                    (remediation, after) = parsed
                }
            }
        }
        var tags: [String] = []
        if let tagsPair = map["tags"] {
            tags = attempt { () throws(DefinitionError) -> [String] in
                let tags = try strings(tagsPair.value, "tags")
                // SARIF adds the category as a tag, and GitHub code scanning keeps 20 per rule.
                if Set(tags).count > 19 {
                    throw error(tagsPair.value, "at most 19 tags: SARIF adds the category, and GitHub accepts 20 per rule")
                }
                return tags
            } ?? []
        }
        let helpText = attempt { () throws(DefinitionError) -> String in try nonEmptyString(try required("help"), "help") }
        var examples: [RuleExample] = []
        if let examplesNode = attempt({ () throws(DefinitionError) -> YAMLNode in try required("examples") }),
           let list = attempt({ () throws(DefinitionError) -> [YAMLNode] in try sequence(examplesNode, "examples") }) {
            for example in list {
                if let parsed = attempt({ () throws(DefinitionError) -> RuleExample in try self.example(example, parameters: parameters) }) {
                    examples.append(parsed)
                }
            }
            if examples.count == list.count, !examples.contains(where: { $0.expect > 0 }) || !examples.contains(where: { $0.expect == 0 }) {
                problems.append(error(examplesNode, "a rule needs at least one example that fires (expect ≥ 1) and one that does not (expect: 0)"))
            }
        }
        let title = attempt { () throws(DefinitionError) -> String in try nonEmptyString(try required("title"), "title") }
        let level = attempt { () throws(DefinitionError) -> Level in try oneOf(try required("level"), "level", Level.self) }
        let category = attempt { () throws(DefinitionError) -> Category in try oneOf(try required("category"), "category", Category.self) }
        let helpURI = map["help_uri"].flatMap { pair in attempt { () throws(DefinitionError) -> String in try nonEmptyString(pair.value, "help_uri") } }
        let enabled = map["enabled"].flatMap { pair in attempt { () throws(DefinitionError) -> Bool in try bool(pair.value, "enabled") } } ?? true
        guard problems.isEmpty, let id, let scope, let message, let helpText, let title, let level, let category else {
            throw DefinitionErrors(problems)
        }
        let rule = Rule(
            id: id, title: title, level: level, category: category, tags: tags, scope: scope, forEach: forEach,
            anchor: anchor, bindings: bindings, when: when, message: message, help: helpText, helpURI: helpURI,
            remediation: remediation, examples: examples, enabledByDefault: enabled, location: location(node)
        )
        return (rule, after)
    }

    func template(_ node: YAMLNode, _ context: FieldContext) throws(DefinitionError) -> MessageTemplate {
        let text = try nonEmptyString(node, "message")
        do {
            return try MessageTemplate(text) { path in
                if path.count >= 2, path[0] == "param" {
                    let name = path.dropFirst().joined(separator: ".")
                    return context.parameters[name] == nil ? "unknown parameter '\(name)'" : nil
                }
                switch context.resolve(path) {
                case .success: return nil
                case .failure(let failure): return failure.message
                }
            }
        } catch {
            throw self.error(node, error.message)
        }
    }

    func remediation(_ node: YAMLNode?, _ context: FieldContext) throws(DefinitionError) -> (Remediation?, [(String, YAMLNode)]) {
        guard let node else { return (nil, []) }
        let map = try mapping(node, "remediation", allowed: ["action", "phase", "effort", "after", "go_line"])
        var after: [(String, YAMLNode)] = []
        if let afterPair = map["after"] {
            for item in try sequence(afterPair.value, "after") {
                after.append((try nonEmptyString(item, "each entry of after"), item))
            }
        }
        let remediation = Remediation(
            action: try map["action"].map { (pair: YAMLPair) throws(DefinitionError) -> MessageTemplate in try template(pair.value, context) },
            phase: try map["phase"].map { (pair: YAMLPair) throws(DefinitionError) -> String in try nonEmptyString(pair.value, "phase") },
            effort: try map["effort"].map { (pair: YAMLPair) throws(DefinitionError) -> Effort in try oneOf(pair.value, "effort", Effort.self) },
            after: after.map(\.0),
            goLine: try map["go_line"].map { (pair: YAMLPair) throws(DefinitionError) -> MessageTemplate in try template(pair.value, context) }
        )
        return (remediation, after)
    }

    /// Text given inline, or `{ file: PATH }`: the bytes of a file relative to the rule file's directory, for
    /// binary artifacts (eBPF objects, wasm modules) that have no text form.
    func exampleContent(_ node: YAMLNode, _ path: String) throws(DefinitionError) -> ExampleFile {
        guard node.mappingPairs != nil else { return .inline(Array(try string(node, "the content of \(path)").utf8)) }
        let map = try mapping(node, "the content of \(path)", allowed: ["file"])
        guard let filePair = map["file"] else { throw error(node, "the content of \(path) needs 'file'") }
        let relative = try nonEmptyString(filePair.value, "file")
        let directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        let source = relative.hasPrefix("/") ? relative : directory.appendingPathComponent(relative).path
        guard FileManager.default.isReadableFile(atPath: source) else {
            throw error(filePair.value, "cannot read example file \(source)")
        }
        return .path(source)
    }

    /// An example's `at` list: each entry `path:LINE` or `path:LINE:COLUMN`, naming one of its files.
    func places(_ node: YAMLNode, files: [String: ExampleFile]) throws(DefinitionError) -> [ExamplePlace] {
        var places: [ExamplePlace] = []
        for item in try sequence(node, "at") {
            let text = try string(item, "each entry of at")
            guard let place = ExamplePlace(text) else {
                throw error(item, "each entry of at must be PATH:LINE or PATH:LINE:COLUMN (1-based numbers), found '\(text)'")
            }
            guard files[place.path] != nil else {
                throw error(item, "at names '\(place.path)', which is not one of this example's files")
            }
            places.append(place)
        }
        return places
    }

    func example(_ node: YAMLNode, parameters: [String: Parameter]) throws(DefinitionError) -> RuleExample {
        let map = try mapping(node, "an example", allowed: ["name", "files", "parameters", "as_of", "history", "expect", "at"])
        guard let filesPair = map["files"], let expectPair = map["expect"] else {
            throw error(node, "an example needs 'files' and 'expect'")
        }
        guard let filePairs = filesPair.value.mappingPairs else {
            throw error(filesPair.value, "files must map paths to contents, found \(filesPair.value.kindDescription)")
        }
        var files: [String: ExampleFile] = [:]
        for pair in filePairs {
            let path = try nonEmptyString(pair.key, "a file path")
            if path.hasPrefix("/") || path.split(separator: "/").contains("..") {
                throw error(pair.key, "example file paths must be relative and stay inside the example")
            }
            files[path] = try exampleContent(pair.value, path)
        }
        var values: [String: FactValue] = [:]
        if let parametersPair = map["parameters"] {
            guard let pairs = parametersPair.value.mappingPairs else {
                throw error(parametersPair.value, "parameters must be a mapping")
            }
            for pair in pairs {
                let name = try nonEmptyString(pair.key, "a parameter name")
                guard let parameter = parameters[name] else { throw error(pair.key, "unknown parameter '\(name)'") }
                values[name] = try value(pair.value, as: parameter.type, "parameter '\(name)'")
            }
        }
        var asOf: CalendarDate?
        if let asOfPair = map["as_of"] {
            guard case .string(let text) = try value(asOfPair.value, as: .date, "as_of"), let date = CalendarDate(text) else {
                throw error(asOfPair.value, "as_of must be a date")
            }
            asOf = date
        }
        var history: [String: Int] = [:]
        if let historyPair = map["history"] {
            guard let pairs = historyPair.value.mappingPairs else {
                throw error(historyPair.value, "history must map paths to the commit time (seconds) that last changed them")
            }
            for pair in pairs {
                history[try nonEmptyString(pair.key, "a path")] = try int(pair.value, "a commit time")
            }
        }
        let expect = try int(expectPair.value, "expect")
        if expect < 0 { throw error(expectPair.value, "expect must be 0 or more") }
        let at = try map["at"].map { (pair: YAMLPair) throws(DefinitionError) -> [ExamplePlace] in try places(pair.value, files: files) }
        if let at, at.count != expect {
            throw error(node, "'at' lists \(at.count) places but expect is \(expect)")
        }
        return RuleExample(
            name: try map["name"].map { (pair: YAMLPair) throws(DefinitionError) -> String in try string(pair.value, "name") },
            sources: files,
            parameters: values,
            asOf: asOf,
            history: history,
            expect: expect,
            at: at,
            location: location(node)
        )
    }
}

import Foundation
