/// A message with `{field.path}` placeholders, checked against the scope's fields when the rule loads.
/// `{{` and `}}` stand for literal braces.
public struct MessageTemplate: Sendable {
    enum Part: Sendable {
        case text(String)
        case field([String])
        case param(String)
    }

    public let source: String
    let parts: [Part]

    /// Splits the template; `resolve` checks each placeholder and returns an error message when it fails.
    init(_ source: String, resolve: ([String]) -> String?) throws(TemplateError) {
        self.source = source
        var parts: [Part] = []
        var text = ""
        var index = source.startIndex
        while index < source.endIndex {
            let character = source[index]
            let next = source.index(after: index)
            if character == "{", next < source.endIndex, source[next] == "{" {
                text.append("{")
                index = source.index(after: next)
                continue
            }
            if character == "}", next < source.endIndex, source[next] == "}" {
                text.append("}")
                index = source.index(after: next)
                continue
            }
            if character == "}" { throw TemplateError(message: "unmatched '}' in message; write '}}' for a brace") }
            if character == "{" {
                guard let close = source[next...].firstIndex(of: "}") else {
                    throw TemplateError(message: "unclosed '{' in message")
                }
                let name = String(source[next..<close]).trimmingCharacters(in: .whitespaces)
                let path = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                if name.isEmpty || path.contains(where: \.isEmpty) {
                    throw TemplateError(message: "empty or malformed placeholder '{\(name)}'")
                }
                if !text.isEmpty { parts.append(.text(text)); text = "" }
                if path.count >= 2, path[0] == "param" {
                    parts.append(.param(path.dropFirst().joined(separator: ".")))
                } else {
                    parts.append(.field(path))
                }
                if let problem = resolve(path) {
                    throw TemplateError(message: "placeholder '{\(name)}': \(problem)")
                }
                index = source.index(after: close)
                continue
            }
            text.append(character)
            index = next
        }
        if !text.isEmpty { parts.append(.text(text)) }
        self.parts = parts
    }

    func render(_ context: EvaluationContext) -> String {
        var output = ""
        for part in parts {
            switch part {
            case .text(let text): output += text
            case .field(let path): output += context.value(at: path).rendered
            case .param(let name): output += (context.parameters[name] ?? .null).rendered
            }
        }
        return output
    }

    struct TemplateError: Error {
        let message: String
    }
}

import Foundation
