import YAML

/// Which fields a condition may name: the scope's, plus `item.` inside a `for_each` rule, plus the rule's
/// `let` values.
struct FieldContext {
    let scope: ObjectSchema
    let item: ObjectSchema?
    let parameters: [String: Parameter]
    var bindings: [String: FieldType] = [:]

    func resolve(_ path: [String]) -> Result<FieldType, FieldLookupError> {
        if let name = path.first, let bound = bindings[name] {
            if path.count == 1 { return .success(bound) }
            guard case .object(let schema) = bound else {
                return .failure(FieldLookupError(message: "'\(name)' is a \(bound), it has no field '\(path[1])'"))
            }
            return schema.resolve(Array(path.dropFirst())).mapError { FieldLookupError(message: $0.message) }
        }
        if path.first == "item" {
            guard let item else { return .failure(FieldLookupError(message: "'item' is only defined in a rule with for_each")) }
            if path.count == 1 { return .success(.object(item)) }
            return item.resolve(Array(path.dropFirst())).mapError { FieldLookupError(message: $0.message) }
        }
        return scope.resolve(path).mapError { FieldLookupError(message: $0.message) }
    }
}

struct FieldLookupError: Error {
    let message: String
}

extension StrictYAML {
    static let combinators = ["all", "any", "not"]
    static let operators = [
        "equals", "not_equals", "in", "not_in", "matches", "exists", "contains", "contains_any", "only_in", "under", "gt", "ge", "lt", "le",
        "version_lt", "version_le", "version_gt", "version_ge", "version_eq", "is", "count",
    ]

    func condition(_ node: YAMLNode, _ context: FieldContext) throws(DefinitionError) -> Condition {
        guard let pairs = node.mappingPairs else {
            throw error(node, "a condition must be a mapping ({all: ...}, {any: ...}, {not: ...} or {field: ..., <operator>: ...}), found \(node.kindDescription)")
        }
        let keys = pairs.compactMap(\.key.scalarValue)
        if let combinator = keys.first(where: Self.combinators.contains) {
            guard pairs.count == 1 else {
                throw error(node, "'\(combinator)' must stand alone in its condition; nest the others inside it")
            }
            let value = pairs[0].value
            switch combinator {
            case "not":
                return .not(try condition(value, context))
            default:
                var children: [Condition] = []
                let items = try sequence(value, "'\(combinator)'")
                if items.isEmpty { throw error(value, "'\(combinator)' needs at least one condition") }
                for item in items { children.append(try condition(item, context)) }
                return combinator == "all" ? .all(children) : .any(children)
            }
        }
        let map = try mapping(node, "a condition", allowed: ["field", "param"] + Self.operators)
        let subjectKey = map["field"] != nil ? "field" : "param"
        guard let subjectPair = map[subjectKey], map["field"] == nil || map["param"] == nil else {
            throw error(node, "a condition needs 'field' (or 'param') and one operator, or one of all/any/not")
        }
        let ops = map.keys.filter { $0 != subjectKey }.sorted()
        guard ops.count == 1, let opName = ops.first, let opPair = map[opName] else {
            let found = ops.isEmpty ? "none" : ops.joined(separator: ", ")
            throw error(node, "a condition needs exactly one operator (\(Self.operators.joined(separator: ", "))); found \(found)")
        }
        let pathText = try nonEmptyString(subjectPair.value, subjectKey)
        let subject: Operand
        let type: FieldType
        if subjectKey == "param" {
            guard let parameter = context.parameters[pathText] else {
                let known = context.parameters.keys.sorted().joined(separator: ", ")
                throw error(subjectPair.value, "unknown parameter '\(pathText)'; declared parameters: \(known.isEmpty ? "none" : known)")
            }
            subject = .param(pathText)
            type = parameter.type
        } else {
            let path = pathText.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            switch context.resolve(path) {
            case .success(let resolved): type = resolved
            case .failure(let failure): throw error(subjectPair.value, failure.message)
            }
            subject = .field(path)
        }
        let op = try parseOperator(opName, opPair.value, fieldType: type, fieldText: pathText, context)
        return .test(FieldTest(subject: subject, type: type, op: op))
    }

    private func parseOperator(
        _ name: String, _ node: YAMLNode, fieldType: FieldType, fieldText: String, _ context: FieldContext
    ) throws(DefinitionError) -> Operator {
        func requireType(_ allowed: (FieldType) -> Bool, _ expected: String) throws(DefinitionError) {
            guard allowed(fieldType) else {
                throw error(node, "'\(name)' needs \(expected), but '\(fieldText)' is \(fieldType)")
            }
        }
        switch name {
        case "equals", "not_equals":
            try requireType(\.isScalar, "a field that is not a list or object")
            let operand = try self.operand(node, type: fieldType, name, context)
            return name == "equals" ? .equals(operand) : .notEquals(operand)
        case "in", "not_in":
            try requireType(\.isScalar, "a field that is not a list or object")
            guard case .list(let values) = try value(node, as: .list(fieldType), "'\(name)'") else {
                throw error(node, "'\(name)' must be a list")
            }
            return name == "in" ? .oneOf(values) : .noneOf(values)
        case "matches":
            try requireType({ [.string, .moduleVersion, .goVersion, .kernelVersion, .date].contains($0) }, "a text field")
            let pattern = try string(node, "'matches'")
            do {
                return .matches(try CompiledRegex(pattern))
            } catch {
                throw self.error(node, "invalid regular expression '\(pattern)'")
            }
        case "exists":
            return .exists(try bool(node, "'exists'"))
        case "contains":
            switch fieldType {
            case .list(let element) where element.isScalar:
                return .contains(try operand(node, type: element, name, context))
            case .string:
                return .contains(try operand(node, type: .string, name, context))
            default:
                throw error(node, "'contains' needs a list of scalars or a string, but '\(fieldText)' is \(fieldType)")
            }
        case "contains_any", "only_in":
            guard case .list(let element) = fieldType, element.isScalar else {
                throw error(node, "'\(name)' needs a list of scalars, but '\(fieldText)' is \(fieldType)")
            }
            let operand = try operand(node, type: fieldType, name, context)
            return name == "contains_any" ? .containsAny(operand) : .onlyIn(operand)
        case "under":
            try requireType({ $0 == .string }, "a string field (a module or file path)")
            return .under(try operand(node, type: .list(.string), name, context))
        case "gt", "ge", "lt", "le":
            try requireType({ $0 == .int || $0 == .date }, "an int or date field")
            let ordering = Ordering(rawValue: name) ?? .eq
            return .compare(ordering, try operand(node, type: fieldType, name, context))
        case "version_lt", "version_le", "version_gt", "version_ge", "version_eq":
            try requireType({ $0 == .moduleVersion || $0 == .goVersion || $0 == .kernelVersion }, "a module, Go or kernel version field")
            let ordering = Ordering(rawValue: String(name.dropFirst("version_".count))) ?? .eq
            return .version(ordering, try operand(node, type: fieldType, name, context))
        case "is":
            try requireType({ $0 == .moduleVersion }, "a module version field")
            return .classify(try oneOf(node, "'is'", VersionClass.self))
        case "count":
            guard case .list(let element) = fieldType else {
                throw error(node, "'count' needs a list field, but '\(fieldText)' is \(fieldType)")
            }
            let map = try mapping(node, "'count'", allowed: ["where", "equals", "gt", "ge", "lt", "le"])
            var filter: Condition?
            if let wherePair = map["where"] {
                guard case .object(let schema) = element else {
                    throw error(wherePair.key, "'where' needs a list of objects, but '\(fieldText)' is \(fieldType)")
                }
                filter = try condition(wherePair.value, FieldContext(scope: schema, item: nil, parameters: context.parameters))
            }
            let bounds = map.keys.filter { $0 != "where" }
            guard bounds.count == 1, let bound = bounds.first, let boundPair = map[bound] else {
                throw error(node, "'count' needs exactly one of equals, gt, ge, lt, le")
            }
            let ordering = bound == "equals" ? Ordering.eq : (Ordering(rawValue: bound) ?? .eq)
            return .count(where: filter, ordering, try int(boundPair.value, "'count.\(bound)'"))
        default:
            throw error(node, "unknown operator '\(name)'")
        }
    }

    /// A literal of the field's type, or `{field: path}` / `{param: name}` of the same type.
    func operand(
        _ node: YAMLNode, type: FieldType, _ opName: String, _ context: FieldContext
    ) throws(DefinitionError) -> Operand {
        guard node.mappingPairs != nil else {
            return .literal(try value(node, as: type, "the value of '\(opName)'"))
        }
        let map = try mapping(node, "an operand", allowed: ["field", "param"])
        if let fieldPair = map["field"], map.count == 1 {
            let text = try nonEmptyString(fieldPair.value, "field")
            let path = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            switch context.resolve(path) {
            case .success(let other):
                guard other == type else {
                    throw error(fieldPair.value, "'\(text)' is \(other), but the compared field is \(type)")
                }
                return .field(path)
            case .failure(let failure):
                throw error(fieldPair.value, failure.message)
            }
        }
        if let paramPair = map["param"], map.count == 1 {
            let name = try nonEmptyString(paramPair.value, "param")
            guard let parameter = context.parameters[name] else {
                let known = context.parameters.keys.sorted().joined(separator: ", ")
                throw error(paramPair.value, "unknown parameter '\(name)'; declared parameters: \(known.isEmpty ? "none" : known)")
            }
            guard parameter.type == type else {
                throw error(paramPair.value, "parameter '\(name)' is \(parameter.type), but the compared field is \(type)")
            }
            return .param(name)
        }
        throw error(node, "an operand mapping takes exactly one of 'field' or 'param'")
    }
}
