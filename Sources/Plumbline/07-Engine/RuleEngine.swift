import GoModules

/// Evaluates rules over facts. Pure: the same rules, facts and parameters give the same findings.
public enum RuleEngine {
    public static func evaluate(
        _ rules: [Rule], on base: FactBase, parameters: [String: FactValue], levels: [String: Level] = [:]
    ) -> [Finding] {
        // Rules are independent and pure over the facts: evaluate them on every core.
        parallelMap(rules.count) { index in
            evaluate(rules[index], on: base, parameters: parameters, level: levels[rules[index].id] ?? rules[index].level)
        }.flatMap { $0 }.sorted(by: Finding.reportingOrder)
    }

    static func evaluate(_ rule: Rule, on base: FactBase, parameters: [String: FactValue], level: Level) -> [Finding] {
        var findings: [Finding] = []
        var fingerprintUses: [String: Int] = [:]
        for fact in base[rule.scope] {
            let items: [FactObject?]
            if let forEach = rule.forEach {
                items = (fact.value(at: forEach).listValue ?? []).compactMap(\.objectValue)
            } else {
                items = [nil]
            }
            for item in items {
                var context = EvaluationContext(fact: fact, item: item, parameters: parameters)
                for binding in rule.bindings {
                    context.bindings[binding.name] = binding.derivation.value(in: context, scanRoot: base.scanRoot)
                }
                if let when = rule.when, !when.evaluate(in: context) { continue }
                let anchored = rule.anchor.flatMap { base.anchor($0, of: fact, in: rule.scope) }
                let location = item?.location ?? anchored ?? fact.location ?? SourceLocation.file(".")
                let identity = [fact.identity, item?.identity].compactMap { $0 }.joined(separator: "|")
                var fingerprint = Fingerprint.make(ruleID: rule.id, path: location.path, identity: identity)
                // Two findings with one identity (say, the same line twice in go.sum) still need distinct keys.
                let uses = fingerprintUses[fingerprint, default: 0]
                fingerprintUses[fingerprint] = uses + 1
                if uses > 0 { fingerprint = Fingerprint.make(ruleID: rule.id, path: location.path, identity: identity + "#\(uses)") }
                var finding = Finding(
                    ruleID: rule.id,
                    level: level,
                    message: rule.message.render(context),
                    location: location,
                    fingerprint: fingerprint,
                    action: rule.remediation?.action?.render(context),
                    goLine: rule.remediation?.goLine.map { $0.render(context) }.flatMap { GoVersion($0) == nil ? nil : $0 }
                )
                finding.unfilledPlaceholders = rule.message.unfilledPlaceholders(context)
                    + (rule.remediation?.action?.unfilledPlaceholders(context) ?? [])
                findings.append(finding)
            }
        }
        return findings
    }
}
