/// A Go release or language version with go/version semantics (`internal/gover`): `1.21`, `1.21rc1`,
/// `1.21.0`, `1.21.1`. Ordering: `1.9 < 1.10`, `1.21 < 1.21rc1 < 1.21.0 < 1.21.1`; before 1.21 the
/// language version `1.N` equals `1.N.0`. Equality follows that ordering.
public struct GoVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The text as given (without any `go` prefix).
    public let string: String
    /// Major number, decimal.
    public let major: String
    /// Minor number, decimal ("0" for `1`).
    public let minor: String
    /// Patch number, decimal, or "" for a language version or prerelease such as `1.21` or `1.21rc1`.
    public let patch: String
    /// Prerelease kind: "", "alpha", "beta", "rc" (any lower-case word is accepted).
    public let kind: String
    /// Prerelease number, or "".
    public let prereleaseNumber: String

    /// Parses a Go version (`gover.Parse`); nil when invalid.
    public init?(_ text: String) {
        guard let parts = Self.parts(Array(text.utf8)) else { return nil }
        string = text
        (major, minor, patch, kind, prereleaseNumber) = parts
    }

    private static func parts(_ bytes: [UInt8]) -> (String, String, String, String, String)? {
        var index = 0
        guard let major = number(bytes, &index) else { return nil }
        if index == bytes.count { return (major, "0", "0", "", "") }
        guard bytes[index] == UInt8(ascii: ".") else { return nil }
        index += 1
        guard let minor = number(bytes, &index) else { return nil }
        if index == bytes.count {
            // Before Go 1.21 the language version 1.N is the release 1.N.0.
            return (major, minor, SemverParts.compareNumbers(minor, "21") < 0 ? "0" : "", "", "")
        }
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard let patch = number(bytes, &index), index == bytes.count else { return nil }
            return (major, minor, patch, "", "")
        }
        let kindStart = index
        while index < bytes.count && !SemverParts.isDigit(bytes[index]) {
            guard bytes[index] >= UInt8(ascii: "a") && bytes[index] <= UInt8(ascii: "z") else { return nil }
            index += 1
        }
        guard index > kindStart else { return nil }
        let kind = String(decoding: bytes[kindStart..<index], as: UTF8.self)
        if index == bytes.count { return (major, minor, "", kind, "") }
        guard let number = number(bytes, &index), index == bytes.count else { return nil }
        return (major, minor, "", kind, number)
    }

    /// Parses a toolchain name such as `go1.21.0` or `go1.21.0-custom` (`gover.FromToolchain`).
    public init?(toolchain name: String) {
        guard !name.contains("/"), !name.contains("\\"), name.hasPrefix("go") else { return nil }
        let version = name.dropFirst(2).prefix { $0 != " " && $0 != "\t" && $0 != "-" }
        self.init(String(version))
    }

    private static func number(_ bytes: [UInt8], _ index: inout Int) -> String? {
        let start = index
        while index < bytes.count && SemverParts.isDigit(bytes[index]) { index += 1 }
        guard index > start, !(bytes[start] == UInt8(ascii: "0") && index - start > 1) else {
            index = start
            return nil
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// The version text as given.
    public var description: String { string }

    /// The language version (`gover.Lang`), e.g. "1.21" for `1.21.3` or `1.21rc1`, "1" for `1` / `1.0`.
    public var language: String {
        if major == "1" && minor == "0" { return major }
        return "\(major).\(minor)"
    }

    /// Whether this names a language version such as `1.21` (`gover.IsLang`).
    public var isLanguageVersion: Bool { patch.isEmpty && kind.isEmpty && prereleaseNumber.isEmpty }

    /// Whether this is a prerelease such as `1.21rc1`.
    public var isPrerelease: Bool { !kind.isEmpty }

    /// `gover.IsValid`.
    public static func isValid(_ text: String) -> Bool { GoVersion(text) != nil }

    /// Whether `text` is accepted on a go.mod `go` line (modfile.GoVersionRE):
    /// `^([1-9][0-9]*)\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$`.
    public static func isValidGoLine(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        func number() -> Bool {
            let start = index
            while index < bytes.count && SemverParts.isDigit(bytes[index]) { index += 1 }
            return index > start && !(bytes[start] == UInt8(ascii: "0") && index - start > 1)
        }
        guard bytes.first != UInt8(ascii: "0"), number(), index < bytes.count, bytes[index] == UInt8(ascii: ".")
        else { return false }
        index += 1
        guard number() else { return false }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard number() else { return false }
        }
        if index == bytes.count { return true }
        let letters = index
        while index < bytes.count && bytes[index] >= UInt8(ascii: "a") && bytes[index] <= UInt8(ascii: "z") {
            index += 1
        }
        guard index > letters else { return false }
        let digits = index
        while index < bytes.count && SemverParts.isDigit(bytes[index]) { index += 1 }
        return index > digits && index == bytes.count
    }

    /// Whether `text` is accepted on a `toolchain` line (modfile.ToolchainRE `^default$|^go1($|\.)`).
    public static func isValidToolchainLine(_ text: String) -> Bool {
        text == "default" || text == "go1" || text.hasPrefix("go1.")
    }

    /// The language version of a Go version or toolchain name: "1.21" for `1.21.3`, `go1.21.0` or
    /// `go1.21.0-custom`; nil when neither form is valid.
    public static func lang(of versionOrToolchain: String) -> String? {
        (GoVersion(versionOrToolchain) ?? GoVersion(toolchain: versionOrToolchain))?.language
    }

    /// `gover.Compare` on two version strings; an invalid version sorts before all valid ones.
    public static func compare(_ lhs: String, _ rhs: String) -> Int {
        let invalid = GoVersion.zero
        return (GoVersion(lhs) ?? invalid).compare(to: GoVersion(rhs) ?? invalid)
    }

    /// The empty version gover.Parse yields for invalid input.
    private static let zero = GoVersion(empty: ())

    private init(empty: Void) {
        string = ""
        major = ""
        minor = ""
        patch = ""
        kind = ""
        prereleaseNumber = ""
    }

    /// -1, 0 or +1 by Go's version order.
    public func compare(to other: GoVersion) -> Int {
        for (left, right) in [(major, other.major), (minor, other.minor), (patch, other.patch)] {
            let order = SemverParts.compareNumbers(left, right)
            if order != 0 { return order }
        }
        if kind != other.kind { return kind < other.kind ? -1 : 1 }
        return SemverParts.compareNumbers(prereleaseNumber, other.prereleaseNumber)
    }

    /// Orders versions as Go does.
    public static func < (lhs: GoVersion, rhs: GoVersion) -> Bool { lhs.compare(to: rhs) < 0 }

    /// Whether two versions are the same in Go's order (`1.20` equals `1.20.0`).
    public static func == (lhs: GoVersion, rhs: GoVersion) -> Bool { lhs.compare(to: rhs) == 0 }

    /// Hashes the parsed fields, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(major)
        hasher.combine(minor)
        hasher.combine(patch)
        hasher.combine(kind)
        hasher.combine(prereleaseNumber)
    }
}
