/// The level at or above which a finding fails the run (`--fail-on`, `fail_on`), or never.
public enum FailOn: String, Sendable, CaseIterable, Codable {
    case error, warning, note, never

    /// The lowest level that fails the run; nil for `never`.
    public var threshold: Level? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .note: .note
        case .never: nil
        }
    }

    public func fails(_ level: Level) -> Bool {
        threshold.map { level >= $0 } ?? false
    }
}
