import GoSource

/// What a bpf2go `//go:generate` line says, read as bpf2go reads its arguments (Go's `flag` package: flags
/// up to the first other word or `--`, then `IDENT SOURCE.c...`, then `-- CFLAGS`): which C sources it
/// compiles and which objects it writes.
///
/// bpf2go writes one object per target, `<stem>_<suffix><output suffix>.o` in `-output-dir` (default: the
/// package's directory), where the stem is `-output-stem` or the lower-cased identifier, the output suffix is
/// `-output-suffix` or `_test` for a line in a `_test.go` file, and the target suffix is the target's name
/// for the generic ones (`bpfel`, `bpfeb`, `bpf`) and `<linux arch>_<byte order>` for a GOARCH (`amd64` and
/// `386` give `x86_bpfel`, `arm64` gives `arm64_bpfel`, `s390x` gives `s390_bpfeb`). `-target` defaults to
/// `bpfel,bpfeb`: both byte orders; a single GOARCH writes one.
struct BPF2GoCommand: Equatable {
    let identifier: String
    /// The C sources as written, relative to the Go file's directory.
    let sources: [String]
    /// The `-type` names, in order.
    let types: [String]
    /// `-output-stem`, or the lower-cased identifier.
    let outputStem: String
    let outputDirectory: String?
    /// `-output-suffix`, or `_test` when the line is in a `_test.go` file.
    let outputSuffix: String
    /// One entry per distinct target: the file-name suffixes of its object, bpf2go's current one first, then
    /// the one older bpf2go releases wrote (`bpfel_x86` for `x86_bpfel`). Nil when the targets cannot be known
    /// without running the line (`native`, an environment variable, a target bpf2go refuses).
    let targetSuffixes: [[String]]?

    /// bpf2go's flags that take a value; `type` may be repeated.
    static let valueFlags: Set<String> = [
        "cc", "strip", "cflags", "tags", "target", "makebase", "type", "output-stem", "output-suffix", "output-dir",
        "go-package",
    ]
    /// bpf2go's switches.
    static let boolFlags: Set<String> = ["verbose", "no-strip", "no-global-types"]

    /// For each GOARCH bpf2go accepts as a target: the byte order and the Linux name of the architecture
    /// (cmd/bpf2go/gen/target.go). `mipsle`, `mips64` and `mips64le` have no Linux name, so bpf2go refuses
    /// them as targets.
    static let architectureTargets: [String: (byteOrder: String, linux: String)] = [
        "386": ("bpfel", "x86"), "amd64": ("bpfel", "x86"), "arm": ("bpfel", "arm"), "arm64": ("bpfel", "arm64"),
        "loong64": ("bpfel", "loongarch"), "mips": ("bpfeb", "mips"), "ppc64": ("bpfeb", "powerpc"),
        "ppc64le": ("bpfel", "powerpc"), "riscv64": ("bpfel", "riscv"), "s390x": ("bpfeb", "s390"),
    ]

    /// Parses a go:generate command's words; nil when it is not a bpf2go invocation or bpf2go would refuse
    /// its arguments (an unknown flag, a missing value, fewer than two positional arguments). `goFile` is the
    /// path of the Go file holding the line (go generate's `$GOFILE`).
    init?(words: [String], goFile: String) {
        guard let tool = words.firstIndex(where: Self.isBPF2Go) else { return nil }
        var index = tool + 1
        var flags: [String: String] = [:]
        var types: [String] = []
        // Go's flag package: flags until the first word that is not one, or `--`, which it consumes.
        while index < words.count {
            let word = words[index]
            guard word.count > 1, word.hasPrefix("-") else { break }
            index += 1
            if word == "--" { break }
            var name = String(word.dropFirst(word.hasPrefix("--") ? 2 : 1))
            var value: String?
            if let equals = name.firstIndex(of: "=") {
                value = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard !name.isEmpty, !name.hasPrefix("-") else { return nil }
            if Self.boolFlags.contains(name) { continue }
            guard Self.valueFlags.contains(name) else { return nil }
            if value == nil {
                guard index < words.count else { return nil }
                value = words[index]
                index += 1
            }
            guard let value else { return nil }
            if name == "type" { types.append(value) } else { flags[name] = value }
        }
        let rest = words[index...]
        let positional = Array(rest.prefix { $0 != "--" })
        guard positional.count >= 2 else { return nil }
        identifier = positional[0]
        sources = Array(positional.dropFirst())
        self.types = types
        outputStem = flags["output-stem"].flatMap { $0.isEmpty ? nil : $0 } ?? positional[0].lowercased()
        outputDirectory = flags["output-dir"].flatMap { $0.isEmpty ? nil : $0 }
        let baseName = goFile.split(separator: "/").last.map(String.init) ?? goFile
        outputSuffix = flags["output-suffix"] ?? (baseName.hasSuffix("_test.go") ? "_test" : "")
        targetSuffixes = Self.suffixes(forTargets: flags["target"] ?? "bpfel,bpfeb")
    }

    /// `bpf2go`, a path or module path ending in `/bpf2go`, with or without `@version`.
    private static func isBPF2Go(_ word: String) -> Bool {
        let name = word.split(separator: "@", maxSplits: 1).first.map(String.init) ?? word
        return name == "bpf2go" || name.hasSuffix("/bpf2go")
    }

    private static func suffixes(forTargets list: String) -> [[String]]? {
        var seen = Set<String>()
        var result: [[String]] = []
        for target in list.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            let names: [String]
            switch target {
            case "bpf", "bpfel", "bpfeb":
                names = [target]
            default:
                // `native` is the GOARCH bpf2go itself runs on; an unknown name makes bpf2go fail.
                guard let known = architectureTargets[target] else { return nil }
                names = ["\(known.linux)_\(known.byteOrder)", "\(known.byteOrder)_\(known.linux)"]
            }
            if seen.insert(names[0]).inserted { result.append(names) }
        }
        return result.isEmpty ? nil : result
    }

    /// The directory the objects land in, repository-relative; nil when it leaves the repository or cannot
    /// be known without running the line.
    func outputs(from directory: String) -> String? {
        guard let outputDirectory else { return directory }
        guard !outputDirectory.contains("$") else { return nil }
        return RepoPath.resolve(outputDirectory, from: directory)
    }

    /// For each target, the paths its object may have (bpf2go's current name first); nil when unknown.
    func objectPaths(from directory: String) -> [[String]]? {
        guard let targetSuffixes, let outputs = outputs(from: directory),
              !(outputStem + outputSuffix).contains("$"), !outputStem.contains("/") else { return nil }
        return targetSuffixes.map { names in
            names.map { RepoPath.join(outputs, "\(outputStem)_\($0)\(outputSuffix).o") }
        }
    }

    /// Whether this command writes `object` when run from a Go file in `directory`.
    func writes(_ object: String, from directory: String) -> Bool {
        objectPaths(from: directory)?.contains { $0.contains(object) } ?? false
    }

    /// Each source resolved against `directory`; nil for one that leaves the repository or names an
    /// environment variable.
    func resolvedSources(from directory: String) -> [(written: String, path: String?)] {
        sources.map { source in
            (source, source.contains("$") ? nil : RepoPath.resolve(source, from: directory))
        }
    }
}

/// The Go side of eBPF objects: which Go file embeds an object and which go:generate line builds it.
struct BPFGoLinks {
    struct Link {
        var embeddedBy: String?
        var generateFile: String?
        var command: BPF2GoCommand?
        /// The directory of the Go file holding the go:generate line.
        var generateDirectory: String?
    }

    private(set) var links: [String: Link] = [:]

    init(objects: [String], goFiles: [String: GoSourceFile]) {
        var byDirectory: [String: [(String, GoSourceFile)]] = [:]
        for (path, file) in goFiles { byDirectory[RepoPath.directory(of: path), default: []].append((path, file)) }
        for list in byDirectory.values {
            for (path, file) in list.sorted(by: { $0.0 < $1.0 }) {
                let directory = RepoPath.directory(of: path)
                for directive in file.directives {
                    switch directive.detail {
                    case .embed(let patterns):
                        for object in objects where RepoPath.directory(of: object) == directory {
                            let name = object.split(separator: "/").last.map(String.init) ?? object
                            if patterns.contains(where: { PathGlob($0).matches(name) }), links[object]?.embeddedBy == nil {
                                links[object, default: Link()].embeddedBy = path
                            }
                        }
                    case .generate(_, let words):
                        guard let command = BPF2GoCommand(words: words, goFile: path) else { continue }
                        for object in objects where command.writes(object, from: directory) && links[object]?.generateFile == nil {
                            links[object, default: Link()].generateFile = path
                            links[object, default: Link()].command = command
                            links[object, default: Link()].generateDirectory = directory
                        }
                    default:
                        continue
                    }
                }
            }
        }
    }
}
