/// A go.sum file read leniently, like `go mod tidy` does: lines with the wrong number of fields are
/// reported and skipped instead of failing the whole file. Every other line becomes an entry, in file
/// order, even when it has problems (the go command keeps such lines too; they just never match).
public struct GoSum: Sendable, Hashable {
    /// The file name given to the parser.
    public var fileName: String
    /// The lines the go command keeps, in file order.
    public var entries: [GoSumEntry]
    /// What is wrong with individual lines.
    public var problems: [GoSumProblem]

    /// The hash of a one-file tree holding an empty go.mod, which old go commands wrote by mistake and
    /// today's go command drops when it reads go.sum.
    public static let emptyGoModHash = "h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY="

    /// Parses go.sum text. Never fails; see `problems`. Lines end at `\n`; `\r` counts as white space.
    public static func parse(_ bytes: [UInt8], fileName: String) -> GoSum {
        var reader = GoSumReader()
        bytes.withUnsafeBufferPointer { buffer in reader.read(buffer) }
        return GoSum(fileName: fileName, entries: reader.entries, problems: reader.problems)
    }
}

/// One `<module> <version>[/go.mod] <hash>` line.
public struct GoSumEntry: Sendable, Hashable {
    /// The module path.
    public var modulePath: String
    /// The version without any `/go.mod` suffix.
    public var version: String
    /// Whether the line hashes only the module's go.mod (`<version>/go.mod`) rather than its zip.
    public var isGoMod: Bool
    /// The hash as written, e.g. `h1:…=`.
    public var hash: String
    /// 1-based line number.
    public var line: Int

    /// Creates a value; positions default to 1:1 for values built by hand.
    public init(modulePath: String, version: String, isGoMod: Bool = false, hash: String, line: Int) {
        self.modulePath = modulePath
        self.version = version
        self.isGoMod = isGoMod
        self.hash = hash
        self.line = line
    }
}

/// A problem with one go.sum line.
public struct GoSumProblem: Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: String, Sendable, Hashable {
        /// Not three fields; the go command fails with `malformed go.sum` (only `go mod tidy` skips it).
        case wrongFieldCount
        /// The module path fails `module.CheckPath`.
        case invalidModulePath
        /// The version (without `/go.mod`) is not a semantic version, or has another `/` suffix.
        case invalidVersion
        /// A valid but non-canonical version such as `v1.2`; the go command never writes one.
        case nonCanonicalVersion
        /// The version's major version does not match the path (`a.com/b v2.0.0`, `a.com/b/v3 v2.0.0`).
        case majorVersionMismatch
        /// An `h1:` hash that is not standard padded base64 of 32 bytes, or a hash with no `hN:` prefix.
        case malformedHash
        /// An `hN:` hash with N other than 1: legal, but the go command cannot verify it.
        case unknownHashAlgorithm
        /// The empty-go.mod hash left by an old go command bug; the go command drops the line.
        case emptyGoModHash
    }

    /// What kind of problem it is.
    public var kind: Kind
    /// 1-based line number.
    public var line: Int
    /// 1-based column (in runes) of the offending field.
    public var column: Int
    /// A description of the problem.
    public var message: String

    /// `line:column: message`.
    public var description: String { "\(line):\(column): \(message)" }
}

/// Reads go.sum lines over a byte buffer. Path and version checks are cached because go.sum repeats
/// each module path and version on several lines.
private struct GoSumReader {
    var entries: [GoSumEntry] = []
    var problems: [GoSumProblem] = []
    private var pathChecks: [String: PathCheck] = [:]
    private var versionChecks: [String: ModuleVersion?] = [:]
    /// go.sum writes each module version twice in a row (its zip, then its go.mod), so the previous line's
    /// path and version, compared byte for byte, spare most String allocations and dictionary lookups.
    private var previousPath: (bytes: [UInt8], text: String, check: PathCheck)?
    private var previousVersion: (bytes: [UInt8], text: String, parsed: ModuleVersion?)?

    private struct PathCheck {
        var error: ModulePathError?
        var pathMajor: String?
    }

    private static let goModSuffix = Array("/go.mod".utf8)

    mutating func read(_ buffer: UnsafeBufferPointer<UInt8>) {
        var lineNumber = 0
        var lineStart = 0
        while lineStart < buffer.count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < buffer.count && buffer[lineEnd] != 0x0A { lineEnd += 1 }
            readLine(buffer, lineStart..<lineEnd, number: lineNumber)
            lineStart = lineEnd + 1
        }
    }

    private mutating func readLine(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, number: Int) {
        let fields = GoByteText.fieldRanges(buffer, in: range)
        if fields.isEmpty { return }
        func column(_ field: Range<Int>) -> Int { GoUTF8.runeCount(buffer[range.lowerBound..<field.lowerBound]) + 1 }
        func report(_ kind: GoSumProblem.Kind, _ field: Range<Int>, _ message: String) {
            problems.append(GoSumProblem(kind: kind, line: number, column: column(field), message: message))
        }
        guard fields.count == 3 else {
            report(.wrongFieldCount, fields[0], "wrong number of fields \(fields.count)")
            return
        }
        let hashField = fields[2]
        if buffer[hashField].elementsEqual(GoSum.emptyGoModHash.utf8) {
            report(
                .emptyGoModHash, hashField,
                "hash of an empty go.mod (an old go command bug); the go command drops this line")
            return
        }
        var versionField = fields[1]
        let isGoMod =
            versionField.count >= Self.goModSuffix.count
            && buffer[(versionField.upperBound - Self.goModSuffix.count)..<versionField.upperBound]
                .elementsEqual(Self.goModSuffix)
        if isGoMod { versionField = versionField.lowerBound..<(versionField.upperBound - Self.goModSuffix.count) }
        let path: String
        let pathCheck: PathCheck
        if let previous = previousPath, buffer[fields[0]].elementsEqual(previous.bytes) {
            (path, pathCheck) = (previous.text, previous.check)
        } else {
            path = GoUTF8.string(buffer[fields[0]])
            pathCheck = checkPath(path)
            previousPath = (Array(buffer[fields[0]]), path, pathCheck)
        }
        let version: String
        let parsed: ModuleVersion?
        if let previous = previousVersion, buffer[versionField].elementsEqual(previous.bytes) {
            (version, parsed) = (previous.text, previous.parsed)
        } else {
            version = GoUTF8.string(buffer[versionField])
            parsed = parseVersion(version)
            previousVersion = (Array(buffer[versionField]), version, parsed)
        }
        entries.append(
            GoSumEntry(
                modulePath: path, version: version, isGoMod: isGoMod, hash: GoUTF8.string(buffer[hashField]),
                line: number))

        if let error = pathCheck.error {
            report(.invalidModulePath, fields[0], error.description)
        }
        if let parsed {
            if !parsed.isCanonical {
                report(
                    .nonCanonicalVersion, fields[1],
                    "version \(GoQuote.quote(version)) invalid: not canonical (want \(GoQuote.quote(parsed.canonical)))"
                )
            }
            if let pathMajor = pathCheck.pathMajor,
                let problem = ModulePath.checkPathMajor(version, parsed: parsed, pathMajor)
            {
                report(.majorVersionMismatch, fields[1], problem)
            }
        } else {
            report(.invalidVersion, fields[1], "version \(GoQuote.quote(version)) invalid: not a semantic version")
        }
        if let (kind, message) = Self.hashProblem(buffer[hashField]) {
            report(kind, hashField, message)
        }
    }

    private mutating func checkPath(_ path: String) -> PathCheck {
        if let known = pathChecks[path] { return known }
        let check = PathCheck(error: ModulePath.check(path), pathMajor: ModulePath.splitPathMajor(path)?.pathMajor)
        pathChecks[path] = check
        return check
    }

    private mutating func parseVersion(_ version: String) -> ModuleVersion? {
        if let known = versionChecks[version] { return known }
        let parsed = ModuleVersion(version)
        versionChecks[version] = .some(parsed)
        return parsed
    }

    /// Classifies a hash field: nil for `h1:` plus standard padded base64 of 32 bytes.
    private static func hashProblem(_ hash: Slice<UnsafeBufferPointer<UInt8>>) -> (GoSumProblem.Kind, String)? {
        func malformed() -> (GoSumProblem.Kind, String) {
            (.malformedHash, "malformed hash \(GoQuote.quote(hash)): want h1: and base64 of 32 bytes")
        }
        guard let colon = hash.firstIndex(of: UInt8(ascii: ":")), colon - hash.startIndex >= 2,
            hash.first == UInt8(ascii: "h"), hash[(hash.startIndex + 1)..<colon].allSatisfy(SemverParts.isDigit)
        else { return malformed() }
        guard colon - hash.startIndex == 2 && hash[hash.startIndex + 1] == UInt8(ascii: "1") else {
            let algorithm = GoQuote.quote(hash[hash.startIndex..<colon])
            return (
                .unknownHashAlgorithm, "unknown hash algorithm \(algorithm); the go command cannot verify this hash"
            )
        }
        return isBase64Of32Bytes(hash[(colon + 1)...]) ? nil : malformed()
    }

    /// Standard, padded base64 of exactly 32 bytes: 43 alphabet characters and one `=`.
    private static func isBase64Of32Bytes(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard text.count == 44, text.last == UInt8(ascii: "=") else { return false }
        return text.dropLast().allSatisfy { byte in
            SemverParts.isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "/")
        }
    }
}
