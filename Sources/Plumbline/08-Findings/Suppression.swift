/// Why a finding is accepted rather than fixed. Suppressed findings stay in every report (SARIF
/// `suppressions`, JSON `suppression`) and only stop counting towards the exit code.
public struct Suppression: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// A `plumbline:ignore` comment in the file itself.
        case inSource
        /// A `suppressions` entry of the configuration.
        case external
    }

    public var kind: Kind
    public var reason: String
    public var owner: String?
    /// `YYYY-MM-DD`; from that date on the suppression no longer applies.
    public var expires: CalendarDate?
    /// Where the suppression is written.
    public var location: SourceLocation

    public init(kind: Kind, reason: String, owner: String? = nil, expires: CalendarDate? = nil, location: SourceLocation) {
        self.kind = kind
        self.reason = reason
        self.owner = owner
        self.expires = expires
        self.location = location
    }
}
