/// Parses YAML text into a `YAMLNode` tree with libyaml.
public enum YAMLParser {
    /// Parses a stream holding at most one document.
    ///
    /// - Returns: the document's root node, or nil when the stream holds no document (empty or comments only).
    /// - Throws: `YAMLError` at the offending position for syntax errors, invalid UTF-8, a second document,
    ///   duplicate keys or anchors, undefined or recursive aliases, and exceeded `limits`.
    public static func parse(_ bytes: [UInt8], file: String, limits: YAMLLimits = .default) throws(YAMLError) -> YAMLNode? {
        guard bytes.count <= limits.maxInputBytes else {
            throw YAMLError(
                file: file, mark: .start,
                message: "input is \(bytes.count) bytes, more than the limit of \(limits.maxInputBytes) bytes")
        }
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let body = bytes.starts(with: byteOrderMark) ? bytes[byteOrderMark.count...] : bytes[...]
        // libyaml keeps the input pointer and reads lazily, so the whole parse stays inside this scope.
        return try body.withUnsafeBufferPointer { (input) throws(YAMLError) -> YAMLNode? in
            // Empty input is an empty stream; it also has no base address to give libyaml.
            guard let start = input.baseAddress, !input.isEmpty else { return nil }
            let events = try LibYAMLEventSource(
                input: input, start: start, file: file, maxScalarBytes: limits.maxScalarBytes)
            var builder = TreeBuilder(file: file, limits: limits)
            return try builder.buildStream(from: events)
        }
    }
}
