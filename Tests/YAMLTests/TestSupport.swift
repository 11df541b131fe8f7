import YAML

/// Parses UTF-8 text as file `test.yaml`.
func parse(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> YAMLNode? {
    try YAMLParser.parse(Array(text.utf8), file: "test.yaml", limits: limits)
}

/// The error parsing `bytes` throws, or nil when it parses.
func parseError(bytes: [UInt8], limits: YAMLLimits = .default) -> YAMLError? {
    do {
        _ = try YAMLParser.parse(bytes, file: "test.yaml", limits: limits)
        return nil
    } catch {
        return error
    }
}

/// The error parsing `text` throws, or nil when it parses.
func parseError(_ text: String, limits: YAMLLimits = .default) -> YAMLError? {
    parseError(bytes: Array(text.utf8), limits: limits)
}

func mark(_ line: Int, _ column: Int) -> Mark {
    Mark(line: line, column: column)
}

func plain(_ value: String, at mark: Mark, tag: String? = nil) -> YAMLNode {
    YAMLNode(content: .scalar(YAMLScalar(value: value, style: .plain)), mark: mark, tag: tag)
}
