/// A problem that does not make the module unreadable: malformed or misplaced custom sections (which the
/// specification says must not invalidate a module) and Go build info that could not be parsed.
public struct WasmDecodeWarning: Sendable, Hashable, CustomStringConvertible {
    /// Byte offset the warning refers to.
    public var offset: Int
    /// The custom section or other part concerned, e.g. `producers`.
    public var subject: String
    /// What is wrong, as a lower-case sentence fragment.
    public var message: String

    /// For example `offset 0x1f3 (producers): section appears before name`.
    public var description: String {
        "offset 0x\(String(offset, radix: 16)) (\(subject)): \(message)"
    }
}
