/// A build constraint expression, as `go/build/constraint` represents it: tags combined with `!`, `&&` and
/// `||`.
///
/// `description` prints it exactly as `constraint.Expr.String()` does: `&&` and `||` surrounded by single
/// spaces, parentheses only around an `||` inside `&&`, an `&&` inside `||`, and an `&&`/`||` under `!`.
/// Parsing bounds the size (and so the nesting) of an expression, so the recursive operations here are
/// bounded too.
public indirect enum GoBuildExpression: Sendable, Hashable, CustomStringConvertible {
    /// A build tag such as `linux`, `cgo` or `go1.21`.
    case tag(String)
    /// `!x`.
    case not(GoBuildExpression)
    /// `x && y`.
    case and(GoBuildExpression, GoBuildExpression)
    /// `x || y`.
    case or(GoBuildExpression, GoBuildExpression)

    /// The expression in `//go:build` syntax, printed as Go prints it.
    public var description: String {
        var text = ""
        write(to: &text)
        return text
    }

    private func write(to text: inout String) {
        switch self {
        case .tag(let name):
            text += name
        case .not(let operand):
            text += "!"
            operand.write(to: &text, parenthesized: operand.isBinary)
        case .and(let left, let right):
            left.write(to: &text, parenthesized: left.isOr)
            text += " && "
            right.write(to: &text, parenthesized: right.isOr)
        case .or(let left, let right):
            left.write(to: &text, parenthesized: left.isAnd)
            text += " || "
            right.write(to: &text, parenthesized: right.isAnd)
        }
    }

    private func write(to text: inout String, parenthesized: Bool) {
        if parenthesized { text += "(" }
        write(to: &text)
        if parenthesized { text += ")" }
    }

    private var isAnd: Bool {
        if case .and = self { return true }
        return false
    }

    private var isOr: Bool {
        if case .or = self { return true }
        return false
    }

    private var isBinary: Bool { isAnd || isOr }

    /// Whether the expression holds when exactly the tags in `tags` are satisfied.
    public func eval(tags: Set<String>) -> Bool {
        eval { tags.contains($0) }
    }

    /// Whether the expression holds, asking `isSatisfied` about each tag. Like Go's `Expr.Eval`, both sides of
    /// `&&` and `||` are evaluated, so `isSatisfied` sees every tag.
    public func eval(_ isSatisfied: (String) -> Bool) -> Bool {
        switch self {
        case .tag(let name):
            return isSatisfied(name)
        case .not(let operand):
            return !operand.eval(isSatisfied)
        case .and(let left, let right):
            let leftHolds = left.eval(isSatisfied)
            let rightHolds = right.eval(isSatisfied)
            return leftHolds && rightHolds
        case .or(let left, let right):
            let leftHolds = left.eval(isSatisfied)
            let rightHolds = right.eval(isSatisfied)
            return leftHolds || rightHolds
        }
    }

    /// Every tag the expression mentions, in order of appearance, without repeats.
    public var tags: [String] {
        var seen = Set<String>()
        var ordered: [String] = []
        _ = eval { tag in
            if seen.insert(tag).inserted { ordered.append(tag) }
            return false
        }
        return ordered
    }

    /// The conjunction of `operands` (nil when empty). The tree is balanced, so a file with many `// +build`
    /// lines gives a shallow expression; it prints and evaluates as the left-nested `&&` chain Go builds.
    static func conjunction(_ operands: ArraySlice<GoBuildExpression>) -> GoBuildExpression? {
        switch operands.count {
        case 0: return nil
        case 1: return operands.first
        default:
            let middle = operands.startIndex + (operands.count + 1) / 2
            guard let left = conjunction(operands[..<middle]), let right = conjunction(operands[middle...]) else {
                return nil
            }
            return .and(left, right)
        }
    }
}
