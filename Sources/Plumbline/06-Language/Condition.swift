import Foundation

/// A rule's `when`: a tree of field tests joined by all/any/not. Built and type-checked by `RuleLoader`.
public indirect enum Condition: Sendable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    case test(FieldTest)
}

/// `{ field: PATH, <operator>: operand }`, or `{ param: NAME, <operator>: operand }` to test a parameter.
public struct FieldTest: Sendable {
    /// What is tested: a field of the fact (`.field`) or a parameter (`.param`).
    public let subject: Operand
    public let type: FieldType
    public let op: Operator
}

/// Where a comparison's right-hand side comes from.
public enum Operand: Sendable {
    case literal(FactValue)
    /// `{ field: other.path }`: another field of the same fact.
    case field([String])
    /// `{ param: name }`: a parameter, set in `.plumbline.yaml` or defaulted by the rule file.
    case param(String)
}

public enum Ordering: String, Sendable, CaseIterable {
    case lt, le, gt, ge, eq

    func holds(_ order: Int) -> Bool {
        switch self {
        case .lt: order < 0
        case .le: order <= 0
        case .gt: order > 0
        case .ge: order >= 0
        case .eq: order == 0
        }
    }
}

/// What `is:` can ask of a module version.
public enum VersionClass: String, Sendable, CaseIterable {
    case pseudo, incompatible, prerelease, release, valid
}

public enum Operator: Sendable {
    case equals(Operand)
    case notEquals(Operand)
    case oneOf([FactValue])
    case noneOf([FactValue])
    case matches(CompiledRegex)
    case exists(Bool)
    case contains(Operand)
    /// A list field shares at least one element with the operand list.
    case containsAny(Operand)
    /// Every element of a list field is in the operand list.
    case onlyIn(Operand)
    /// A path field equals one of the operand list's paths or lies under one (`a.com/x` is under `a.com`).
    case under(Operand)
    /// gt/ge/lt/le on ints and dates.
    case compare(Ordering, Operand)
    /// version_lt ... version_eq on module or Go versions, in the field's own order.
    case version(Ordering, Operand)
    case classify(VersionClass)
    /// `count: { where: ..., ge: N }` over a list field.
    case count(where: Condition?, Ordering, Int)
}

/// NSRegularExpression is immutable once built and documented as safe to use from several threads.
public final class CompiledRegex: @unchecked Sendable {
    public let pattern: String
    let regex: NSRegularExpression

    init(_ pattern: String) throws {
        self.pattern = pattern
        self.regex = try NSRegularExpression(pattern: pattern)
    }

    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
