/// Reads one `//go:` directive comment: its name and arguments as go/ast's `ParseDirective` splits them, and
/// the arguments of the directives the go tools interpret, with their rules and messages.
enum GoDirectiveParser {
    /// Whether `bytes[index...]` starts with `//go:` and a lowercase letter or digit (go/ast's rule for a
    /// directive's tool and name).
    @inline(__always)
    static func startsDirective(_ bytes: [UInt8], at index: Int, end: Int) -> Bool {
        guard end - index >= 6,
              bytes[index] == UInt8(ascii: "/"), bytes[index + 1] == UInt8(ascii: "/"),
              bytes[index + 2] == UInt8(ascii: "g"), bytes[index + 3] == UInt8(ascii: "o"),
              bytes[index + 4] == UInt8(ascii: ":") else { return false }
        let next = bytes[index + 5]
        return (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")) || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9"))
    }

    /// The directive in the line comment `bytes[comment]` (from `//` to the end of the line, newline
    /// excluded), which must start a directive.
    static func parse(_ bytes: [UInt8], comment: Range<Int>, position: GoPosition) -> GoDirective {
        // go/scanner drops carriage returns from comment text.
        let text = bytes[comment].contains(UInt8(ascii: "\r"))
            ? bytes[comment].filter { $0 != UInt8(ascii: "\r") }
            : Array(bytes[comment])
        var nameEnd = 5
        while nameEnd < text.count && GoUnicode.spaceLength(text, at: nameEnd, end: text.count) == 0 {
            nameEnd += GoUnicode.decode(text, at: nameEnd, end: text.count).length
        }
        var argumentsStart = nameEnd
        while argumentsStart < text.count {
            let length = GoUnicode.spaceLength(text, at: argumentsStart, end: text.count)
            if length == 0 { break }
            argumentsStart += length
        }
        let arguments = GoUnicode.trimSpace(text, argumentsStart..<text.count)
        let name = GoUnicode.string(text, 2..<nameEnd)
        let detail = detail(name: name, text: text, arguments: arguments)
        return GoDirective(name: name, arguments: GoUnicode.string(text, arguments), position: position, detail: detail)
    }

    private static func detail(name: String, text: [UInt8], arguments: Range<Int>) -> GoDirective.Detail {
        switch name {
        case "go:build":
            var parser = GoBuildExpressionParser(Array(text[arguments]))
            do {
                return .build(try parser.parse())
            } catch {
                return .malformed(message: error.message)
            }
        case "go:embed":
            return embed(text, arguments)
        case "go:generate":
            return generate(text, arguments)
        case "go:linkname":
            let words = fields(text, 2..<text.count)
            guard words.count == 2 || words.count == 3 else {
                return .malformed(message: "usage: //go:linkname localname [linkname]")
            }
            return .linkname(local: words[1], target: words.count == 3 ? words[2] : nil)
        case "go:wasmimport":
            let words = fields(text, 2..<text.count)
            guard words.count == 3 else { return .malformed(message: "usage: //go:wasmimport importmodule importname") }
            return .wasmImport(module: words[1], name: words[2])
        case "go:wasmexport":
            let words = fields(text, 2..<text.count)
            guard words.count == 2 else { return .malformed(message: "usage: //go:wasmexport exportname") }
            return .wasmExport(name: words[1])
        default:
            return .other
        }
    }

    /// Words separated by Unicode spaces (Go's `strings.Fields`).
    static func fields(_ text: [UInt8], _ range: Range<Int>) -> [String] {
        var words: [String] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let space = GoUnicode.spaceLength(text, at: index, end: range.upperBound)
            if space > 0 {
                index += space
                continue
            }
            let start = index
            while index < range.upperBound && GoUnicode.spaceLength(text, at: index, end: range.upperBound) == 0 {
                index += GoUnicode.decode(text, at: index, end: range.upperBound).length
            }
            words.append(GoUnicode.string(text, start..<index))
        }
        return words
    }

    /// go/ast's `Directive.ParseArgs`, which go/build uses for `//go:embed`: bare words, or `"…"` / `` `…` ``
    /// Go strings followed by a space or the end.
    private static func embed(_ text: [UInt8], _ arguments: Range<Int>) -> GoDirective.Detail {
        var patterns: [String] = []
        var index = arguments.lowerBound
        let end = arguments.upperBound
        let invalid = { (from: Int) -> GoDirective.Detail in
            .malformed(message: "invalid quoted string in //go:embed: " + GoUnicode.string(text, from..<end))
        }
        while index < end {
            let space = GoUnicode.spaceLength(text, at: index, end: end)
            if space > 0 {
                index += space
                continue
            }
            let byte = text[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`") {
                guard let literalEnd = GoStringLiteral.quotedPrefixEnd(text, from: index, limit: end),
                      let value = GoStringLiteral.unquote(text, index..<literalEnd) else {
                    return invalid(index)
                }
                if literalEnd < end && GoUnicode.spaceLength(text, at: literalEnd, end: end) == 0 {
                    return invalid(literalEnd)
                }
                patterns.append(String(decoding: value, as: UTF8.self))
                index = literalEnd
            } else {
                let start = index
                while index < end && GoUnicode.spaceLength(text, at: index, end: end) == 0 {
                    index += GoUnicode.decode(text, at: index, end: end).length
                }
                patterns.append(GoUnicode.string(text, start..<index))
            }
        }
        if patterns.isEmpty { return .malformed(message: "usage: //go:embed pattern...") }
        return .embed(patterns: patterns)
    }

    /// `go generate`'s word splitting: words separated by spaces and tabs; a word starting with `"` is a Go
    /// string that must be followed by a space, a tab or the end.
    private static func generate(_ text: [UInt8], _ arguments: Range<Int>) -> GoDirective.Detail {
        var words: [String] = []
        var index = arguments.lowerBound
        let end = arguments.upperBound
        while true {
            while index < end && (text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: "\t")) { index += 1 }
            guard index < end else { break }
            if text[index] == UInt8(ascii: "\"") {
                var cursor = index + 1
                var closed = false
                while cursor < end {
                    let byte = text[cursor]
                    if byte == UInt8(ascii: "\\") {
                        if cursor + 1 == end { return .malformed(message: "bad backslash") }
                        cursor += 2
                        continue
                    }
                    if byte == UInt8(ascii: "\"") {
                        guard let value = GoStringLiteral.unquote(text, index..<cursor + 1) else {
                            return .malformed(message: "bad quoted string")
                        }
                        words.append(String(decoding: value, as: UTF8.self))
                        index = cursor + 1
                        if index < end && text[index] != UInt8(ascii: " ") && text[index] != UInt8(ascii: "\t") {
                            return .malformed(message: "expect space after quoted argument")
                        }
                        closed = true
                        break
                    }
                    cursor += 1
                }
                guard closed else { return .malformed(message: "mismatched quoted string") }
                continue
            }
            let start = index
            while index < end && text[index] != UInt8(ascii: " ") && text[index] != UInt8(ascii: "\t") { index += 1 }
            words.append(GoUnicode.string(text, start..<index))
        }
        return .generate(command: GoUnicode.string(text, arguments), words: words)
    }
}
