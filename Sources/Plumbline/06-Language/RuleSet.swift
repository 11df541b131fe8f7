/// Every rule and parameter loaded from the shipped packs and the user's rule files, in id order.
public struct RuleSet: Sendable {
    public let rules: [Rule]
    public let parameters: [String: Parameter]

    public init(rules: [Rule], parameters: [String: Parameter]) {
        self.rules = rules.sorted { $0.id < $1.id }
        self.parameters = parameters
    }

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    public var defaultParameters: [String: FactValue] { parameters.mapValues(\.defaultValue) }
}
