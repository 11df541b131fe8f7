import BPF
import GoModules
import YAML

/// Typed YAML values for parameters, literals and example settings.
extension StrictYAML {
    func value(_ node: YAMLNode, as type: FieldType, _ what: String) throws(DefinitionError) -> FactValue {
        switch type {
        case .bool:
            return .bool(try bool(node, what))
        case .int:
            return .int(try int(node, what))
        case .string:
            return .string(try string(node, what))
        case .moduleVersion:
            let text = try string(node, what)
            guard ModuleVersion.isValid(text) else {
                throw error(node, "\(what) must be a module version like v1.2.3, found '\(text)'")
            }
            return .string(text)
        case .goVersion:
            let text = try string(node, what)
            guard GoVersion.isValid(text) else {
                throw error(node, "\(what) must be a Go version like 1.22 or 1.22.3, found '\(text)'")
            }
            return .string(text)
        case .kernelVersion:
            let text = try string(node, what)
            guard BPFKernelVersion(text) != nil else {
                throw error(node, "\(what) must be a kernel version like 5.8, found '\(text)'")
            }
            return .string(text)
        case .date:
            let text = try string(node, what)
            guard CalendarDate(text) != nil else { throw error(node, "\(what) must be a date YYYY-MM-DD, found '\(text)'") }
            return .string(text)
        case .list(let element):
            var items: [FactValue] = []
            for item in try sequence(node, what) {
                items.append(try value(item, as: element, "each entry of \(what)"))
            }
            return .list(items)
        case .map(let valueType):
            guard let pairs = node.mappingPairs else {
                throw error(node, "\(what) must be a mapping, found \(node.kindDescription)")
            }
            var fields: [String: FactValue] = [:]
            for pair in pairs {
                let key = try nonEmptyString(pair.key, "a key of \(what)")
                fields[key] = try value(pair.value, as: valueType, "the value of \(key)")
            }
            return .object(FactObject(identity: what, location: location(node), fields: fields))
        case .object(let schema):
            throw error(node, "\(what) cannot be given a literal \(schema.name) object")
        }
    }

    /// Parameter types as rule files spell them.
    func parameterType(_ node: YAMLNode) throws(DefinitionError) -> FieldType {
        let name = try string(node, "type")
        switch name {
        case "bool": return .bool
        case "int": return .int
        case "string": return .string
        case "module_version": return .moduleVersion
        case "go_version": return .goVersion
        case "kernel_version": return .kernelVersion
        case "date": return .date
        case "string_list": return .list(.string)
        case "string_list_map": return .map(.list(.string))
        default:
            throw error(node, "type must be one of bool, int, string, module_version, go_version, kernel_version, date, string_list, string_list_map; found '\(name)'")
        }
    }
}
