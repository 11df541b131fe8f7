extension GoBuildExpression {
    /// The `// +build` lines equivalent to this expression, as Go's `constraint.PlusBuildLines` (and gofmt)
    /// writes them: negations pushed down to tags, then one line per top-level `&&` operand, or a single
    /// line when nothing is OR'ed. Fails with "expression too complex for // +build lines" when the
    /// expression has no such form without rewriting (an `||` nested under `&&` under `||`).
    public func plusBuildLines() throws(GoBuildExpressionError) -> [String] {
        let pushed = pushingNegations(negated: false)
        var split: [[[GoBuildExpression]]] = []
        for disjunction in pushed.andOperands {
            var conjunctions: [[GoBuildExpression]] = []
            for conjunction in disjunction.orOperands {
                var literals: [GoBuildExpression] = []
                for literal in conjunction.andOperands {
                    switch literal {
                    case .tag, .not: literals.append(literal)
                    default: throw GoBuildExpressionError(offset: 0, message: GoPlusBuildParser.tooComplex)
                    }
                }
                conjunctions.append(literals)
            }
            split.append(conjunctions)
        }
        if split.allSatisfy({ $0.count <= 1 }) {
            split = [[split.flatMap { $0.first ?? [] }]]
        }
        return split.map { disjunction in
            var line = "// +build"
            for conjunction in disjunction {
                line += " " + conjunction.map(\.description).joined(separator: ",")
            }
            return line
        }
    }

    /// De Morgan's laws applied until only tags are negated.
    private func pushingNegations(negated: Bool) -> GoBuildExpression {
        switch self {
        case .tag:
            return negated ? .not(self) : self
        case .not(let operand):
            if case .tag = operand, !negated { return self }
            return operand.pushingNegations(negated: !negated)
        case .and(let left, let right):
            let newLeft = left.pushingNegations(negated: negated)
            let newRight = right.pushingNegations(negated: negated)
            return negated ? .or(newLeft, newRight) : .and(newLeft, newRight)
        case .or(let left, let right):
            let newLeft = left.pushingNegations(negated: negated)
            let newRight = right.pushingNegations(negated: negated)
            return negated ? .and(newLeft, newRight) : .or(newLeft, newRight)
        }
    }

    /// The operands of a chain of `&&` (the expression itself when it is not an `&&`).
    var andOperands: [GoBuildExpression] {
        var operands: [GoBuildExpression] = []
        collect(into: &operands, and: true)
        return operands
    }

    /// The operands of a chain of `||`.
    var orOperands: [GoBuildExpression] {
        var operands: [GoBuildExpression] = []
        collect(into: &operands, and: false)
        return operands
    }

    private func collect(into operands: inout [GoBuildExpression], and: Bool) {
        switch self {
        case .and(let left, let right) where and, .or(let left, let right) where !and:
            left.collect(into: &operands, and: and)
            right.collect(into: &operands, and: and)
        default:
            operands.append(self)
        }
    }
}
