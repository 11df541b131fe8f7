import BPF
import GoModules

/// Checks built facts against the schema the rule language documents: a key the schema does not declare
/// would be invisible to rules, and a value of another shape makes every test on the field false, so either
/// mistake silently stops a rule from firing. Null is allowed anywhere (an absent fact). Versions and dates
/// must parse as their field type says, since the engine compares them with those parsers.
///
/// The test suite runs it over the facts of every fixture repository and every rule example; a scan does
/// not, so a builder's mistake never stops a user's scan.
enum FactSchemaCheck {
    /// Every problem of every fact of every scope, as `scope identity: field.path: problem`.
    static func violations(in base: FactBase) -> [String] {
        Scope.allCases.flatMap { scope in
            base[scope].flatMap { fact in
                violations(of: fact, against: scope.schema).map { "\(scope.rawValue) \(fact.identity): \($0)" }
            }
        }
    }

    /// The problems of one fact object and everything nested in it, each prefixed by its field path.
    static func violations(of object: FactObject, against schema: ObjectSchema) -> [String] {
        object.fields.keys.sorted().flatMap { name -> [String] in
            let value = object.fields[name] ?? .null
            guard let spec = schema.field(name) else {
                return ["\(name): not a field of \(schema.name)"]
            }
            return violations(of: value, as: spec.type, at: name)
        }
    }

    private static func violations(of value: FactValue, as type: FieldType, at path: String) -> [String] {
        switch (type, value) {
        case (_, .null), (.bool, .bool), (.int, .int), (.string, .string):
            return []
        case (.moduleVersion, .string(let text)), (.goVersion, .string(let text)), (.kernelVersion, .string(let text)), (.date, .string(let text)):
            return parses(text, as: type) ? [] : ["\(path): '\(text)' is not a valid \(type)"]
        case (.list(let element), .list(let items)):
            return items.enumerated().flatMap { index, item in violations(of: item, as: element, at: "\(path)[\(index)]") }
        case (.map(let element), .object(let object)):
            return object.fields.keys.sorted().flatMap { key in violations(of: object[key], as: element, at: "\(path).\(key)") }
        case (.object(let schema), .object(let object)):
            return violations(of: object, against: schema).map { "\(path).\($0)" }
        default:
            return ["\(path): expected \(type), found \(shape(of: value))"]
        }
    }

    /// Whether text is a value of a version or date type, by the parsers the engine compares them with.
    private static func parses(_ text: String, as type: FieldType) -> Bool {
        switch type {
        case .moduleVersion: ModuleVersion.isValid(text)
        case .goVersion: GoVersion.isValid(text)
        case .kernelVersion: BPFKernelVersion(text) != nil
        case .date: CalendarDate(text) != nil
        default: true
        }
    }

    /// The declared fields, as `schema.field`, that no fact object of these bases sets, even to null: a
    /// field no builder fills is as silent as a misspelt one. Nested schemas count once, wherever they occur.
    static func fieldsNeverSet(in bases: [FactBase]) -> [String] {
        var declared: [String: ObjectSchema] = [:]
        var set = Set<String>()
        func declare(_ type: FieldType) {
            switch type {
            case .list(let element), .map(let element): declare(element)
            case .object(let schema):
                guard declared[schema.name] == nil else { return }
                declared[schema.name] = schema
                for field in schema.fields { declare(field.type) }
            default: break
            }
        }
        func record(_ value: FactValue, as type: FieldType) {
            switch (type, value) {
            case (.list(let element), .list(let items)):
                for item in items { record(item, as: element) }
            case (.object(let schema), .object(let object)):
                for (name, value) in object.fields {
                    set.insert("\(schema.name).\(name)")
                    if let field = schema.field(name) { record(value, as: field.type) }
                }
            default: break
            }
        }
        for scope in Scope.allCases { declare(.object(scope.schema)) }
        for base in bases {
            for scope in Scope.allCases {
                for fact in base[scope] { record(.object(fact), as: .object(scope.schema)) }
            }
        }
        let all = declared.values.flatMap { schema in schema.fields.map { "\(schema.name).\($0.name)" } }
        return Set(all).subtracting(set).sorted()
    }

    private static func shape(of value: FactValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "bool"
        case .int: "int"
        case .string(let text): "string '\(text)'"
        case .list: "list"
        case .object: "object"
        }
    }
}
