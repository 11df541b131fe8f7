/// `// plumbline:ignore RULE[,RULE...] -- reason` comments in go.mod and go.work. A comment after a
/// directive covers that line; a comment alone on its line covers the next line that is not a comment.
/// The reason is mandatory: a comment without one suppresses nothing and is reported.
struct InlineSuppressions {
    struct Entry {
        let line: Int
        let rules: Set<String>
        let suppression: Suppression
    }

    static let marker = "plumbline:ignore"

    private(set) var entries: [Entry] = []
    private(set) var problems: [Notification] = []

    init(bytes: [UInt8], path: String) {
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var pending: [(rules: Set<String>, suppression: Suppression)] = []
        for (index, rawLine) in lines.enumerated() {
            let number = index + 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard let comment = line.range(of: "//") else {
                if !trimmed.isEmpty {
                    for item in pending { entries.append(Entry(line: number, rules: item.rules, suppression: item.suppression)) }
                    pending = []
                }
                continue
            }
            let body = line[comment.upperBound...].drop { $0 == " " || $0 == "\t" }
            let standalone = trimmed.hasPrefix("//")
            guard body.hasPrefix(Self.marker) else {
                if !standalone {
                    for item in pending { entries.append(Entry(line: number, rules: item.rules, suppression: item.suppression)) }
                    pending = []
                }
                continue
            }
            let column = line[..<comment.lowerBound].count + 1
            let location = SourceLocation(path: path, line: number, column: column)
            let rest = body.dropFirst(Self.marker.count)
            let parts = rest.components(separatedBy: "--")
            let rules = Set((parts.first ?? "").split { $0 == "," || $0 == " " || $0 == "\t" }.map(String.init))
            let reason = parts.dropFirst().joined(separator: "--").trimmingCharacters(in: .whitespaces)
            if rules.isEmpty || reason.isEmpty {
                problems.append(Notification(
                    level: .warning,
                    message: "\(Self.marker) needs rule ids and a reason (`// \(Self.marker) PLB-SC-009 -- why`); this one suppresses nothing",
                    location: location
                ))
                continue
            }
            let suppression = Suppression(kind: .inSource, reason: reason, location: location)
            if standalone {
                pending.append((rules, suppression))
            } else {
                for item in pending { entries.append(Entry(line: number, rules: item.rules, suppression: item.suppression)) }
                pending = []
                entries.append(Entry(line: number, rules: rules, suppression: suppression))
            }
        }
    }

    func suppression(for finding: Finding) -> Suppression? {
        entries.first { $0.line == finding.location.line && $0.rules.contains(finding.ruleID) }?.suppression
    }
}

import Foundation
