/// Meaning carried by comments: `// indirect` on a require line, `Deprecated:` paragraphs on the module
/// line, and retraction rationales (modfile's `isIndirect`, `parseDeprecation`, `parseDirectiveComment`).
enum DirectiveComments {
    /// Whether the line's first suffix comment is `// indirect` or starts with `// indirect;`.
    static func isIndirect(_ line: SyntaxLine, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let suffix = line.suffix else { return false }
        var text = bytes[suffix]
        if GoByteText.hasPrefix(text, "//") { text = text.dropFirst(2) }
        let fields = GoByteText.fields(text)
        if fields.count == 1 { return GoByteText.equals(fields[0], "indirect") }
        return fields.count > 1 && GoByteText.equals(fields[0], "indirect;")
    }

    /// The line's comments (or, when it has none, its block's), each without `//` and trimmed,
    /// joined with newlines.
    static func text(of line: SyntaxLine, in block: SyntaxBlock?, bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var before = line.before
        var suffix = line.suffix
        if let block, before.isEmpty, suffix == nil {
            before = block.before
            suffix = block.suffix
        }
        var lines: [[UInt8]] = []
        for case let range? in before + [suffix] {
            let comment = bytes[range]
            guard GoByteText.hasPrefix(comment, "//") else { continue }
            lines.append(GoByteText.trimSpace(comment.dropFirst(2)))
        }
        return Array(lines.joined(separator: [0x0A]))
    }

    /// The message of the first paragraph that starts with `Deprecated:`, as the regular expression
    /// `(?s)(?:^|\n\n)Deprecated: *(.*?)(?:$|\n\n)` finds it; nil when there is none.
    static func deprecation(in text: [UInt8]) -> [UInt8]? {
        let marker = Array("Deprecated:".utf8)
        func message(ifMarkerAt start: Int) -> [UInt8]? {
            guard text.count - start >= marker.count,
                text[start..<(start + marker.count)].elementsEqual(marker)
            else { return nil }
            var messageStart = start + marker.count
            while messageStart < text.count && text[messageStart] == 0x20 { messageStart += 1 }
            var messageEnd = messageStart
            while messageEnd < text.count
                && !(messageEnd + 1 < text.count && text[messageEnd] == 0x0A && text[messageEnd + 1] == 0x0A)
            {
                messageEnd += 1
            }
            return Array(text[messageStart..<messageEnd])
        }
        if let found = message(ifMarkerAt: 0) { return found }
        var index = 0
        while index + 1 < text.count {
            if text[index] == 0x0A && text[index + 1] == 0x0A, let found = message(ifMarkerAt: index + 2) {
                return found
            }
            index += 1
        }
        return nil
    }
}
