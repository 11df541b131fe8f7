import YAML

/// A value a rule derives from its fact and the parameters (`let:`), which its condition and messages name
/// like a field. Facts never read parameters; where a judgement depends on configuration, the rule makes it
/// here, from facts and `{ param: NAME }`.
public struct Binding: Sendable {
    public let name: String
    public let type: FieldType
    let derivation: Derivation
}

/// How a `let` value is derived.
enum Derivation: Sendable {
    /// `{ param: MAP, for_path: PATH }`: the union of the lists of a path-glob map whose globs match the path
    /// field (relative to the scan root, as every configured glob is), sorted and without repeats.
    case forPath(parameter: String, path: [String])
    /// `{ field: LIST, without: OPERAND }`: the list's elements that are not in the operand list, in order.
    case without(list: [String], Operand)
    /// `{ field: SUPPORT, unsupported_on: OPERAND }`: for each feature of a `wasm_feature_support` list and
    /// each `wasm.runtimes` entry of the operand whose runtime does not enable it by default at the entry's
    /// version, `feature: runtime version`, marked `(unverified)` where the table's boundary is.
    case unsupportedOn(support: [String], Operand)

    /// Nil (no value) when what it is derived from has none.
    func value(in context: EvaluationContext, scanRoot: String) -> FactValue {
        switch self {
        case .forPath(let parameter, let pathField):
            guard let map = context.parameters[parameter]?.objectValue, let path = context.value(at: pathField).stringValue else { return .null }
            let relative = Configuration.relative(path, to: scanRoot)
            var names = Set<String>()
            for (glob, list) in map.fields where PathGlob(glob).matches(relative) {
                names.formUnion(list.listValue?.compactMap(\.stringValue) ?? [])
            }
            return .strings(names.sorted())
        case .without(let listField, let operand):
            guard let list = context.value(at: listField).listValue, let removed = context.resolve(operand).listValue else { return .null }
            return .list(list.filter { !removed.contains($0) })
        case .unsupportedOn(let supportField, let operand):
            guard let rows = context.value(at: supportField).listValue?.compactMap(\.objectValue),
                  let entries = context.resolve(operand).listValue?.compactMap(\.stringValue) else { return .null }
            return .strings(Self.gaps(rows, entries))
        }
    }

    /// The runtime gaps of `unsupported_on`, feature by feature in the rows' order, then in the entries'
    /// order. Entries the runtime table cannot resolve were refused when the configuration loaded.
    private static func gaps(_ rows: [FactObject], _ entries: [String]) -> [String] {
        var features: [String] = []
        for row in rows { if let feature = row["feature"].stringValue, !features.contains(feature) { features.append(feature) } }
        var gaps: [String] = []
        for feature in features {
            for entry in entries {
                guard case .success(let named) = WasmRuntimeTable.words(of: entry),
                      let row = rows.first(where: { $0["feature"].stringValue == feature && $0["runtime"].stringValue == named.name }),
                      let oldest = row["oldest"].stringValue,
                      case .success(let version) = WasmRuntimeTable.version(named.version, in: entry, runtime: named.name, oldest: oldest)
                else { continue }
                if WasmRuntimeTable.enables(version, since: row["since"].stringValue) { continue }
                let caveat = row["unverified"].boolValue == true ? " (unverified)" : ""
                gaps.append("\(feature): \(named.name) \(version)\(caveat)")
            }
        }
        return gaps
    }
}

extension StrictYAML {
    /// `let:`, a mapping of names to derivations, each of which may use the ones before it.
    func bindings(_ node: YAMLNode, _ context: inout FieldContext) throws(DefinitionError) -> [Binding] {
        guard let pairs = node.mappingPairs else {
            throw error(node, "'let' must be a mapping of names to derived values, found \(node.kindDescription)")
        }
        var bindings: [Binding] = []
        for pair in pairs {
            let name = try nonEmptyString(pair.key, "a name in 'let'")
            guard name.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression) != nil, name != "item", name != "param" else {
                throw error(pair.key, "'\(name)' cannot name a derived value: use lower-case letters, digits and '_', other than item and param")
            }
            // (A name given twice is a duplicate key, which the YAML reader refuses.)
            if context.scope.field(name) != nil {
                throw error(pair.key, "'\(name)' is already a field of scope \(context.scope.name)")
            }
            let (derivation, type) = try derivation(pair.value, context)
            context.bindings[name] = type
            bindings.append(Binding(name: name, type: type, derivation: derivation))
        }
        return bindings
    }

    private func derivation(_ node: YAMLNode, _ context: FieldContext) throws(DefinitionError) -> (Derivation, FieldType) {
        let map = try mapping(node, "a derived value", allowed: ["param", "for_path", "field", "without", "unsupported_on"])
        if let parameterPair = map["param"], let pathPair = map["for_path"], map.count == 2 {
            let name = try nonEmptyString(parameterPair.value, "param")
            guard let parameter = context.parameters[name] else {
                let known = context.parameters.keys.sorted().joined(separator: ", ")
                throw error(parameterPair.value, "unknown parameter '\(name)'; declared parameters: \(known.isEmpty ? "none" : known)")
            }
            guard parameter.type == .map(.list(.string)) else {
                throw error(parameterPair.value, "'for_path' needs a string_list_map parameter, but '\(name)' is \(parameter.type)")
            }
            let path = try fieldPath(pathPair.value, "for_path", context)
            guard path.type == .string else {
                throw error(pathPair.value, "'for_path' needs a string field (a file path), but it is \(path.type)")
            }
            return (.forPath(parameter: name, path: path.path), .list(.string))
        }
        if let fieldPair = map["field"], map.count == 2, let operatorName = map.keys.first(where: { $0 != "field" }), let operandPair = map[operatorName] {
            let field = try fieldPath(fieldPair.value, "field", context)
            switch operatorName {
            case "without":
                guard case .list(let element) = field.type, element.isScalar else {
                    throw error(fieldPair.value, "'without' needs a list of scalars, but it is \(field.type)")
                }
                return (.without(list: field.path, try operand(operandPair.value, type: field.type, "without", context)), field.type)
            case "unsupported_on":
                guard field.type == .list(.object(Schemas.wasmFeatureSupport)) else {
                    throw error(fieldPair.value, "'unsupported_on' needs a list of \(Schemas.wasmFeatureSupport.name), but it is \(field.type)")
                }
                return (.unsupportedOn(support: field.path, try operand(operandPair.value, type: .list(.string), "unsupported_on", context)), .list(.string))
            default:
                break
            }
        }
        throw error(node, "a derived value is { param: MAP, for_path: PATH }, { field: LIST, without: LIST } or { field: SUPPORT, unsupported_on: RUNTIMES }")
    }

    private func fieldPath(_ node: YAMLNode, _ what: String, _ context: FieldContext) throws(DefinitionError) -> (path: [String], type: FieldType) {
        let text = try nonEmptyString(node, what)
        let path = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch context.resolve(path) {
        case .success(let type): return (path, type)
        case .failure(let failure): throw error(node, failure.message)
        }
    }
}
