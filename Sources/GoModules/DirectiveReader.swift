/// Reads directive arguments the way modfile's `add` does for both go.mod and go.work: unquoting,
/// version canonicalization (`modfile.Parse` with a nil fixer) and the shared `go`, `toolchain`,
/// `godebug` and `replace` rules, with the go command's error texts.
struct DirectiveReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let fileName: String

    func token(_ range: Range<Int>) -> Slice<UnsafeBufferPointer<UInt8>> { bytes[range] }

    func text(_ range: Range<Int>) -> String { GoUTF8.string(bytes[range]) }

    func isToken(_ range: Range<Int>, _ text: StaticString) -> Bool { GoByteText.equals(bytes[range], text) }

    func failure(_ line: SyntaxLine, _ message: String) -> GoModParseError {
        GoModParseError(fileName: fileName, line: line.start.line, column: line.start.column, message: message)
    }

    func failure(_ block: SyntaxBlock, _ message: String) -> GoModParseError {
        GoModParseError(fileName: fileName, line: block.start.line, column: block.start.column, message: message)
    }

    /// modfile's `parseString`: a `"…"` token is unquoted; any other token must not contain a quote.
    /// Returns the error text on failure.
    func unquote(_ range: Range<Int>) -> Result<[UInt8], UnquoteFailure> {
        let raw = bytes[range]
        if raw.first == UInt8(ascii: "\"") {
            guard let value = GoQuote.unquote(raw) else { return .failure(UnquoteFailure(message: "invalid syntax")) }
            return .success(value)
        }
        if raw.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "`") }) {
            return .failure(UnquoteFailure(message: "unquoted string cannot contain quote"))
        }
        return .success(Array(raw))
    }

    struct UnquoteFailure: Error {
        var message: String
    }

    /// An unquoted string argument, or the error `invalid quoted string: …`.
    func string(_ range: Range<Int>, line: SyntaxLine) throws(GoModParseError) -> String {
        switch unquote(range) {
        case .success(let value): return GoUTF8.string(value)
        case .failure(let failure): throw self.failure(line, "invalid quoted string: \(failure.message)")
        }
    }

    /// `verb path: ` or `verb: `, the prefix modfile.Error puts before version errors.
    static func prefix(verb: String, path: String) -> String {
        path.isEmpty ? "\(verb): " : "\(verb) \(path): "
    }

    /// modfile's `parseVersion` with a nil fixer: the canonical form of a valid semantic version.
    func version(verb: String, path: String, token range: Range<Int>, line: SyntaxLine) throws(GoModParseError)
        -> String
    {
        let prefix = Self.prefix(verb: verb, path: path)
        let value: [UInt8]
        switch unquote(range) {
        case .success(let unquoted):
            value = unquoted
        case .failure(let failure):
            throw self.failure(line, "\(prefix)version \(GoQuote.quote(bytes[range])) invalid: \(failure.message)")
        }
        guard let canonical = ModuleVersion.canonical(GoUTF8.string(value)) else {
            throw failure(line, "\(prefix)version \(GoQuote.quote(value)) invalid: must be of the form v1.2.3")
        }
        return canonical
    }

    /// The `go` directive's argument check.
    func goDirective(_ line: SyntaxLine, arguments: ArraySlice<Range<Int>>) throws(GoModParseError)
        -> GoModGoDirective
    {
        guard arguments.count == 1, let argument = arguments.first else {
            throw failure(line, "go directive expects exactly one argument")
        }
        let version = text(argument)
        guard GoVersion.isValidGoLine(version) else {
            throw failure(line, "invalid go version '\(version)': must match format 1.23.0")
        }
        return GoModGoDirective(version: version, position: line.start.position, endColumn: line.end.column)
    }

    /// The `toolchain` directive's argument check.
    func toolchain(_ line: SyntaxLine, arguments: ArraySlice<Range<Int>>) throws(GoModParseError) -> GoModToolchain {
        guard arguments.count == 1, let argument = arguments.first else {
            throw failure(line, "toolchain directive expects exactly one argument")
        }
        let name = text(argument)
        guard GoVersion.isValidToolchainLine(name) else {
            throw failure(line, "invalid toolchain version '\(name)': must match format go1.23.0 or default")
        }
        return GoModToolchain(name: name, position: line.start.position, endColumn: line.end.column)
    }

    /// A `godebug key=value` argument.
    func godebug(_ line: SyntaxLine, arguments: ArraySlice<Range<Int>>, blockIndex: Int?) throws(GoModParseError)
        -> GoModGodebug
    {
        let usage = "usage: godebug key=value"
        guard arguments.count == 1, let argument = arguments.first else { throw failure(line, usage) }
        let raw = bytes[argument]
        let forbidden: [UInt8] = Array("\"`',".utf8)
        guard !raw.contains(where: forbidden.contains), let equals = raw.firstIndex(of: UInt8(ascii: "=")) else {
            throw failure(line, usage)
        }
        return GoModGodebug(
            key: GoUTF8.string(bytes[argument.lowerBound..<equals]),
            value: GoUTF8.string(bytes[(equals + 1)..<argument.upperBound]),
            position: line.start.position, endColumn: line.end.column, blockIndex: blockIndex)
    }

    /// modfile's `parseReplace`.
    func replace(_ line: SyntaxLine, arguments: ArraySlice<Range<Int>>, blockIndex: Int?) throws(GoModParseError)
        -> GoModReplace
    {
        let verb = "replace"
        let args = Array(arguments)
        let arrow = args.count >= 2 && isToken(args[1], "=>") ? 1 : 2
        guard args.count >= arrow + 2, args.count <= arrow + 3, isToken(args[arrow], "=>") else {
            throw failure(
                line,
                "usage: replace module/path [v1.2.3] => other/module v1.4\n"
                    + "\t or replace module/path [v1.2.3] => ../local/directory")
        }
        let oldPath = try string(args[0], line: line)
        guard let (_, pathMajor) = ModulePath.splitPathMajor(oldPath) else {
            throw failure(line, "\(Self.prefix(verb: verb, path: oldPath))invalid module path")
        }
        var oldVersion: String?
        if arrow == 2 {
            let version = try self.version(verb: verb, path: oldPath, token: args[1], line: line)
            if let problem = ModulePath.checkPathMajor(version, pathMajor) {
                throw failure(line, Self.prefix(verb: verb, path: oldPath) + problem)
            }
            oldVersion = version
        }
        let newPath = try string(args[arrow + 1], line: line)
        var newVersion: String?
        let isDirectory = ModulePath.isDirectoryPath(newPath)
        if args.count == arrow + 2 {
            if !isDirectory {
                if newPath.contains("@") {
                    throw failure(line, "replacement module must match format 'path version', not 'path@version'")
                }
                throw failure(
                    line, "replacement module without version must be directory path (rooted or starting with . or ..)")
            }
            if newPath.contains("\\") {
                throw failure(line, "replacement directory appears to be Windows path (on a non-windows system)")
            }
        } else {
            newVersion = try version(verb: verb, path: newPath, token: args[arrow + 2], line: line)
            if isDirectory {
                throw failure(line, "replacement module directory path \(GoQuote.quote(newPath)) cannot have version")
            }
        }
        return GoModReplace(
            oldPath: oldPath, oldVersion: oldVersion, newPath: newPath, newVersion: newVersion,
            position: line.start.position, endColumn: line.end.column, blockIndex: blockIndex)
    }
}
