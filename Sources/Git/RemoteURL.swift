/// Remote URLs made safe to print and store.
public enum RemoteURL {
    /// Removes credentials from a remote URL.
    ///
    /// - `scheme://user:password@host/path?query#fragment` keeps only `scheme://host/path`
    ///   (the user part, tokens in it, the query and the fragment are dropped).
    /// - scp-like `user@host:org/repo` becomes `ssh://host/org/repo`.
    /// - Local paths are returned unchanged.
    public static func sanitized(_ url: String) -> String {
        let text = Substring(url).trimmingWhitespace()
        if let separator = text.range(of: "://"), isScheme(text[..<separator.lowerBound]) {
            return sanitizedHierarchical(scheme: text[..<separator.lowerBound],
                                         rest: text[separator.upperBound...])
        }
        if let scp = scpLike(text) { return scp }
        return String(text)
    }

    /// Letters, digits, `+`, `-`, `.`, and `::` for git's `transport::address` form.
    private static func isScheme(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { character in
            character.isASCII && (character.isLetter || character.isNumber || "+-.:".contains(character))
        }
    }

    private static func sanitizedHierarchical(scheme: Substring, rest: Substring) -> String {
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") {
            authority = authority[authority.index(after: at)...]
        }
        var path = rest[authorityEnd...]
        if let queryStart = path.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            path = path[..<queryStart]
        }
        return "\(scheme)://\(authority)\(path)"
    }

    /// `[user@]host:path` as git understands it: a colon before any slash, outside brackets.
    /// Everything up to the last `@` before the first `/` is treated as credentials, so even a
    /// malformed `user:token@host:path` loses its token.
    private static func scpLike(_ text: Substring) -> String? {
        let firstSlash = text.firstIndex(of: "/") ?? text.endIndex
        var remainder = text
        if let at = text[..<firstSlash].lastIndex(of: "@") {
            remainder = text[text.index(after: at)...]
        }
        var insideBrackets = false
        var colon: Substring.Index?
        for index in remainder.indices {
            let character = remainder[index]
            if character == "[" { insideBrackets = true }
            if character == "]" { insideBrackets = false }
            if character == "/" { return nil }
            if character == ":" && !insideBrackets {
                colon = index
                break
            }
        }
        guard let colon else { return nil }
        let host = remainder[..<colon]
        // A single letter before the colon is a Windows drive (`C:\repo`), not a host.
        if host.isEmpty || (host.count == 1 && remainder.startIndex == text.startIndex) { return nil }
        let path = remainder[remainder.index(after: colon)...]
        return "ssh://\(host)" + (path.hasPrefix("/") ? "" : "/") + path
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        return self[first...last]
    }

    fileprivate func range(of needle: String) -> Range<Index>? {
        var start = startIndex
        while start < endIndex {
            if self[start...].hasPrefix(needle) {
                return start..<index(start, offsetBy: needle.count)
            }
            start = index(after: start)
        }
        return nil
    }
}
