/// What go.mod and go.work share: one lexer and statement grammar, a set of verbs allowed as blocks, and a
/// directive reader per file kind. The driver below walks statements once for both.
protocol ModFileDirectives {
    /// Verbs that may open a `( … )` block.
    static var blockVerbs: Set<String> { get }

    init(fileName: String)

    /// Records one directive; `block` is the enclosing block and its ordinal in the file.
    mutating func add(
        verb: String, line: SyntaxLine, arguments: ArraySlice<Range<Int>>, block: (SyntaxBlock, Int)?,
        reader: DirectiveReader
    ) throws(GoModParseError)
}

extension ModFileDirectives {
    /// Parses the file, or throws the first error the go command reports for it.
    static func parseDirectives(_ bytes: [UInt8], fileName: String) throws(GoModParseError) -> Self {
        let result: Result<Self, GoModParseError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(GoModParseError) {
                return .success(try parseDirectives(buffer, fileName: fileName))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private static func parseDirectives(_ buffer: UnsafeBufferPointer<UInt8>, fileName: String) throws(GoModParseError) -> Self {
        let statements = try ModFileSyntaxParser.parse(buffer, fileName: fileName)
        let reader = DirectiveReader(bytes: buffer, fileName: fileName)
        var file = Self(fileName: fileName)
        var blockCount = 0
        for statement in statements {
            switch statement {
            case .line(let line):
                let verb = reader.text(line.tokens[0])
                try file.add(verb: verb, line: line, arguments: line.tokens.dropFirst(), block: nil, reader: reader)
            case .block(let block):
                let header = block.tokens.map(reader.text).joined(separator: " ")
                guard block.tokens.count == 1, blockVerbs.contains(header) else {
                    throw reader.failure(block, "unknown block type: \(header)")
                }
                for line in block.lines {
                    try file.add(verb: header, line: line, arguments: line.tokens[...], block: (block, blockCount), reader: reader)
                }
                blockCount += 1
            }
        }
        return file
    }
}
