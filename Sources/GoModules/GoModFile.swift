/// A go.mod file as the go command reads it for the main module (`modfile.Parse`, strict mode, as used
/// by `go mod edit`). Lists keep every directive in file order, duplicates included; `GoEditJSON`
/// applies the go command's de-duplication when rendering.
public struct GoModFile: Sendable, Hashable, ModFileDirectives {
    /// The file name given to the parser, used in errors.
    public var fileName: String
    /// The `module` directive.
    public var module: GoModModule?
    /// The `go` directive.
    public var go: GoModGoDirective?
    /// The `toolchain` directive.
    public var toolchain: GoModToolchain?
    /// The `godebug` settings, in file order.
    public var godebug: [GoModGodebug] = []
    /// The `require` entries, in file order.
    public var requires: [GoModRequire] = []
    /// The `exclude` entries, in file order.
    public var excludes: [GoModExclude] = []
    /// The `replace` entries, in file order.
    public var replaces: [GoModReplace] = []
    /// The `retract` entries, in file order.
    public var retracts: [GoModRetract] = []
    /// The `tool` entries, in file order.
    public var tools: [GoModTool] = []
    /// The `ignore` entries, in file order.
    public var ignores: [GoModIgnore] = []

    /// The Go version a go.mod without a `go` line means (`gover.DefaultGoModVersion`).
    public static let defaultGoVersion = "1.16"

    /// The `go` line's version, or "1.16" when there is none.
    public var effectiveGoVersion: String { go?.version ?? Self.defaultGoVersion }

    /// Creates an empty file.
    public init(fileName: String) {
        self.fileName = fileName
    }

    static let blockVerbs: Set<String> = [
        "module", "godebug", "require", "exclude", "replace", "retract", "tool", "ignore",
    ]

    /// Parses a go.mod file, or throws the first error the go command reports for it.
    public static func parse(_ bytes: [UInt8], fileName: String) throws(GoModParseError) -> GoModFile {
        try parseDirectives(bytes, fileName: fileName)
    }

    mutating func add(
        verb: String, line: SyntaxLine, arguments: ArraySlice<Range<Int>>, block: (SyntaxBlock, Int)?,
        reader: DirectiveReader
    ) throws(GoModParseError) {
        let position = line.start.position
        let endColumn = line.end.column
        let blockIndex = block?.1
        switch verb {
        case "go":
            if go != nil { throw reader.failure(line, "repeated go statement") }
            go = try reader.goDirective(line, arguments: arguments)
        case "toolchain":
            if toolchain != nil { throw reader.failure(line, "repeated toolchain statement") }
            toolchain = try reader.toolchain(line, arguments: arguments)
        case "module":
            if module != nil { throw reader.failure(line, "repeated module statement") }
            guard arguments.count == 1, let argument = arguments.first else {
                throw reader.failure(line, "usage: module module/path")
            }
            let path = try reader.string(argument, line: line)
            let comments = DirectiveComments.text(of: line, in: block?.0, bytes: reader.bytes)
            let deprecated = DirectiveComments.deprecation(in: comments).map(GoUTF8.string)
            module = GoModModule(
                path: path, deprecated: deprecated?.isEmpty == false ? deprecated : nil, position: position,
                endColumn: endColumn, blockIndex: blockIndex)
        case "godebug":
            godebug.append(try reader.godebug(line, arguments: arguments, blockIndex: blockIndex))
        case "require", "exclude":
            guard arguments.count == 2, let first = arguments.first, let last = arguments.last else {
                throw reader.failure(line, "usage: \(verb) module/path v1.2.3")
            }
            let path = try reader.string(first, line: line)
            let version = try reader.version(verb: verb, path: path, token: last, line: line)
            guard let (_, pathMajor) = ModulePath.splitPathMajor(path) else {
                throw reader.failure(line, "invalid module path")
            }
            if let problem = ModulePath.checkPathMajor(version, pathMajor) {
                throw reader.failure(line, DirectiveReader.prefix(verb: verb, path: path) + problem)
            }
            if verb == "require" {
                requires.append(
                    GoModRequire(
                        path: path, version: version, indirect: DirectiveComments.isIndirect(line, in: reader.bytes),
                        position: position, endColumn: endColumn, blockIndex: blockIndex))
            } else {
                excludes.append(
                    GoModExclude(
                        path: path, version: version, position: position, endColumn: endColumn,
                        blockIndex: blockIndex))
            }
        case "replace":
            replaces.append(try reader.replace(line, arguments: arguments, blockIndex: blockIndex))
        case "retract":
            retracts.append(try Self.retract(line, arguments: arguments, block: block, reader: reader))
        case "tool", "ignore":
            guard arguments.count == 1, let argument = arguments.first else {
                throw reader.failure(line, "\(verb) directive expects exactly one argument")
            }
            let path = try reader.string(argument, line: line)
            if verb == "tool" {
                tools.append(GoModTool(path: path, position: position, endColumn: endColumn, blockIndex: blockIndex))
            } else {
                ignores.append(
                    GoModIgnore(path: path, position: position, endColumn: endColumn, blockIndex: blockIndex))
            }
        default:
            throw reader.failure(line, "unknown directive: \(verb)")
        }
    }

    /// modfile's `parseVersionInterval` with `dontFixRetract`: bounds are unquoted but not validated.
    private static func retract(
        _ line: SyntaxLine, arguments: ArraySlice<Range<Int>>, block: (SyntaxBlock, Int)?, reader: DirectiveReader
    ) throws(GoModParseError) -> GoModRetract {
        var tokens = arguments
        func bound() throws(GoModParseError) -> String {
            guard let token = tokens.popFirst() else { throw reader.failure(line, "expected '[' or version") }
            switch reader.unquote(token) {
            case .success(let value):
                return GoUTF8.string(value)
            case .failure(let failure):
                throw reader.failure(
                    line, "retract: version \(GoQuote.quote(reader.token(token))) invalid: \(failure.message)")
            }
        }
        let low: String
        let high: String
        guard let first = tokens.first, !reader.isToken(first, "(") else {
            throw reader.failure(line, "expected '[' or version")
        }
        if reader.isToken(first, "[") {
            tokens.removeFirst()
            guard !tokens.isEmpty else { throw reader.failure(line, "expected version after '['") }
            low = try bound()
            guard let comma = tokens.popFirst(), reader.isToken(comma, ",") else {
                throw reader.failure(line, "expected ',' after version")
            }
            guard !tokens.isEmpty else { throw reader.failure(line, "expected version after ','") }
            high = try bound()
            guard let closing = tokens.popFirst(), reader.isToken(closing, "]") else {
                throw reader.failure(line, "expected ']' after version")
            }
        } else {
            low = try bound()
            high = low
        }
        if let extra = tokens.first {
            throw reader.failure(line, "unexpected token after version: \(GoQuote.quote(reader.token(extra)))")
        }
        let rationale = GoUTF8.string(DirectiveComments.text(of: line, in: block?.0, bytes: reader.bytes))
        return GoModRetract(
            low: low, high: high, rationale: rationale.isEmpty ? nil : rationale, position: line.start.position,
            endColumn: line.end.column, blockIndex: block?.1)
    }
}
