/// Rewrites of a rule example's files that a repository may well contain and the example's author did not
/// write: CRLF line ends, a UTF-8 byte order mark, non-ASCII text before a finding. Each must leave the
/// rule's findings where the go command (or git, or the C compiler) would still see them, so every example
/// also tests that the parsers beneath the rule count lines and columns as the tools do.
///
/// A variant that cannot apply to an example, or would legitimately change its outcome, is skipped with the
/// reason stated here, never loosened.
struct ExampleVariant: Sendable {
    let name: String
    /// The rewritten files and what their scan must show, from the example's files and the plain run's
    /// findings of the rule; or why the variant does not apply.
    let plan: @Sendable (_ files: [String: [UInt8]], _ findings: [Finding]) -> Plan

    enum Plan {
        case run([String: [UInt8]], Expectation)
        case skip(String)
    }

    enum Expectation {
        /// The rule's findings, equal to these (the plain run's, moved where the rewrite moved them).
        case findings([Finding])
        /// Each of these files fails to parse on its line 1 with this message, as the go command reports it.
        case parseErrors(paths: [String], message: String)

        /// Why the scan of the rewritten files does not meet the expectation; nil when it does.
        func failure(in report: ScanReport, ruleID: String) -> String? {
            switch self {
            case .findings(let expected):
                let found = report.findings.filter { $0.ruleID == ruleID }
                guard found.count == expected.count else {
                    return "expected \(expected.count) finding(s) (\(Self.list(expected))), got \(found.count) (\(Self.list(found)))"
                }
                for (want, got) in zip(expected, found) where want != got {
                    return "expected \(want.location): \(want.message), got \(got.location): \(got.message)"
                        + (want.location == got.location && want.message == got.message ? " (another field differs: fingerprint, level, action, go line or suppression)" : "")
                }
                return nil
            case .parseErrors(let paths, let message):
                for path in paths {
                    let reported = report.notifications.contains { notification in
                        guard let location = notification.location else { return false }
                        return location.path == path && location.line == 1 && location.column == 1 && notification.message.hasSuffix(message)
                    }
                    if !reported {
                        let notes = report.notifications.map(\.description).joined(separator: "; ")
                        return "expected \(path):1:1 to be reported as not parsed (\(message)), got: \(notes.isEmpty ? "no notes" : notes)"
                    }
                }
                return nil
            }
        }

        private static func list(_ findings: [Finding]) -> String {
            findings.isEmpty ? "none" : findings.map(\.location.description).joined(separator: ", ")
        }
    }

    /// Every variant, in the order they run.
    static let all: [ExampleVariant] = [crlf, byteOrderMark, byteOrderMarkInModuleFiles, nonASCIIBeforeFindings]

    // MARK: - CRLF

    /// The go command, git (for `.gitignore`), C compilers and JavaScript engines all read CRLF as a line
    /// end, so nothing may move.
    static let crlf = ExampleVariant(name: "CRLF line ends") { files, findings in
        var changed = files
        for (path, bytes) in files where isText(path, bytes) { changed[path] = crlfLines(bytes) }
        guard changed.contains(where: { files[$0.key] != $0.value }) else { return .skip("no text file with a line end") }
        return .run(changed, .findings(findings))
    }

    static func crlfLines(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 16)
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n"), index == 0 || bytes[index - 1] != UInt8(ascii: "\r") { result.append(UInt8(ascii: "\r")) }
            result.append(byte)
        }
        return result
    }

    // MARK: - Byte order mark

    static let byteOrderMarkBytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Every text file but the module files gets a leading BOM, and keeps its meaning: Go files (go/scanner
    /// skips the mark), `.gitignore` (git skips it), C sources, JavaScript, YAML. Line 1's columns must not
    /// count the mark.
    static let byteOrderMark = ExampleVariant(name: "a UTF-8 byte order mark") { files, findings in
        var changed = files
        for (path, bytes) in files where isText(path, bytes) && !bytes.starts(with: byteOrderMarkBytes) && byteOrderMarkExclusion(path) == nil {
            changed[path] = byteOrderMarkBytes + bytes
        }
        guard changed.contains(where: { files[$0.key] != $0.value }) else {
            return .skip("no text file but module files, which the go command rejects or misreads with a byte order mark")
        }
        return .run(changed, .findings(findings))
    }

    /// Why a file does not get a BOM in the variant above; nil when it does.
    static func byteOrderMarkExclusion(_ path: String) -> String? {
        switch ModuleFileKind(path) {
        case .goMod, .goWork:
            // Checked apart, by the variant below.
            "the go command rejects a go.mod or go.work that starts with a BOM"
        case .goSum:
            // go1.27.3 reads the mark as part of the first entry's module path, so that entry no longer
            // counts ("missing go.sum entry"); the example would then test a different go.sum.
            "the go command reads a BOM as part of go.sum's first module path, which loses that entry"
        case .vendorList:
            // go1.27.3 no longer recognises the first `# module version` line ("inconsistent vendoring").
            "the go command does not recognise the first line of a vendor/modules.txt that starts with a BOM"
        case nil:
            nil
        }
    }

    /// go1.27.3 rejects a go.mod or go.work starting with a BOM (`go.mod:1: unexpected input character
    /// '\ufeff'`), whatever else it says, so the scan must report each as not parsed at line 1.
    static let byteOrderMarkInModuleFiles = ExampleVariant(name: "a UTF-8 byte order mark in go.mod and go.work") { files, _ in
        let paths = files.keys.filter { path in
            ModuleFileKind(path).map { $0 == .goMod || $0 == .goWork } == true && FileSelection.isWanted(path)
                && !(files[path] ?? []).starts(with: byteOrderMarkBytes)
        }.sorted()
        guard !paths.isEmpty else { return .skip("no go.mod or go.work the scan reads") }
        var changed = files
        for path in paths { changed[path] = byteOrderMarkBytes + (files[path] ?? []) }
        return .run(changed, .parseErrors(paths: paths, message: "unexpected input character '\\ufeff'"))
    }

    // MARK: - Non-ASCII text before a finding

    /// A block comment of characters that take two, three and four bytes in UTF-8 (and two UTF-16 units),
    /// so a column counted in bytes or in UTF-16 units lands elsewhere than one counted in scalars.
    static let nonASCIIComment = "/* é世😀 */ "

    /// Puts `nonASCIIComment` before the first finding of each finding's line, in the languages where a
    /// block comment may stand before any token; every finding on that line after it moves right by the
    /// comment's length in Unicode scalars.
    static let nonASCIIBeforeFindings = ExampleVariant(name: "non-ASCII text before each finding") { files, findings in
        guard !findings.isEmpty else { return .skip("no finding to move") }
        var insertions: [String: [Int: Int]] = [:]  // path → line → column
        for finding in findings {
            let location = finding.location
            let column = min(insertions[location.path]?[location.line] ?? .max, location.column)
            insertions[location.path, default: [:]][location.line] = column
        }
        let shift = nonASCIIComment.unicodeScalars.count
        var changed = files
        for (path, lines) in insertions {
            guard let bytes = files[path] else { return .skip("a finding points at \(path), which is not a file of the example") }
            if let reason = nonASCIIExclusion(path, bytes) { return .skip(reason) }
            var result = bytes
            // From the last line up, so earlier offsets stay valid.
            for (line, column) in lines.sorted(by: { $0.key > $1.key }) {
                guard let offset = byteOffset(in: bytes, line: line, column: column) else {
                    return .skip("a finding at \(path):\(line):\(column) lies beyond the end of its line")
                }
                if let reason = directiveExclusion(bytes[offset...]) { return .skip(reason) }
                result.insert(contentsOf: Array(nonASCIIComment.utf8), at: offset)
            }
            changed[path] = result
        }
        let moved = findings.map { finding in
            var finding = finding
            guard let column = insertions[finding.location.path]?[finding.location.line] else { return finding }
            if finding.location.column >= column { finding.location.column += shift }
            if let end = finding.location.endColumn, (finding.location.endLine ?? finding.location.line) == finding.location.line, end >= column {
                finding.location.endColumn = end + shift
            }
            return finding
        }
        return .run(changed, .findings(moved))
    }

    /// Why findings in this file cannot have non-ASCII text before them; nil when they can.
    static func nonASCIIExclusion(_ path: String, _ bytes: [UInt8]) -> String? {
        if !isText(path, bytes) { return "a finding is in a binary file, which has no text line to add to" }
        switch ModuleFileKind(path) {
        case .goMod, .goWork:
            // go1.27.3: `/* */` is "mod files must use // comments", U+00A0 and U+2003 are "unexpected input
            // character", and module paths and versions must be ASCII ("malformed module path").
            return "go.mod and go.work hold non-ASCII text only in // comments and local directory paths, which end their line"
        case .goSum:
            return "go.sum lines are a module path, a version and a hash, all ASCII, with no comments"
        case .vendorList:
            return "vendor/modules.txt lines are module paths, versions and ## annotations, all ASCII, with no comments"
        case nil:
            break
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let blockCommentLanguages = [".go", ".c", ".h", ".js"]
        guard blockCommentLanguages.contains(where: { name.hasSuffix($0) }) else {
            return "a finding is in \(name), a file kind without block comments to carry the text"
        }
        return nil
    }

    /// Why a Go directive that a finding points at stops working behind a block comment; nil for any other
    /// spot. What go1.27.3 does with `/* é */ //go:NAME ...`: it still reads `//go:debug` (go/build takes
    /// it from any line comment before the package clause), and nothing else.
    static func directiveExclusion(_ text: ArraySlice<UInt8>) -> String? {
        func starts(_ prefix: String) -> Bool { text.starts(with: Array(prefix.utf8)) }
        if starts("//go:build") || starts("// +build") {
            return "go/build reads a build constraint only from a comment that begins its line"
        }
        if starts("//go:generate") { return "go generate runs a //go:generate line only where it begins the line" }
        if starts("//go:debug") { return nil }
        if starts("//go:") {
            return "the compiler takes a //go: directive only where it begins its line, and rejects a known one elsewhere (\"misplaced compiler directive\")"
        }
        return nil
    }

    // MARK: - Helpers

    /// The module files whose syntax the go command owns.
    enum ModuleFileKind {
        case goMod, goWork, goSum, vendorList

        init?(_ path: String) {
            switch path.split(separator: "/").last {
            case "go.mod": self = .goMod
            case "go.work": self = .goWork
            case "go.sum", "go.work.sum": self = .goSum
            case "modules.txt" where path == "vendor/modules.txt" || path.hasSuffix("/vendor/modules.txt"): self = .vendorList
            default: return nil
            }
        }
    }

    /// Text is valid UTF-8 without NUL bytes in a file not named like a build artifact (an ELF object or a
    /// wasm module), which must stay byte for byte as built.
    static func isText(_ path: String, _ bytes: [UInt8]) -> Bool {
        !FileSelection.isArtifact(path) && !bytes.contains(0) && String(validating: bytes, as: UTF8.self) != nil
    }

    /// The byte offset of a 1-based line and column (in Unicode scalars); nil when the line is shorter.
    static func byteOffset(in bytes: [UInt8], line: Int, column: Int) -> Int? {
        var offset = 0
        for _ in 1..<max(line, 1) {
            guard let newline = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            offset = newline + 1
        }
        // A BOM opens line 1 without being one of its columns.
        if line == 1, bytes.starts(with: byteOrderMarkBytes) { offset = 3 }
        var scalars = 1
        while scalars < column {
            guard offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") else { return nil }
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            scalars += 1
        }
        return offset
    }
}
