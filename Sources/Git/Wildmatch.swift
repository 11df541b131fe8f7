/// Glob matching with git's ignore-pattern semantics (its `wildmatch` with `WM_PATHNAME`): `?` and `*` never
/// match `/`; `**` as a whole path component (`**/x`, `x/**`, `a/**/b`) matches across slashes, and `**/`
/// also matches no directory at all; any other `**` is a plain `*`; `[...]` classes (`!` or `^` negate,
/// ranges, `[:alpha:]`-style names) never match `/`; `\` makes the next byte literal. Bytes compare exactly.
enum Wildmatch {
    static func matches(_ pattern: [UInt8], _ text: [UInt8]) -> Bool {
        var matcher = Matcher(pattern: pattern, text: text)
        return matcher.match(0, 0)
    }

    private struct Matcher {
        let pattern: [UInt8]
        let text: [UInt8]
        /// Pairs (pattern index, text index) already known not to match; keeps stars polynomial.
        var failed: Set<Int> = []

        init(pattern: [UInt8], text: [UInt8]) {
            self.pattern = pattern
            self.text = text
        }

        private static let slash = UInt8(ascii: "/")
        private static let star = UInt8(ascii: "*")
        private static let backslash = UInt8(ascii: "\\")

        mutating func match(_ start: Int, _ textStart: Int) -> Bool {
            let key = start &* (text.count + 1) &+ textStart
            if failed.contains(key) { return false }
            let result = matchUncached(start, textStart)
            if !result { failed.insert(key) }
            return result
        }

        private mutating func matchUncached(_ start: Int, _ textStart: Int) -> Bool {
            var p = start
            var t = textStart
            while p < pattern.count {
                let byte = pattern[p]
                switch byte {
                case Self.star:
                    return matchStars(at: p, t)
                case UInt8(ascii: "?"):
                    guard t < text.count, text[t] != Self.slash else { return false }
                    p += 1
                    t += 1
                case UInt8(ascii: "["):
                    guard t < text.count, text[t] != Self.slash,
                          let (matched, end) = Self.bracket(pattern, at: p, byte: text[t]), matched else { return false }
                    p = end
                    t += 1
                case Self.backslash:
                    // A trailing backslash matches nothing.
                    guard p + 1 < pattern.count, t < text.count, text[t] == pattern[p + 1] else { return false }
                    p += 2
                    t += 1
                default:
                    guard t < text.count, text[t] == byte else { return false }
                    p += 1
                    t += 1
                }
            }
            return t == text.count
        }

        private mutating func matchStars(at p: Int, _ t: Int) -> Bool {
            var end = p
            while end < pattern.count, pattern[end] == Self.star { end += 1 }
            let startsComponent = p == 0 || pattern[p - 1] == Self.slash
            let endsComponent = end == pattern.count || pattern[end] == Self.slash
            let crossesSlashes = end - p >= 2 && startsComponent && endsComponent
            if crossesSlashes, end < pattern.count, match(end + 1, t) {
                return true // `**/` standing for no directory
            }
            var position = t
            while true {
                if match(end, position) { return true }
                guard position < text.count, crossesSlashes || text[position] != Self.slash else { return false }
                position += 1
            }
        }

        /// Whether the class starting at `start` (`[`) matches `byte`, and the index after its `]`; nil when
        /// the class is not closed or names an unknown character class (git then matches nothing).
        static func bracket(_ pattern: [UInt8], at start: Int, byte: UInt8) -> (Bool, Int)? {
            var index = start + 1
            var negated = false
            if index < pattern.count, pattern[index] == UInt8(ascii: "!") || pattern[index] == UInt8(ascii: "^") {
                negated = true
                index += 1
            }
            var matched = false
            var first = true
            while index < pattern.count {
                var current = pattern[index]
                if current == UInt8(ascii: "]"), !first {
                    return (matched != negated, index + 1)
                }
                first = false
                if current == UInt8(ascii: "["), index + 1 < pattern.count, pattern[index + 1] == UInt8(ascii: ":") {
                    guard let close = findClassEnd(pattern, from: index + 2) else {
                        // No `:]`: git reads the `[` as a plain byte.
                        if byte == current { matched = true }
                        index += 1
                        continue
                    }
                    let name = String(decoding: pattern[(index + 2)..<close], as: UTF8.self)
                    guard let holds = characterClass(name, byte) else { return nil }
                    if holds { matched = true }
                    index = close + 2
                    continue
                }
                if current == backslash {
                    index += 1
                    guard index < pattern.count else { return nil }
                    current = pattern[index]
                }
                // A range `a-z`, unless the `-` is the last byte before `]`.
                if index + 2 < pattern.count, pattern[index + 1] == UInt8(ascii: "-"), pattern[index + 2] != UInt8(ascii: "]") {
                    var upper = pattern[index + 2]
                    var next = index + 3
                    if upper == backslash {
                        guard index + 3 < pattern.count else { return nil }
                        upper = pattern[index + 3]
                        next = index + 4
                    }
                    if current <= byte && byte <= upper { matched = true }
                    index = next
                    continue
                }
                if byte == current { matched = true }
                index += 1
            }
            return nil
        }

        private static func findClassEnd(_ pattern: [UInt8], from start: Int) -> Int? {
            var index = start
            while index + 1 < pattern.count {
                if pattern[index] == UInt8(ascii: ":") && pattern[index + 1] == UInt8(ascii: "]") { return index }
                if pattern[index] == UInt8(ascii: "]") { return nil }
                index += 1
            }
            return nil
        }

        /// The POSIX classes git knows, for ASCII bytes; nil for another name.
        private static func characterClass(_ name: String, _ byte: UInt8) -> Bool? {
            let isUpper = (0x41...0x5A).contains(byte), isLower = (0x61...0x7A).contains(byte)
            let isDigit = (0x30...0x39).contains(byte)
            let isAlpha = isUpper || isLower
            let isPrint = (0x20...0x7E).contains(byte)
            switch name {
            case "alnum": return isAlpha || isDigit
            case "alpha": return isAlpha
            case "blank": return byte == 0x20 || byte == 0x09
            case "cntrl": return byte < 0x20 || byte == 0x7F
            case "digit": return isDigit
            case "graph": return isPrint && byte != 0x20
            case "lower": return isLower
            case "print": return isPrint
            case "punct": return isPrint && byte != 0x20 && !isAlpha && !isDigit
            case "space": return byte == 0x20 || (0x09...0x0D).contains(byte)
            case "upper": return isUpper
            case "xdigit": return isDigit || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
            default: return nil
            }
        }
    }
}
