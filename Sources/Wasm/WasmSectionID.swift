/// The section ids of a core module (0–13).
public enum WasmSectionID: UInt8, Sendable, Hashable, CaseIterable {
    case custom = 0
    case type = 1
    case `import` = 2
    case function = 3
    case table = 4
    case memory = 5
    case global = 6
    case export = 7
    case start = 8
    case element = 9
    case code = 10
    case data = 11
    case dataCount = 12
    case tag = 13

    /// The name used in messages, as the specification spells it ("data count" as one word).
    public var name: String {
        switch self {
        case .custom: return "custom"
        case .type: return "type"
        case .import: return "import"
        case .function: return "function"
        case .table: return "table"
        case .memory: return "memory"
        case .global: return "global"
        case .export: return "export"
        case .start: return "start"
        case .element: return "element"
        case .code: return "code"
        case .data: return "data"
        case .dataCount: return "datacount"
        case .tag: return "tag"
        }
    }

    /// Position in the required order; the tag section sits between memory and global, and data count
    /// between element and code, so the order is not the id order. Custom sections have no rank.
    var orderRank: Int {
        switch self {
        case .custom: return 0
        case .type: return 1
        case .import: return 2
        case .function: return 3
        case .table: return 4
        case .memory: return 5
        case .tag: return 6
        case .global: return 7
        case .export: return 8
        case .start: return 9
        case .element: return 10
        case .dataCount: return 11
        case .code: return 12
        case .data: return 13
        }
    }
}
