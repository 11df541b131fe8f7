import Dispatch
import GoModules
import GoSource

/// Every Go module file of a snapshot, parsed once. Parsing runs on all cores; each file is independent.
struct ParsedRepository: Sendable {
    struct Module: Sendable {
        let file: String
        let dir: String
        let gomod: GoModFile
        /// go.sum with its index and path, when present.
        let gosum: (sum: GoSum, index: GoSumIndex, file: String)?
        let vendor: VendorModules?
        let vendorFile: String?
    }

    struct Workspace: Sendable {
        let file: String
        let dir: String
        let gowork: GoWorkFile
        let worksum: GoSumIndex?
    }

    struct ParseError: Sendable {
        let file: String
        let kind: String
        let line: Int
        let column: Int
        let message: String

        var location: SourceLocation { SourceLocation(path: file, line: line, column: column) }
    }

    var modules: [Module] = []
    var workspaces: [Workspace] = []
    var errors: [ParseError] = []
    /// ELF files that are, or claim to be, eBPF objects.
    var bpfObjects: [BPFArtifact] = []
    /// WebAssembly binaries.
    var wasmModules: [WasmArtifact] = []
    /// Go files outside vendor/ and testdata/, by path.
    var goFiles: [String: GoSourceFile] = [:]
    /// Go files that could not be read, for the report.
    var goFileErrors: [GoSourceError] = []
    /// Directories holding a go.mod, parsed or not: what `use` and local replaces point at.
    var moduleDirs: Set<String> = []

    init(_ input: ScanInput, bpfTables: BPFTables) {
        let paths = input.files.keys.sorted()
        let outcomes = Self.parseAll(paths, input.files, BPFPolicy(tables: bpfTables))
        var gosums: [String: (GoSum, GoSumIndex)] = [:]
        var vendors: [String: VendorModules] = [:]
        var gomods: [(String, GoModFile)] = []
        var goworks: [(String, GoWorkFile)] = []
        for (path, outcome) in zip(paths, outcomes) {
            switch outcome {
            case .gomod(let file): gomods.append((path, file))
            case .gowork(let file): goworks.append((path, file))
            case .gosum(let sum, let index): gosums[path] = (sum, index)
            case .vendor(let vendor): vendors[path] = vendor
            case .bpf(let artifact): bpfObjects.append(artifact)
            case .wasm(let artifact): wasmModules.append(artifact)
            case .goFile(let file): goFiles[path] = file
            case .goFileFailed(let error): goFileErrors.append(error)
            case .failed(let error): errors.append(error)
            case .ignored: break
            }
        }
        for path in input.paths where RepoPath.isNamed(path, "go.mod") && !FileSelection.isInIgnoredTree(path) {
            moduleDirs.insert(RepoPath.directory(of: path))
        }
        for (path, gomod) in gomods {
            // `go mod edit` reads such a file, but every command that loads the module stops on it, so it is a
            // file the go command rejects, not a module with an unknown path.
            guard gomod.module != nil else {
                errors.append(ParseError(file: path, kind: "go.mod", line: 1, column: 1, message: "missing module declaration; add one with go mod edit -module=PATH"))
                continue
            }
            let dir = RepoPath.directory(of: path)
            let sumPath = RepoPath.join(dir, "go.sum")
            let vendorPath = RepoPath.join(dir, "vendor/modules.txt")
            modules.append(Module(
                file: path, dir: dir, gomod: gomod,
                gosum: gosums[sumPath].map { ($0.0, $0.1, sumPath) },
                vendor: vendors[vendorPath], vendorFile: input.files[vendorPath] == nil ? nil : vendorPath
            ))
        }
        for (path, gowork) in goworks {
            let dir = RepoPath.directory(of: path)
            workspaces.append(Workspace(file: path, dir: dir, gowork: gowork, worksum: gosums[RepoPath.join(dir, "go.work.sum")]?.1))
        }
    }

    private enum Outcome: Sendable {
        case gomod(GoModFile)
        case gowork(GoWorkFile)
        case gosum(GoSum, GoSumIndex)
        case vendor(VendorModules)
        case bpf(BPFArtifact)
        case wasm(WasmArtifact)
        case goFile(GoSourceFile)
        case goFileFailed(GoSourceError)
        case failed(ParseError)
        case ignored
    }

    private static func parseAll(_ paths: [String], _ files: [String: [UInt8]], _ bpfPolicy: BPFPolicy) -> [Outcome] {
        parallelMap(paths.count) { index in parse(paths[index], files[paths[index]] ?? [], bpfPolicy) }
    }

    private static func parse(_ path: String, _ bytes: [UInt8], _ bpfPolicy: BPFPolicy) -> Outcome {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        do {
            switch FileKind.of(path, header: bytes.prefix(FileKind.wasmMagic.count)) {
            case .goMod:
                return .gomod(try GoModFile.parse(bytes, fileName: path))
            case .goWork:
                return .gowork(try GoWorkFile.parse(bytes, fileName: path))
            case .goSum:
                let sum = GoSum.parse(bytes, fileName: path)
                return .gosum(sum, GoSumIndex(sum))
            case .vendorList:
                return .vendor(VendorModules.parse(bytes, fileName: path))
            case .goSource:
                do {
                    return .goFile(try GoSourceFile.read(bytes, path: path))
                } catch {
                    return .goFileFailed(error)
                }
            case .wasmModule:
                return .wasm(WasmArtifact.decode(path: path, bytes: bytes))
            case .object:
                return BPFArtifact.classify(path: path, bytes: bytes, policy: bpfPolicy).map(Outcome.bpf) ?? .ignored
            case .configuration, .wasmExec, nil:
                return .ignored
            }
        } catch {
            return .failed(ParseError(file: path, kind: name, line: error.line, column: error.column, message: error.message))
        }
    }

    /// Results written by concurrent workers, one slot each, read after they all finish.
}

extension RepoPath {
    static func isNamed(_ path: String, _ name: String) -> Bool {
        path == name || path.hasSuffix("/" + name)
    }
}

import Foundation
