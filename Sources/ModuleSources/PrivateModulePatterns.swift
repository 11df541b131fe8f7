import Foundation

/// `GOPRIVATE`/`GONOPROXY` (`module.MatchPrefixPatterns`): comma-separated globs, each matched against as
/// many leading path elements of a module path as the glob has.
public struct PrivateModulePatterns: Sendable, Equatable {
    public let globs: String

    public init(_ globs: String) {
        self.globs = globs
    }

    /// GONOPROXY when set, else GOPRIVATE, as the go command defaults it.
    public init(environment: [String: String]) {
        self.init(environment["GONOPROXY"] ?? environment["GOPRIVATE"] ?? "")
    }

    public func matches(_ module: String) -> Bool {
        let target = Array(module.utf8)
        for part in globs.split(separator: ",", omittingEmptySubsequences: false) {
            var glob = String(part)
            if glob.hasSuffix("/") { glob.removeLast() }
            if glob.isEmpty { continue }
            var slashes = glob.utf8.filter { $0 == UInt8(ascii: "/") }.count
            var prefixEnd = target.count
            for (index, byte) in target.enumerated() where byte == UInt8(ascii: "/") {
                if slashes == 0 {
                    prefixEnd = index
                    break
                }
                slashes -= 1
            }
            if slashes > 0 { continue }
            let prefix = String(decoding: target[..<prefixEnd], as: UTF8.self)
            if Self.pathMatch(glob, prefix) { return true }
        }
        return false
    }

    /// `path.Match`: `*` and `?` never match `/`; `[...]` classes with `^` negation; `\` escapes. A
    /// malformed pattern matches nothing.
    static func pathMatch(_ pattern: String, _ name: String) -> Bool {
        matchFrom(Array(pattern.unicodeScalars)[...], Array(name.unicodeScalars)[...]) ?? false
    }

    private static func matchFrom(_ pattern: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>) -> Bool? {
        guard let first = pattern.first else { return name.isEmpty }
        switch first {
        case "*":
            let rest = pattern.dropFirst()
            var candidate = name
            while true {
                if let matched = matchFrom(rest, candidate), matched { return true }
                guard let next = candidate.first, next != "/" else { return false }
                candidate = candidate.dropFirst()
            }
        case "?":
            guard let next = name.first, next != "/" else { return false }
            return matchFrom(pattern.dropFirst(), name.dropFirst())
        case "[":
            guard let (matched, rest) = matchClass(pattern.dropFirst(), name.first) else { return nil }
            guard matched, !name.isEmpty else { return false }
            return matchFrom(rest, name.dropFirst())
        case "\\":
            let escaped = pattern.dropFirst()
            guard let literal = escaped.first else { return nil }
            guard name.first == literal else { return false }
            return matchFrom(escaped.dropFirst(), name.dropFirst())
        default:
            guard name.first == first else { return false }
            return matchFrom(pattern.dropFirst(), name.dropFirst())
        }
    }

    /// Whether `scalar` is in the class that `pattern` (after `[`) opens, and the pattern after `]`;
    /// nil for a malformed class.
    private static func matchClass(_ pattern: ArraySlice<Unicode.Scalar>, _ scalar: Unicode.Scalar?) -> (Bool, ArraySlice<Unicode.Scalar>)? {
        var rest = pattern
        var negated = false
        if rest.first == "^" {
            negated = true
            rest = rest.dropFirst()
        }
        var matched = false
        var count = 0
        while true {
            guard let head = rest.first else { return nil }
            if head == "]" && count > 0 { rest = rest.dropFirst(); break }
            guard let low = classChar(&rest) else { return nil }
            var high = low
            if rest.first == "-" {
                rest = rest.dropFirst()
                guard let upper = classChar(&rest) else { return nil }
                high = upper
            }
            if let scalar, low.value <= scalar.value && scalar.value <= high.value { matched = true }
            count += 1
        }
        guard let scalar, scalar != "/" else { return (false, rest) }
        return (matched != negated && scalar != "/", rest)
    }

    private static func classChar(_ rest: inout ArraySlice<Unicode.Scalar>) -> Unicode.Scalar? {
        guard var head = rest.first, head != "-", head != "]" else { return nil }
        rest = rest.dropFirst()
        if head == "\\" {
            guard let escaped = rest.first else { return nil }
            head = escaped
            rest = rest.dropFirst()
        }
        return head
    }
}
