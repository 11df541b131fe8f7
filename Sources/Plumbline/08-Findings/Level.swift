/// How serious a finding is. The raw values are SARIF's result levels.
public enum Level: String, Sendable, CaseIterable, Comparable, Codable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (a: Level, b: Level) -> Bool { a.rank < b.rank }
}
