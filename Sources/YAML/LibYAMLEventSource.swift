internal import CYAML

/// Pulls events from libyaml over one input buffer and converts libyaml's failures into `YAMLError`s.
///
/// libyaml keeps the input pointer for the whole parse (it reads lazily), so an instance must not outlive
/// the `withUnsafeBufferPointer` scope that produced `input`.
final class LibYAMLEventSource {
    // libyaml keeps pointers into the parser struct between calls, so it needs a stable heap address.
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeBufferPointer<UInt8>
    private let file: String
    private let maxScalarBytes: Int

    /// `start` is `input.baseAddress`, which a non-empty buffer always has.
    init(input: UnsafeBufferPointer<UInt8>, start: UnsafePointer<UInt8>, file: String, maxScalarBytes: Int) throws(YAMLError) {
        self.input = input
        self.file = file
        self.maxScalarBytes = maxScalarBytes
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            throw YAMLError(file: file, mark: .start, message: "libyaml could not initialise its parser")
        }
        // Assigned only after success: a throw before full initialisation does not run deinit.
        self.parser = parser
        // Forcing UTF-8 keeps byte offsets of reader errors meaningful; the caller strips a UTF-8 BOM.
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, start, input.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// The next event; throws libyaml's error, or a limit error for an oversized scalar.
    func next() throws(YAMLError) -> ParserEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw currentError()
        }
        defer { yaml_event_delete(&event) }
        let mark = Mark(event.start_mark)
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return ParserEvent(kind: .streamStart, mark: mark, anchor: nil, tag: nil)
        case YAML_STREAM_END_EVENT:
            return ParserEvent(kind: .streamEnd, mark: mark, anchor: nil, tag: nil)
        case YAML_DOCUMENT_START_EVENT:
            return ParserEvent(kind: .documentStart, mark: mark, anchor: nil, tag: nil)
        case YAML_DOCUMENT_END_EVENT:
            return ParserEvent(kind: .documentEnd, mark: mark, anchor: nil, tag: nil)
        case YAML_ALIAS_EVENT:
            let anchor = string(event.data.alias.anchor) ?? ""
            return ParserEvent(kind: .alias(anchor: anchor), mark: mark, anchor: nil, tag: nil)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            guard data.length <= maxScalarBytes else {
                throw YAMLError(
                    file: file, mark: mark,
                    message: "scalar is \(data.length) bytes, more than the limit of \(maxScalarBytes) bytes")
            }
            let value = data.value.map {
                String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self)
            } ?? ""
            let scalar = YAMLScalar(value: value, style: YAMLScalar.Style(data.style))
            return ParserEvent(kind: .scalar(scalar), mark: mark, anchor: string(data.anchor), tag: string(data.tag))
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            return ParserEvent(kind: .sequenceStart, mark: mark, anchor: string(data.anchor), tag: string(data.tag))
        case YAML_SEQUENCE_END_EVENT:
            return ParserEvent(kind: .sequenceEnd, mark: mark, anchor: nil, tag: nil)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            return ParserEvent(kind: .mappingStart, mark: mark, anchor: string(data.anchor), tag: string(data.tag))
        case YAML_MAPPING_END_EVENT:
            return ParserEvent(kind: .mappingEnd, mark: mark, anchor: nil, tag: nil)
        default:
            throw YAMLError(file: file, mark: mark, message: "libyaml produced no event (type \(event.type.rawValue))")
        }
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafePointer($0)) }
    }

    /// libyaml's problem, with its context, at 1-based marks.
    private func currentError() -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        switch state.error {
        case YAML_MEMORY_ERROR:
            return YAMLError(file: file, mark: Mark(state.mark), message: "libyaml ran out of memory")
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset instead of a mark.
            let mark = Mark(byteOffset: state.problem_offset, in: input)
            return YAMLError(file: file, mark: mark, message: problem + Self.describe(readerValue: state.problem_value, problem: problem))
        default:
            var message = problem
            if let context = state.context {
                message += " (\(String(cString: context)) at \(Mark(state.context_mark)))"
            }
            return YAMLError(file: file, mark: Mark(state.problem_mark), message: message)
        }
    }

    /// libyaml reports the offending octet for UTF-8 errors and the code point for bad characters; -1 means none.
    private static func describe(readerValue value: Int32, problem: String) -> String {
        guard value >= 0 else { return "" }
        let hex = String(value, radix: 16, uppercase: true)
        if problem.contains("octet") {
            return " (byte 0x\(hex.count < 2 ? "0" + hex : hex))"
        }
        return " (U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex))"
    }
}

extension Mark {
    init(_ mark: yaml_mark_t) {
        self.init(line: mark.line + 1, column: mark.column + 1)
    }
}

extension YAMLScalar.Style {
    init(_ style: yaml_scalar_style_t) {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: self = .literal
        case YAML_FOLDED_SCALAR_STYLE: self = .folded
        default: self = .plain
        }
    }
}
