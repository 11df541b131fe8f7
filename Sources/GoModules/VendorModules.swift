/// vendor/modules.txt, read with the go command's rules (modload.readVendorList): `# path version
/// [=> new [version]]` module lines, `# path => new [version]` wildcard replacements, `## explicit; go 1.N`
/// annotations and one line per vendored package. Never fails; lines the go command ignores are listed in
/// `problems`.
public struct VendorModules: Sendable, Hashable {
    /// The file name given to the parser.
    public var fileName: String
    /// Whether the first line is `## workspace` (written by `go work vendor`).
    public var isWorkspace: Bool
    /// Module lines with a version, in file order (repeated lines for one module@version are merged).
    public var modules: [VendorModule]
    /// `# path => target` lines: replacements of every version of a module.
    public var wildcardReplacements: [VendorModule]
    /// Lines the go command ignores or cannot use.
    public var problems: [VendorModulesProblem]

    /// Parses modules.txt text. Lines end at `\n`; `\r` counts as white space.
    public static func parse(_ bytes: [UInt8], fileName: String) -> VendorModules {
        var reader = VendorModulesReader()
        bytes.withUnsafeBufferPointer { buffer in reader.read(buffer) }
        return VendorModules(
            fileName: fileName, isWorkspace: isWorkspace(bytes),
            modules: reader.modules.filter { $0.version != nil },
            wildcardReplacements: reader.modules.filter { $0.version == nil }, problems: reader.problems)
    }

    /// modload.modulesTextIsForWorkspace: the first line (within the first 512 bytes) is a `## ` annotation
    /// line that includes `workspace`.
    private static func isWorkspace(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(512)
        let firstLine = head.prefix { $0 != 0x0A }
        guard GoByteText.hasPrefix(firstLine, "## ") else { return false }
        return firstLine.dropFirst(3).split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false)
            .contains { GoByteText.equals(GoByteText.trimSpace($0), "workspace") }
    }
}

/// One `# …` module line of modules.txt with its annotations and packages.
public struct VendorModule: Sendable, Hashable {
    /// The module path.
    public var path: String
    /// nil for a wildcard replacement line.
    public var version: String?
    /// The replacement module path or directory, when the line has `=> …`.
    public var replacementPath: String?
    /// The replacement version, when the replacement is a module rather than a directory.
    public var replacementVersion: String?
    /// `## explicit`: the module is required in go.mod.
    public var explicit: Bool
    /// `## go 1.N`: the module's go line.
    public var goVersion: String?
    /// Annotations other than `explicit` and `go …` (reserved by the go command).
    public var otherAnnotations: [String]
    /// Vendored package import paths, in file order.
    public var packages: [String]
    /// 1-based line of the module line.
    public var line: Int

    /// Creates a value; positions default to 1:1 for values built by hand.
    public init(
        path: String,
        version: String? = nil,
        replacementPath: String? = nil,
        replacementVersion: String? = nil,
        explicit: Bool = false,
        goVersion: String? = nil,
        otherAnnotations: [String] = [],
        packages: [String] = [],
        line: Int
    ) {
        self.path = path
        self.version = version
        self.replacementPath = replacementPath
        self.replacementVersion = replacementVersion
        self.explicit = explicit
        self.goVersion = goVersion
        self.otherAnnotations = otherAnnotations
        self.packages = packages
        self.line = line
    }
}

/// A modules.txt line the go command ignores or cannot use.
public struct VendorModulesProblem: Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: String, Sendable, Hashable {
        /// A `# ` line with fewer than 3 fields, or whose second field is neither a version nor `=>`.
        case malformedModuleLine
        /// A `=> …` part the go command does not understand, or extra fields after the version.
        case malformedReplacement
        /// A `## ` line or package line before any usable module line.
        case orphanLine
        /// A package line that is not exactly one valid import path.
        case invalidPackageLine
        /// A `## go X` annotation whose X is not a Go version.
        case invalidGoVersion
    }

    /// What kind of problem it is.
    public var kind: Kind
    /// 1-based line number.
    public var line: Int
    /// A description of the problem.
    public var message: String

    /// `line: message`.
    public var description: String { "\(line): \(message)" }
}

private struct VendorModulesReader {
    var modules: [VendorModule] = []
    var problems: [VendorModulesProblem] = []
    /// Index in `modules` of the module that annotation and package lines belong to.
    private var current: Int?
    private var indexByModule: [String: Int] = [:]

    mutating func read(_ buffer: UnsafeBufferPointer<UInt8>) {
        var number = 0
        var start = 0
        while start < buffer.count {
            number += 1
            var end = start
            while end < buffer.count && buffer[end] != 0x0A { end += 1 }
            readLine(buffer[start..<end], number: number)
            start = end + 1
        }
    }

    private mutating func problem(_ kind: VendorModulesProblem.Kind, _ line: Int, _ message: String) {
        problems.append(VendorModulesProblem(kind: kind, line: line, message: message))
    }

    private mutating func readLine(_ line: Slice<UnsafeBufferPointer<UInt8>>, number: Int) {
        if GoByteText.hasPrefix(line, "# ") {
            readModuleLine(GoByteText.fields(line).map(GoUTF8.string), number: number)
            return
        }
        if GoByteText.hasPrefix(line, "## ") {
            guard let index = current else {
                if number != 1 { problem(.orphanLine, number, "annotation before any module line") }
                return
            }
            readAnnotations(line.dropFirst(3), into: index, number: number)
            return
        }
        let fields = GoByteText.fields(line)
        if fields.isEmpty { return }
        guard let index = current else {
            problem(.orphanLine, number, "package line before any module line")
            return
        }
        let path = GoUTF8.string(fields[0])
        if fields.count != 1 {
            problem(.invalidPackageLine, number, "want one import path, found \(fields.count) fields")
        } else if let error = ModulePath.checkImportPath(path) {
            problem(.invalidPackageLine, number, error.description)
        } else {
            modules[index].packages.append(path)
        }
    }

    private mutating func readModuleLine(_ fields: [String], number: Int) {
        guard fields.count >= 3 else {
            // The go command skips the line and keeps attaching later lines to the previous module.
            problem(.malformedModuleLine, number, "module line needs a path and a version")
            return
        }
        let path = fields[1]
        let version: String?
        var rest: ArraySlice<String>
        if ModuleVersion.isValid(fields[2]) {
            version = fields[2]
            rest = fields[3...]
        } else if fields[2] == "=>" {
            version = nil
            rest = fields[2...]
        } else {
            current = nil
            problem(.malformedModuleLine, number, "\(GoQuote.quote(fields[2])) is neither a version nor =>")
            return
        }
        let key = path + " " + (version ?? "")
        let index: Int
        if let known = indexByModule[key] {
            index = known
        } else {
            index = modules.count
            indexByModule[key] = index
            modules.append(
                VendorModule(
                    path: path, version: version, replacementPath: nil, replacementVersion: nil, explicit: false,
                    goVersion: nil, otherAnnotations: [], packages: [], line: number))
        }
        current = index
        guard !rest.isEmpty else { return }
        if rest.count >= 2 && rest.first == "=>" {
            rest.removeFirst()
            if rest.count == 1 {
                modules[index].replacementPath = rest[rest.startIndex]
                modules[index].replacementVersion = nil
                return
            }
            if rest.count == 2 && ModuleVersion.isValid(rest[rest.startIndex + 1]) {
                modules[index].replacementPath = rest[rest.startIndex]
                modules[index].replacementVersion = rest[rest.startIndex + 1]
                return
            }
        }
        problem(.malformedReplacement, number, "unrecognized text after the module: \(rest.joined(separator: " "))")
    }

    private mutating func readAnnotations(
        _ text: Slice<UnsafeBufferPointer<UInt8>>, into index: Int, number: Int
    ) {
        for part in text.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false) {
            let entry = GoUTF8.string(GoByteText.trimSpace(part))
            if entry == "explicit" {
                modules[index].explicit = true
            } else if entry.hasPrefix("go ") {
                let goVersion = String(entry.dropFirst(3))
                modules[index].goVersion = goVersion
                if !GoVersion.isValid(goVersion) {
                    problem(.invalidGoVersion, number, "invalid go version \(GoQuote.quote(goVersion))")
                }
            } else if !entry.isEmpty {
                modules[index].otherAnnotations.append(entry)
            }
        }
    }
}
