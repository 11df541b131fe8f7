/// A module version with golang.org/x/mod/semver semantics: `vMAJOR[.MINOR[.PATCH[-PRERELEASE][+BUILD]]]`,
/// where `v1` and `v1.2` are shorthands for `v1.0.0` and `v1.2.0`.
public struct ModuleVersion: Sendable, Hashable, CustomStringConvertible {
    /// The version text as written.
    public let string: String
    /// Major number, as decimal digits (may exceed `Int`).
    public let majorNumber: String
    /// Minor number, as decimal digits; "0" for `vN`.
    public let minorNumber: String
    /// Patch number, as decimal digits; "0" for `vN` and `vN.M`.
    public let patchNumber: String
    /// The prerelease suffix including its `-`, or "".
    public let prerelease: String
    /// The build-metadata suffix including its `+`, or "".
    public let build: String
    /// Whether the text used the `vN` or `vN.M` shorthand.
    public let isShorthand: Bool

    /// Parses a semantic version; nil when `text` is not valid for `semver.IsValid`.
    public init?(_ text: String) {
        guard let parts = SemverParts(Array(text.utf8)) else { return nil }
        string = text
        majorNumber = parts.major
        minorNumber = parts.minor
        patchNumber = parts.patch
        prerelease = parts.prerelease
        build = parts.build
        isShorthand = parts.isShorthand
    }

    /// The version text as written.
    public var description: String { string }

    /// `semver.Major`, e.g. "v2".
    public var major: String { "v" + majorNumber }

    /// `semver.MajorMinor`, e.g. "v2.1".
    public var majorMinor: String { "v\(majorNumber).\(minorNumber)" }

    /// Whether the build metadata is exactly `+incompatible`.
    public var isIncompatible: Bool { build == "+incompatible" }

    /// `module.CanonicalVersion`: shorthands filled in, build metadata dropped except `+incompatible`.
    public var canonical: String {
        let base = "v\(majorNumber).\(minorNumber).\(patchNumber)\(prerelease)"
        return isIncompatible ? base + "+incompatible" : base
    }

    /// Whether the text is already in canonical form.
    public var isCanonical: Bool { canonical == string }

    /// Whether this is a pseudo-version (`module.IsPseudoVersion`), in any of its three forms.
    public var isPseudo: Bool { PseudoVersion(string) != nil }

    /// The pseudo-version parts, when this is a pseudo-version.
    public var pseudo: PseudoVersion? { PseudoVersion(string) }

    /// `semver.IsValid`.
    public static func isValid(_ text: String) -> Bool { SemverParts(Array(text.utf8)) != nil }

    /// `module.CanonicalVersion`; nil when `text` is not a valid semantic version.
    public static func canonical(_ text: String) -> String? { ModuleVersion(text)?.canonical }

    /// Whether `text` is a valid, canonical module version (what go.sum and a formatted go.mod contain).
    public static func isCanonical(_ text: String) -> Bool { ModuleVersion(text)?.isCanonical ?? false }

    /// `semver.Compare`: -1, 0 or +1 by semantic-version precedence. Build metadata (including
    /// `+incompatible`) is ignored; an invalid version sorts before every valid one, and all invalid
    /// versions are equal.
    public static func compare(_ lhs: String, _ rhs: String) -> Int {
        let left = ModuleVersion(lhs)
        let right = ModuleVersion(rhs)
        switch (left, right) {
        case (nil, nil): return 0
        case (nil, _): return -1
        case (_, nil): return 1
        case (let left?, let right?): return left.compare(to: right)
        }
    }

    /// Semantic-version precedence of `self` against `other` (-1, 0, +1), ignoring build metadata.
    public func compare(to other: ModuleVersion) -> Int {
        if let order = SemverParts.compareNumbers(majorNumber, other.majorNumber).nonZero { return order }
        if let order = SemverParts.compareNumbers(minorNumber, other.minorNumber).nonZero { return order }
        if let order = SemverParts.compareNumbers(patchNumber, other.patchNumber).nonZero { return order }
        return SemverParts.comparePrerelease(prerelease, other.prerelease)
    }
}

extension Int {
    fileprivate var nonZero: Int? { self == 0 ? nil : self }
}

/// The pieces of a semantic version, parsed as x/mod/semver's `parse` does.
struct SemverParts {
    var major: String
    var minor: String
    var patch: String
    var prerelease: String
    var build: String
    var isShorthand: Bool

    init?(_ bytes: [UInt8]) {
        guard bytes.first == UInt8(ascii: "v") else { return nil }
        var index = 1
        guard let major = Self.number(bytes, &index) else { return nil }
        self.major = major
        minor = "0"
        patch = "0"
        prerelease = ""
        build = ""
        isShorthand = true
        if index == bytes.count { return }
        guard bytes[index] == UInt8(ascii: "."), let minor = Self.number(bytes, &index, skip: 1) else { return nil }
        self.minor = minor
        if index == bytes.count { return }
        guard bytes[index] == UInt8(ascii: "."), let patch = Self.number(bytes, &index, skip: 1) else { return nil }
        self.patch = patch
        isShorthand = false
        if index < bytes.count && bytes[index] == UInt8(ascii: "-") {
            guard let end = Self.identifiers(bytes, from: index, until: UInt8(ascii: "+"), numericRule: true) else {
                return nil
            }
            prerelease = String(decoding: bytes[index..<end], as: UTF8.self)
            index = end
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: "+") {
            guard let end = Self.identifiers(bytes, from: index, until: nil, numericRule: false) else { return nil }
            build = String(decoding: bytes[index..<end], as: UTF8.self)
            index = end
        }
        guard index == bytes.count else { return nil }
    }

    /// Decimal digits without a superfluous leading zero.
    private static func number(_ bytes: [UInt8], _ index: inout Int, skip: Int = 0) -> String? {
        let start = index + skip
        var end = start
        while end < bytes.count && isDigit(bytes[end]) { end += 1 }
        guard end > start, !(bytes[start] == UInt8(ascii: "0") && end - start > 1) else { return nil }
        index = end
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Dot-separated non-empty `[0-9A-Za-z-]` identifiers after the leading `-` or `+`; returns the end.
    private static func identifiers(_ bytes: [UInt8], from start: Int, until stop: UInt8?, numericRule: Bool) -> Int? {
        var index = start + 1
        var identifierStart = index
        func identifierOK(_ end: Int) -> Bool {
            guard end > identifierStart else { return false }
            if numericRule {
                let identifier = bytes[identifierStart..<end]
                let allDigits = identifier.allSatisfy(isDigit)
                if allDigits && identifier.count > 1 && identifier.first == UInt8(ascii: "0") { return false }
            }
            return true
        }
        while index < bytes.count && bytes[index] != stop {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                guard identifierOK(index) else { return nil }
                identifierStart = index + 1
            } else if !isIdentifierByte(byte) {
                return nil
            }
            index += 1
        }
        return identifierOK(index) ? index : nil
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "-")
    }

    /// Compares decimal digit strings without leading zeros numerically.
    static func compareNumbers(_ lhs: String, _ rhs: String) -> Int {
        if lhs == rhs { return 0 }
        if lhs.utf8.count != rhs.utf8.count { return lhs.utf8.count < rhs.utf8.count ? -1 : 1 }
        return lhs.utf8.lexicographicallyPrecedes(rhs.utf8) ? -1 : 1
    }

    /// SemVer 2.0.0 prerelease precedence; "" (a release) sorts after every prerelease.
    static func comparePrerelease(_ lhs: String, _ rhs: String) -> Int {
        if lhs == rhs { return 0 }
        if lhs.isEmpty { return 1 }
        if rhs.isEmpty { return -1 }
        let left = lhs.utf8.dropFirst().split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        let right = rhs.utf8.dropFirst().split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        for (x, y) in zip(left, right) where !x.elementsEqual(y) {
            let xNumeric = x.allSatisfy(isDigit)
            let yNumeric = y.allSatisfy(isDigit)
            if xNumeric != yNumeric { return xNumeric ? -1 : 1 }
            if xNumeric && x.count != y.count { return x.count < y.count ? -1 : 1 }
            return x.lexicographicallyPrecedes(y) ? -1 : 1
        }
        if left.count == right.count { return 0 }
        return left.count < right.count ? -1 : 1
    }
}
