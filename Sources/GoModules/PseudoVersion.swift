/// A pseudo-version (`module.IsPseudoVersion`) in one of its three forms:
/// `vX.0.0-yyyymmddhhmmss-abcdefabcdef` (no base), `vX.Y.(Z+1)-0.yyyymmddhhmmss-abcdef…` (base `vX.Y.Z`)
/// and `vX.Y.Z-pre.0.yyyymmddhhmmss-abcdef…` (base `vX.Y.Z-pre`), each optionally with `+build`.
public struct PseudoVersion: Sendable, Hashable {
    /// The full version text.
    public let version: String
    /// `module.PseudoVersionBase`: the release the pseudo-version is based on, with its build suffix;
    /// nil when there is none (form 1) or when the go command would reject the base.
    public let base: String?
    /// The 14-digit UTC commit time, `yyyymmddhhmmss`.
    public let timestamp: String
    /// The revision identifier (a commit hash prefix).
    public let revision: String
    /// Build metadata including `+`, or "".
    public let build: String

    /// Recognises a pseudo-version; nil when `version` is not one.
    public init?(_ version: String) {
        guard let semver = ModuleVersion(version), version.utf8.count(where: { $0 == UInt8(ascii: "-") }) >= 2,
            Self.matchesPattern(Array(version.utf8))
        else { return nil }
        self.version = version
        build = semver.build
        var rest = Array(version.utf8.dropLast(semver.build.utf8.count))
        guard let lastDash = rest.lastIndex(of: UInt8(ascii: "-")) else { return nil }
        revision = String(decoding: rest[(lastDash + 1)...], as: UTF8.self)
        rest = Array(rest[..<lastDash])
        let dash = rest.lastIndex(of: UInt8(ascii: "-")) ?? 0
        let rawBase: [UInt8]
        if let dot = rest.lastIndex(of: UInt8(ascii: ".")), dot > dash {
            rawBase = Array(rest[..<dot])
            timestamp = String(decoding: rest[(dot + 1)...], as: UTF8.self)
        } else {
            rawBase = Array(rest[..<dash])
            timestamp = String(decoding: rest[(dash + 1)...], as: UTF8.self)
        }
        base = Self.base(of: String(decoding: rawBase, as: UTF8.self), build: semver.build)
    }

    /// The commit time, when the timestamp is a real calendar time (as Go's `time.Parse` checks it).
    public var time: PseudoVersionTime? { PseudoVersionTime(timestamp: timestamp) }

    /// Whether this is the zero pseudo-version `vX.0.0-00010101000000-000000000000`.
    public var isZero: Bool {
        guard let semver = ModuleVersion(version) else { return false }
        return version == semver.major + ".0.0-00010101000000-000000000000"
    }

    private static func base(of rawBase: String, build: String) -> String? {
        guard let parsed = ModuleVersion(rawBase) else { return nil }
        switch parsed.prerelease {
        case "":
            return nil
        case "-0":
            let release = Array(rawBase.utf8.dropLast(2))
            guard let dot = release.lastIndex(of: UInt8(ascii: ".")),
                let patch = decrement(Array(release[(dot + 1)...]))
            else { return nil }
            return String(decoding: release[...dot] + patch, as: UTF8.self) + build
        default:
            return String(rawBase.dropLast(2)) + build
        }
    }

    /// Decimal decrement; nil below zero.
    private static func decrement(_ digits: [UInt8]) -> [UInt8]? {
        var digits = digits
        var index = digits.count - 1
        while index >= 0 && digits[index] == UInt8(ascii: "0") {
            digits[index] = UInt8(ascii: "9")
            index -= 1
        }
        if index < 0 { return nil }
        if index == 0 && digits[0] == UInt8(ascii: "1") && digits.count > 1 {
            digits.removeFirst()
        } else {
            digits[index] -= 1
        }
        return digits
    }

    /// `^v[0-9]+\.(0\.0-|\d+\.\d+-([^+]*\.)?0\.)\d{14}-[A-Za-z0-9]+(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$`
    private static func matchesPattern(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if let plus = bytes.firstIndex(of: UInt8(ascii: "+")) {
            let build = bytes[(plus + 1)...]
            let parts = build.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(SemverParts.isIdentifierByte) }) else {
                return false
            }
            body = bytes[..<plus]
        }
        guard let lastDash = body.lastIndex(of: UInt8(ascii: "-")) else { return false }
        let revision = body[(lastDash + 1)...]
        guard !revision.isEmpty,
            revision.allSatisfy({ SemverParts.isIdentifierByte($0) && $0 != UInt8(ascii: "-") })
        else { return false }
        let beforeRevision = body[..<lastDash]
        guard beforeRevision.count >= 14, beforeRevision.suffix(14).allSatisfy(SemverParts.isDigit) else {
            return false
        }
        let prefix = Array(beforeRevision.dropLast(14))
        // prefix is `v<digits>.0.0-` or `v<digits>.<digits>.<digits>-[anything ending in .]0.`
        var index = 1
        guard prefix.first == UInt8(ascii: "v"), skipDigits(prefix, &index), skip(prefix, &index, ".") else {
            return false
        }
        if Array(prefix[index...]) == Array("0.0-".utf8) { return true }
        guard skipDigits(prefix, &index), skip(prefix, &index, "."), skipDigits(prefix, &index),
            skip(prefix, &index, "-")
        else { return false }
        let tail = prefix[index...]
        guard tail.count >= 2, tail.suffix(2).elementsEqual("0.".utf8) else { return false }
        let middle = tail.dropLast(2)
        return middle.isEmpty || middle.last == UInt8(ascii: ".")
    }

    private static func skipDigits(_ bytes: [UInt8], _ index: inout Int) -> Bool {
        let start = index
        while index < bytes.count && SemverParts.isDigit(bytes[index]) { index += 1 }
        return index > start
    }

    private static func skip(_ bytes: [UInt8], _ index: inout Int, _ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }
}

/// The calendar time of a pseudo-version timestamp (UTC).
public struct PseudoVersionTime: Sendable, Hashable {
    /// Calendar year.
    public let year: Int
    /// Month, 1 to 12.
    public let month: Int
    /// Day of the month.
    public let day: Int
    /// Hour, 0 to 23.
    public let hour: Int
    /// Minute.
    public let minute: Int
    /// Second.
    public let second: Int

    /// Parses `yyyymmddhhmmss`; nil when a field is out of range for Go's `time.Parse`.
    public init?(timestamp: String) {
        let digits = Array(timestamp.utf8)
        guard digits.count == 14, digits.allSatisfy(SemverParts.isDigit) else { return nil }
        func field(_ start: Int, _ length: Int) -> Int {
            digits[start..<(start + length)].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        year = field(0, 4)
        month = field(4, 2)
        day = field(6, 2)
        hour = field(8, 2)
        minute = field(10, 2)
        second = field(12, 2)
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let monthDays = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), day >= 1, day <= monthDays[month - 1], hour < 24, minute < 60, second < 60
        else { return nil }
    }
}
