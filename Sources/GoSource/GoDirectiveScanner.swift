/// The fast pass over the rest of a file (after the imports) that finds `//go:` directives.
///
/// Trade-off: it does not tokenise. It first looks backwards, eight bytes at a time, for the last `//go:`
/// that starts a line; a file without one (most files) costs that one scan. Otherwise it walks forward to
/// that line tracking only the lexical mode (code, line comment, block comment, interpreted string, raw
/// string, rune), so a `//go:` inside a raw string, a block comment or a string is never taken for a
/// directive, exactly as Go's scanner sees it. It does not validate the body: NUL bytes, invalid UTF-8 and
/// syntax errors there are not reported, and an unterminated raw string or block comment hides the
/// directives after it (Go would reject such a file).
enum GoDirectiveScanner {
    /// A directive comment found by the scan: its bytes and position.
    struct Found {
        var comment: Range<Int>
        var position: GoPosition
    }

    /// Directives from `start`, which must be where a token starts (in code), on line `line` starting at
    /// offset `lineStart`.
    static func scan(_ bytes: [UInt8], from start: Int, line: Int, lineStart: Int) -> [Found] {
        bytes.withUnsafeBufferPointer { buffer in
            guard let last = lastCandidate(buffer, from: start) else { return [] }
            var limit = last
            while limit < buffer.count && buffer[limit] != UInt8(ascii: "\n") { limit += 1 }
            return walk(buffer, from: start, to: limit, line: line, lineStart: lineStart)
        }
    }

    /// Whether only spaces, tabs and carriage returns (and a byte order mark at the very start of the file)
    /// come before `index` on its line: the compiler's condition for a directive.
    static func isFirstOnLine(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        var cursor = index
        while cursor > 0 {
            switch buffer[cursor - 1] {
            case UInt8(ascii: "\n"):
                return true
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                cursor -= 1
            default:
                return cursor == 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
            }
        }
        return true
    }

    @inline(__always)
    private static func startsDirective(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard buffer.count - index >= 6,
              buffer[index + 1] == UInt8(ascii: "/"), buffer[index + 2] == UInt8(ascii: "g"),
              buffer[index + 3] == UInt8(ascii: "o"), buffer[index + 4] == UInt8(ascii: ":") else { return false }
        let next = buffer[index + 5]
        return (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")) || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9"))
    }

    /// The offset of the last `//go:` that starts its line, at or after `start`. It looks at eight bytes at a
    /// time and visits only their slashes, and each line-start check stops at the first byte that is not a
    /// space, so the whole search is linear.
    private static func lastCandidate(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = buffer.baseAddress, buffer.count - start >= 6 else { return nil }
        let slashes: UInt64 = 0x2F2F_2F2F_2F2F_2F2F
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var index = buffer.count - 6
        while index >= start {
            let low = max(index - 7, start)
            guard index - low == 7 else {
                var cursor = index
                while cursor >= low {
                    if buffer[cursor] == UInt8(ascii: "/") && isCandidate(buffer, cursor) { return cursor }
                    cursor -= 1
                }
                return nil
            }
            // Bytes equal to `/` become zero; the high bit of each zero byte is then set, exactly.
            let word = UInt64(littleEndian: UnsafeRawPointer(base + low).loadUnaligned(as: UInt64.self)) ^ slashes
            var zeros = ~(((word & lows) &+ lows) | word | lows)
            while zeros != 0 {
                let bit = 63 - zeros.leadingZeroBitCount
                let cursor = low + bit / 8
                if isCandidate(buffer, cursor) { return cursor }
                zeros &= ~(UInt64(0x80) << UInt64(bit / 8 * 8))
            }
            index = low - 1
        }
        return nil
    }

    @inline(__always)
    private static func isCandidate(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        startsDirective(buffer, at: index) && isFirstOnLine(buffer, index)
    }

    private static func walk(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to limit: Int, line startLine: Int, lineStart startOfLine: Int
    ) -> [Found] {
        let count = buffer.count
        var found: [Found] = []
        var index = start
        var line = startLine
        var lineStart = startOfLine
        while index < limit {
            switch buffer[index] {
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = index
            case UInt8(ascii: "/"):
                guard index + 1 < count else {
                    index += 1
                    continue
                }
                let next = buffer[index + 1]
                if next == UInt8(ascii: "/") {
                    var end = index + 2
                    while end < count && buffer[end] != UInt8(ascii: "\n") { end += 1 }
                    if startsDirective(buffer, at: index) && isFirstOnLine(buffer, index) {
                        let position = GoPosition(line: line, column: index - lineStart + 1, offset: index)
                        found.append(Found(comment: index..<end, position: position))
                    }
                    index = end
                } else if next == UInt8(ascii: "*") {
                    index += 2
                    while index < count {
                        let byte = buffer[index]
                        if byte == UInt8(ascii: "*") && index + 1 < count && buffer[index + 1] == UInt8(ascii: "/") {
                            index += 2
                            break
                        }
                        index += 1
                        if byte == UInt8(ascii: "\n") {
                            line += 1
                            lineStart = index
                        }
                    }
                } else {
                    index += 1
                }
            case let quote where quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"):
                // Like Go's scanner: the literal ends at its quote or, unterminated, before the newline.
                index += 1
                while index < count {
                    let byte = buffer[index]
                    if byte == quote {
                        index += 1
                        break
                    }
                    if byte == UInt8(ascii: "\n") { break }
                    if byte == UInt8(ascii: "\\") && index + 1 < count && buffer[index + 1] != UInt8(ascii: "\n") {
                        index += 1
                    }
                    index += 1
                }
            case UInt8(ascii: "`"):
                index += 1
                while index < count {
                    let byte = buffer[index]
                    index += 1
                    if byte == UInt8(ascii: "`") { break }
                    if byte == UInt8(ascii: "\n") {
                        line += 1
                        lineStart = index
                    }
                }
            default:
                index += 1
            }
        }
        return found
    }
}
