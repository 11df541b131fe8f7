import GoSource

/// What a bpf2go `//go:generate` line says: which C source it compiles and which objects it writes.
/// bpf2go names its outputs `<stem>_bpfel.o` / `<stem>_bpfeb.o`, where the stem is `-output-stem` or the
/// lower-cased identifier, in `-output-dir` or the package's directory.
struct BPF2GoCommand: Equatable {
    let identifier: String
    /// The C source as written, relative to the Go file's directory.
    let source: String
    let outputStem: String
    let outputDirectory: String?

    /// Flags of bpf2go that take a value (`-cc clang`); others are switches (`-no-strip`).
    static let valueFlags: Set<String> = [
        "cc", "cflags", "target", "type", "go-package", "output-dir", "output-stem", "output-suffix", "tags",
        "strip", "makebase", "go-pkg",
    ]

    /// Parses a go:generate command's words; nil when it is not a bpf2go invocation.
    init?(words: [String]) {
        guard let tool = words.firstIndex(where: { $0 == "bpf2go" || $0.hasSuffix("/bpf2go") }) else { return nil }
        var index = tool + 1
        var positional: [String] = []
        var flags: [String: String] = [:]
        while index < words.count, words[index] != "--" {
            let word = words[index]
            if word.hasPrefix("-"), positional.count < 2 {
                let name = String(word.drop { $0 == "-" })
                if let equals = name.firstIndex(of: "=") {
                    flags[String(name[..<equals])] = String(name[name.index(after: equals)...])
                } else if Self.valueFlags.contains(name), index + 1 < words.count {
                    flags[name] = words[index + 1]
                    index += 1
                } else {
                    flags[name] = ""
                }
            } else {
                positional.append(word)
            }
            index += 1
        }
        guard positional.count >= 2 else { return nil }
        identifier = positional[0]
        source = positional[1]
        outputStem = flags["output-stem"].flatMap { $0.isEmpty ? nil : $0 } ?? positional[0].lowercased()
        outputDirectory = flags["output-dir"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether this command writes `object` when run from a Go file in `directory`.
    func writes(_ object: String, from directory: String) -> Bool {
        let outputs = outputDirectory.flatMap { RepoPath.resolve($0, from: directory) } ?? directory
        guard RepoPath.directory(of: object) == outputs else { return false }
        let name = object.split(separator: "/").last.map(String.init) ?? object
        return name == outputStem + "_bpfel.o" || name == outputStem + "_bpfeb.o"
    }
}

/// The Go side of eBPF objects: which Go file embeds an object and which go:generate line builds it.
struct BPFGoLinks {
    struct Link {
        var embeddedBy: String?
        var generateFile: String?
        var source: String?
        var sourcePath: String?
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
                        guard let command = BPF2GoCommand(words: words) else { continue }
                        for object in objects where command.writes(object, from: directory) && links[object]?.generateFile == nil {
                            links[object, default: Link()].generateFile = path
                            links[object, default: Link()].source = command.source
                            links[object, default: Link()].sourcePath = RepoPath.resolve(command.source, from: directory)
                        }
                    default:
                        continue
                    }
                }
            }
        }
    }
}
