/// A message with `{field.path}` placeholders, checked against the scope's fields when the rule loads.
/// `{{` and `}}` stand for literal braces. `{if PATH:text}` renders `text` (everything after the colon,
/// placeholders and nested segments included) only when PATH has something to say: a value that is not
/// empty, so a message never reads "(none)". Inside a segment `}` always closes it.
public struct MessageTemplate: Sendable {
    indirect enum Part: Sendable {
        case text(String)
        case field([String])
        case param(String)
        case conditional(guard: [String], parts: [Part])
    }

    public let source: String
    let parts: [Part]

    /// Splits the template; `resolve` checks each placeholder and returns an error message when it fails.
    init(_ source: String, resolve: @escaping ([String]) -> String?) throws(TemplateError) {
        self.source = source
        var parser = Parser(characters: Array(source), resolve: resolve)
        self.parts = try parser.parts(closedByBrace: false)
    }

    func render(_ context: EvaluationContext) -> String {
        Self.render(parts, context)
    }

    /// The placeholders that have nothing to say in this context: no value, an empty string or an empty
    /// list. A message with one reads "(none)" or leaves a gap, so rule examples fail on them.
    func unfilledPlaceholders(_ context: EvaluationContext) -> [String] {
        Self.unfilled(parts, context)
    }

    private static func render(_ parts: [Part], _ context: EvaluationContext) -> String {
        var output = ""
        for part in parts {
            switch part {
            case .text(let text): output += text
            case .field, .param: output += value(of: part, context).rendered
            case .conditional(let guardPath, let inner):
                if !value(at: guardPath, context).isEmptyInMessage { output += render(inner, context) }
            }
        }
        return output
    }

    private static func unfilled(_ parts: [Part], _ context: EvaluationContext) -> [String] {
        parts.flatMap { part -> [String] in
            switch part {
            case .text: return []
            case .field(let path): return value(of: part, context).isEmptyInMessage ? [path.joined(separator: ".")] : []
            case .param(let name): return value(of: part, context).isEmptyInMessage ? ["param.\(name)"] : []
            case .conditional(let guardPath, let inner):
                return value(at: guardPath, context).isEmptyInMessage ? [] : unfilled(inner, context)
            }
        }
    }

    private static func value(of part: Part, _ context: EvaluationContext) -> FactValue {
        switch part {
        case .field(let path): context.value(at: path)
        case .param(let name): context.parameters[name] ?? .null
        case .text, .conditional: .null
        }
    }

    /// A path as written in a placeholder: `param.NAME` reads a parameter, anything else a field.
    private static func value(at path: [String], _ context: EvaluationContext) -> FactValue {
        if path.count >= 2, path[0] == "param" { return context.parameters[path.dropFirst().joined(separator: ".")] ?? .null }
        return context.value(at: path)
    }

    struct TemplateError: Error {
        let message: String
    }

    private struct Parser {
        let characters: [Character]
        let resolve: ([String]) -> String?
        var index = 0

        init(characters: [Character], resolve: @escaping ([String]) -> String?) {
            self.characters = characters
            self.resolve = resolve
        }

        /// Parts up to the end, or up to the `}` that closes an `{if …: …}` segment.
        mutating func parts(closedByBrace: Bool) throws(TemplateError) -> [Part] {
            var parts: [Part] = []
            var text = ""
            func flush() { if !text.isEmpty { parts.append(.text(text)); text = "" } }
            while index < characters.count {
                let character = characters[index]
                let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
                if character == "{", next == "{" {
                    text.append("{")
                    index += 2
                } else if character == "}", next == "}", !closedByBrace {
                    // (Inside `{if …: …}` a `}` always closes, so segments can end together: `…}}`.)
                    text.append("}")
                    index += 2
                } else if character == "}" {
                    guard closedByBrace else { throw TemplateError(message: "unmatched '}' in message; write '}}' for a brace") }
                    index += 1
                    flush()
                    return parts
                } else if character == "{" {
                    flush()
                    parts.append(try placeholder())
                } else {
                    text.append(character)
                    index += 1
                }
            }
            if closedByBrace { throw TemplateError(message: "unclosed '{if …: …}' in message") }
            flush()
            return parts
        }

        /// After `{`: a placeholder `{path}` or a segment `{if path: …}`.
        private mutating func placeholder() throws(TemplateError) -> Part {
            let start = index + 1
            if characters[start...].starts(with: "if ") {
                guard let colon = characters[start...].firstIndex(of: ":"),
                      !characters[start..<colon].contains(where: { "{}".contains($0) }) else {
                    throw TemplateError(message: "'{if' needs a path and a colon: {if PATH: text}")
                }
                let path = try checkedPath(String(characters[(start + 3)..<colon]))
                index = colon + 1
                return .conditional(guard: path, parts: try parts(closedByBrace: true))
            }
            guard let close = characters[start...].firstIndex(of: "}") else {
                throw TemplateError(message: "unclosed '{' in message")
            }
            let path = try checkedPath(String(characters[start..<close]))
            index = close + 1
            if path.count >= 2, path[0] == "param" { return .param(path.dropFirst().joined(separator: ".")) }
            return .field(path)
        }

        private func checkedPath(_ raw: String) throws(TemplateError) -> [String] {
            let name = raw.trimmingCharacters(in: .whitespaces)
            let path = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if name.isEmpty || path.contains(where: \.isEmpty) {
                throw TemplateError(message: "empty or malformed placeholder '{\(name)}'")
            }
            if let problem = resolve(path) {
                throw TemplateError(message: "placeholder '{\(name)}': \(problem)")
            }
            return path
        }
    }
}

import Foundation
