/// A go.work file as the go command reads it (`modfile.ParseWork`). Lists keep every directive in file
/// order, duplicates included; `GoEditJSON` applies the go command's de-duplication when rendering.
public struct GoWorkFile: Sendable, Hashable, ModFileDirectives {
    /// The file name given to the parser, used in errors.
    public var fileName: String
    /// The `go` directive.
    public var go: GoModGoDirective?
    /// The `toolchain` directive.
    public var toolchain: GoModToolchain?
    /// The `godebug` settings, in file order.
    public var godebug: [GoModGodebug] = []
    /// The `use` entries, in file order.
    public var uses: [GoWorkUse] = []
    /// The `replace` entries, in file order.
    public var replaces: [GoModReplace] = []

    /// The Go version a go.work without a `go` line means.
    public static let defaultGoVersion = "1.18"

    /// The `go` line's version, or "1.18" when there is none.
    public var effectiveGoVersion: String { go?.version ?? Self.defaultGoVersion }

    /// Creates an empty file.
    public init(fileName: String) {
        self.fileName = fileName
    }

    static let blockVerbs: Set<String> = ["godebug", "use", "replace"]

    /// Parses a go.work file, or throws the first error the go command reports for it.
    public static func parse(_ bytes: [UInt8], fileName: String) throws(GoModParseError) -> GoWorkFile {
        try parseDirectives(bytes, fileName: fileName)
    }

    mutating func add(
        verb: String, line: SyntaxLine, arguments: ArraySlice<Range<Int>>, block: (SyntaxBlock, Int)?,
        reader: DirectiveReader
    ) throws(GoModParseError) {
        let blockIndex = block?.1
        switch verb {
        case "go":
            if go != nil { throw reader.failure(line, "repeated go statement") }
            go = try reader.goDirective(line, arguments: arguments)
        case "toolchain":
            if toolchain != nil { throw reader.failure(line, "repeated toolchain statement") }
            toolchain = try reader.toolchain(line, arguments: arguments)
        case "godebug":
            godebug.append(try reader.godebug(line, arguments: arguments, blockIndex: blockIndex))
        case "use":
            guard arguments.count == 1, let argument = arguments.first else {
                throw reader.failure(line, "usage: use local/dir")
            }
            let path = try reader.string(argument, line: line)
            var comment: String?
            if let suffix = line.suffix {
                let text = GoByteText.trimSpace(reader.token(suffix).dropFirst(2))
                comment = text.isEmpty ? nil : GoUTF8.string(text)
            }
            uses.append(
                GoWorkUse(
                    diskPath: path, comment: comment, position: line.start.position, endColumn: line.end.column,
                    blockIndex: blockIndex))
        case "replace":
            replaces.append(try reader.replace(line, arguments: arguments, blockIndex: blockIndex))
        default:
            throw reader.failure(line, "unknown directive: \(verb)")
        }
    }
}
