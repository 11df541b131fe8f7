/// The decoded `.BTF` section: header facts, all types and the string section.
public struct BTFInfo: Sendable, Equatable {
    /// `hdr_len`: 24 (classic) or 32 (with the layout section).
    public let headerLength: Int
    /// Header `version` (1).
    public let version: UInt8
    /// Header `flags`.
    public let flags: UInt8
    /// Types in id order: `types[0]` has id 1.
    public let types: [BTFType]
    /// Size of the string section in bytes.
    public let stringsLength: Int
    /// Whether the header carries a non-empty layout section (2026 format extension).
    public let hasLayout: Bool
    let strings: [UInt8]

    /// The type with `id`, nil for 0 (void) or an id past the last type.
    public func type(_ id: UInt32) -> BTFType? {
        id == 0 || Int(id) > types.count ? nil : types[Int(id) - 1]
    }

    /// The string at `offset` of the string section; nil when out of range or unterminated.
    public func string(at offset: UInt32) -> String? {
        guard Int(offset) < strings.count, let end = strings[Int(offset)...].firstIndex(of: 0) else { return nil }
        return String(decoding: strings[Int(offset)..<end], as: UTF8.self)
    }

    /// The name of `type`, "" when anonymous or unreadable.
    public func name(of type: BTFType) -> String {
        string(at: type.nameOffset) ?? ""
    }

    /// Distinct kinds present, in kind-number order.
    public var kinds: [BTFKind] {
        Set(types.map(\.kind.rawValue)).sorted().map(BTFKind.init(rawValue:))
    }

    /// Whether the string at `offset` equals `literal`, without copying.
    func stringMatches(at offset: UInt32, _ literal: String) -> Bool {
        guard Int(offset) < strings.count else { return false }
        var index = Int(offset)
        for byte in literal.utf8 {
            guard index < strings.count, strings[index] == byte else { return false }
            index += 1
        }
        return index < strings.count && strings[index] == 0
    }
}
