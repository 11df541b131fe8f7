import BPF
import GoModules

/// What a condition reads: the scope's fact, the `for_each` item when there is one, parameters, and the
/// rule's `let` values.
struct EvaluationContext {
    var fact: FactObject
    var item: FactObject?
    var parameters: [String: FactValue]
    var bindings: [String: FactValue] = [:]

    func value(at path: [String]) -> FactValue {
        if let name = path.first, let bound = bindings[name] {
            if path.count == 1 { return bound }
            return bound.objectValue?.value(at: Array(path.dropFirst())) ?? .null
        }
        if path.first == "item", let item {
            return item.value(at: Array(path.dropFirst()))
        }
        return fact.value(at: path)
    }

    func resolve(_ operand: Operand) -> FactValue {
        switch operand {
        case .literal(let value): value
        case .field(let path): value(at: path)
        case .param(let name): parameters[name] ?? .null
        }
    }
}

extension Condition {
    /// A missing (null) field fails every test except `exists: false` and `not_equals`/`not_in`.
    func evaluate(in context: EvaluationContext) -> Bool {
        switch self {
        case .all(let conditions): conditions.allSatisfy { $0.evaluate(in: context) }
        case .any(let conditions): conditions.contains { $0.evaluate(in: context) }
        case .not(let condition): !condition.evaluate(in: context)
        case .test(let test): test.evaluate(in: context)
        }
    }
}

extension FieldTest {
    func evaluate(in context: EvaluationContext) -> Bool {
        let value = context.resolve(subject)
        switch op {
        case .exists(let expected):
            return !value.isNull == expected
        case .notEquals(let operand):
            return value != context.resolve(operand)
        case .noneOf(let values):
            return !values.contains(value)
        default:
            break
        }
        if value.isNull { return false }
        switch op {
        case .equals(let operand):
            return value == context.resolve(operand)
        case .oneOf(let values):
            return values.contains(value)
        case .matches(let regex):
            guard let text = value.stringValue else { return false }
            return regex.matches(text)
        case .contains(let operand):
            let needle = context.resolve(operand)
            switch value {
            case .list(let items): return items.contains(needle)
            case .string(let text): return needle.stringValue.map { text.contains($0) } ?? false
            default: return false
            }
        case .containsAny(let operand):
            guard let items = value.listValue, let others = context.resolve(operand).listValue else { return false }
            return items.contains(where: others.contains)
        case .onlyIn(let operand):
            guard let items = value.listValue, let others = context.resolve(operand).listValue else { return false }
            return items.allSatisfy(others.contains)
        case .under(let operand):
            guard let path = value.stringValue, let prefixes = context.resolve(operand).listValue else { return false }
            return prefixes.contains { prefix in
                guard var prefix = prefix.stringValue else { return false }
                while prefix.hasSuffix("/") { prefix.removeLast() }
                return !prefix.isEmpty && (path == prefix || path.hasPrefix(prefix + "/"))
            }
        case .compare(let ordering, let operand):
            let other = context.resolve(operand)
            if let a = value.intValue, let b = other.intValue { return ordering.holds(a < b ? -1 : (a == b ? 0 : 1)) }
            if type == .date {
                guard let a = value.stringValue.flatMap(CalendarDate.init), let b = other.stringValue.flatMap(CalendarDate.init) else { return false }
                return ordering.holds(a < b ? -1 : (a == b ? 0 : 1))
            }
            if let a = value.stringValue, let b = other.stringValue {
                return ordering.holds(a < b ? -1 : (a == b ? 0 : 1))
            }
            return false
        case .version(let ordering, let operand):
            guard let a = value.stringValue, let b = context.resolve(operand).stringValue else { return false }
            guard let order = VersionOrder.compare(a, b, as: type) else { return false }
            return ordering.holds(order)
        case .classify(let versionClass):
            guard let text = value.stringValue else { return false }
            return VersionOrder.classify(text, versionClass)
        case .count(let filter, let ordering, let expected):
            guard let items = value.listValue else { return false }
            let matching = items.filter { element in
                guard let filter else { return true }
                guard case .object(let object) = element else { return false }
                return filter.evaluate(in: EvaluationContext(fact: object, item: nil, parameters: context.parameters))
            }
            let n = matching.count
            return ordering.holds(n < expected ? -1 : (n == expected ? 0 : 1))
        case .exists, .notEquals, .noneOf:
            return false  // handled above
        }
    }
}

/// Go-aware ordering for the two version kinds the rules compare.
enum VersionOrder {
    /// -1, 0, 1; nil when either side is not a valid version of that kind (a test on it is false).
    static func compare(_ a: String, _ b: String, as type: FieldType) -> Int? {
        switch type {
        case .goVersion:
            guard GoVersion.isValid(a), GoVersion.isValid(b) else { return nil }
            return GoVersion.compare(a, b)
        case .kernelVersion:
            guard let a = BPFKernelVersion(a), let b = BPFKernelVersion(b) else { return nil }
            return a < b ? -1 : (a == b ? 0 : 1)
        default:
            guard ModuleVersion.isValid(a), ModuleVersion.isValid(b) else { return nil }
            return ModuleVersion.compare(a, b)
        }
    }

    static func classify(_ version: String, _ versionClass: VersionClass) -> Bool {
        guard let parsed = ModuleVersion(version) else { return false }
        switch versionClass {
        case .valid: return true
        case .pseudo: return parsed.isPseudo
        case .incompatible: return parsed.isIncompatible
        case .prerelease: return !parsed.prerelease.isEmpty && !parsed.isPseudo
        case .release: return parsed.prerelease.isEmpty
        }
    }
}
