/// Text made safe for a GitHub-flavoured Markdown table cell.
enum MarkdownText {
    /// Longest cell, in characters: keeps summaries far below GitHub's 1 MiB step-summary limit.
    static let cellCap = 300

    /// On one line, pipes escaped, `<` as an entity (no HTML from findings), cut to `cellCap` characters.
    static func cell(_ text: String) -> String {
        var out = ""
        var length = 0
        for character in text {
            if length == cellCap { out += "…"; break }
            switch character {
            case "|": out += "\\|"
            case "\n", "\r\n", "\r": out += " "
            case "<": out += "&lt;"
            default: out.append(character)
            }
            length += 1
        }
        return out
    }
}
