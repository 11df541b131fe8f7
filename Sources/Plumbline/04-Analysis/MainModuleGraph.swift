import GoModules
import ModuleSources

/// The requirement graph of the module at the root of a snapshot, read from the module sources: what
/// `go list -m all`, `go mod graph` and `go mod verify` start from.
public struct MainModuleGraph: Sendable {
    public let goMod: GoModFile
    /// The main module's go.sum, when the snapshot has one.
    public let goSum: [UInt8]?
    public let graph: ModuleGraph

    /// The graph of a go.mod given as bytes; `directoryGoMod` gives the go.mod of a directory replacement
    /// (as the replace directive writes it), or nil when it is not there.
    public init(
        goMod bytes: [UInt8], goModName: String = "go.mod", goSum: [UInt8]?, sources: ModuleSourceList,
        directoryGoMod: @escaping (String) -> [UInt8]? = { _ in nil }
    ) throws(PlumblineError) {
        do {
            goMod = try GoModFile.parse(bytes, fileName: goModName)
        } catch {
            throw .unreadable(error.description)
        }
        self.goSum = goSum
        graph = ModuleGraph.load(main: goMod, source: SourceGoMods(sources: sources, directoryGoMod: directoryGoMod))
    }

    /// The module at the root of a snapshot (its scan directory); directory replacements are read from the
    /// same snapshot.
    public init(snapshot input: ScanInput, sources: ModuleSourceList) throws(PlumblineError) {
        let moduleDirectory = input.scanPrefix.isEmpty ? "." : String(input.scanPrefix.dropLast())
        guard let goMod = input.files[RepoPath.join(moduleDirectory, "go.mod")] else {
            throw .unreadable("go: go.mod file not found in \(input.rootPath.map { $0 + "/" + input.scanPrefix } ?? moduleDirectory)")
        }
        try self.init(goMod: goMod, goSum: input.files[RepoPath.join(moduleDirectory, "go.sum")], sources: sources) { directory in
            RepoPath.resolve(directory, from: moduleDirectory).flatMap { input.files[RepoPath.join($0, "go.mod")] }
        }
    }
}

/// The go.mod files the module graph reads: from the module sources, and for directory replacements from
/// the scanned repository.
private struct SourceGoMods: GoModSource {
    let sources: ModuleSourceList
    let directoryGoMod: (String) -> [UInt8]?

    func goMod(path: String, version: String) -> GoModLookup {
        switch sources.mod(path, version) {
        case .found(let bytes, _): Self.parse(bytes, name: "\(path)@\(version)/go.mod")
        case .unknown: .missing
        case .failed(let error): .invalid(error.description)
        }
    }

    func goMod(directory: String) -> GoModLookup {
        directoryGoMod(directory).map { Self.parse($0, name: directory + "/go.mod") } ?? .missing
    }

    private static func parse(_ bytes: [UInt8], name: String) -> GoModLookup {
        do {
            return .found(try GoModFile.parse(bytes, fileName: name))
        } catch {
            return .invalid(error.description)
        }
    }
}
