import Foundation

/// The rule categories a configuration can switch on and off as a whole.
public enum Category: String, Sendable, CaseIterable, Codable {
    case supplyChain = "supply-chain"
    case hygiene
    case goUpgrade = "go-upgrade"
    case ebpf
    case wasm
    case techDebt = "tech-debt"
}

public enum Effort: String, Sendable, CaseIterable, Codable {
    case trivial, small, medium, large
}

/// How to fix what a rule finds; feeds the upgrade roadmap.
public struct Remediation: Sendable {
    public let action: MessageTemplate?
    public let phase: String?
    public let effort: Effort?
    /// Rule ids whose fixes should come first.
    public let after: [String]
    /// The go line the fix needs (a template such as `{min_go}`): the roadmap merges every such step of
    /// one go.mod or go.work into a single raise to the highest of them.
    public let goLine: MessageTemplate?

    public init(action: MessageTemplate?, phase: String?, effort: Effort?, after: [String], goLine: MessageTemplate? = nil) {
        self.action = action
        self.phase = phase
        self.effort = effort
        self.after = after
        self.goLine = goLine
    }
}

/// The content of one file of a rule example.
public enum ExampleFile: Sendable {
    case inline([UInt8])
    /// An absolute path, checked to exist when the rule was loaded.
    case path(String)

    /// The bytes; empty when the file has gone since the rules were loaded.
    public var bytes: [UInt8] {
        switch self {
        case .inline(let bytes): bytes
        case .path(let path): FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        }
    }
}

extension RuleExample {
    /// Every file of the example with its content, reading the ones given by path.
    public var files: [String: [UInt8]] { sources.mapValues(\.bytes) }
}

/// A rule example: a small repository given as files, and how many findings the rule must produce on it.
public struct RuleExample: Sendable {
    public let name: String?
    /// The example's files: text given inline, or a file (`{file: path}`) read only when the example
    /// runs, so a scan that loads the rules does not read every fixture the examples name.
    public let sources: [String: ExampleFile]
    public let parameters: [String: FactValue]
    public let asOf: CalendarDate?
    /// Path → time (seconds) of the commit that last changed it; one commit per distinct time.
    public let history: [String: Int]
    public let expect: Int
    /// Optional places the findings must be at, in order.
    public let at: [ExamplePlace]?
    public let location: SourceLocation
}

/// Where an example expects a finding: `path:LINE`, or `path:LINE:COLUMN` to pin the column as well.
/// The column counts Unicode scalars, as `SourceLocation` does.
public struct ExamplePlace: Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let line: Int
    /// Nil when the example pins only the line.
    public let column: Int?

    public init(path: String, line: Int, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// Reads `path:LINE[:COLUMN]` from the right, so a path may itself contain `:`; nil unless the line (and
    /// the column, when given) is a positive decimal number and the path is not empty.
    public init?(_ text: String) {
        func number(_ part: Substring) -> Int? {
            guard !part.isEmpty, part.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                  let value = Int(part), value >= 1 else { return nil }
            return value
        }
        var parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        var column: Int?
        if parts.count >= 3, let last = number(parts[parts.count - 1]), number(parts[parts.count - 2]) != nil {
            column = last
            parts.removeLast()
        }
        guard let line = number(parts.removeLast()), case let path = parts.joined(separator: ":"), !path.isEmpty else { return nil }
        self.init(path: path, line: line, column: column)
    }

    public func matches(_ location: SourceLocation) -> Bool {
        location.path == path && location.line == line && (column == nil || location.column == column)
    }

    public var description: String { column.map { "\(path):\(line):\($0)" } ?? "\(path):\(line)" }
}

/// One declarative rule loaded from a YAML rule pack.
public struct Rule: Sendable, Identifiable {
    public let id: String
    public let title: String
    public let level: Level
    public let category: Category
    public let tags: [String]
    public let scope: Scope
    /// A list field of the scope; the rule is evaluated once per item, which `item.` names.
    public let forEach: [String]?
    /// A named place of the scope fact (`go`, `toolchain`, ...) the finding points at, instead of the fact's own.
    public let anchor: String?
    /// Values derived from the fact and the parameters (`let:`), in order, each named like a field.
    public let bindings: [Binding]
    public let when: Condition?
    public let message: MessageTemplate
    public let help: String
    public let helpURI: String?
    public let remediation: Remediation?
    public let examples: [RuleExample]
    public let enabledByDefault: Bool
    /// Where the rule is defined.
    public let location: SourceLocation
}

/// A value a rule reads with `{ param: name }`, declared by a rule file and settable in `.plumbline.yaml`.
public struct Parameter: Sendable {
    public let name: String
    public let type: FieldType
    /// `.null` for a parameter declared without a default: it has no value unless a configuration sets one.
    public let defaultValue: FactValue
    public let description: String
    public let location: SourceLocation
}
