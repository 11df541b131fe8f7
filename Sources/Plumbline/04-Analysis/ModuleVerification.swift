import Foundation
import GoModules
import ModuleSources

/// What `go mod verify` checks, computed from a snapshot's go.mod and go.sum and the module sources, with
/// no go command and no network beyond a named proxy.
///
/// The go command first loads the module graph, checking the `/go.mod` hash of every go.mod it reads
/// against go.sum (a mismatch stops it), then, for each module of the build list, hashes the cached zip
/// and the extracted tree and compares both with the `.ziphash` the cache recorded at download. It never
/// compares zip hashes with go.sum; `zipSumMismatches` does, for the rules, and `verify` output leaves it
/// out as the go command does.
public struct ModuleVerification: Sendable {
    /// A hash that differs from what go.sum records.
    public struct SumMismatch: Sendable, Equatable {
        public var module: String
        public var version: String
        /// true for the `/go.mod` line.
        public var isGoMod: Bool
        public var computed: String
        public var goSum: String
        /// The module source that gave the content.
        public var source: String
    }

    /// One build-list module as verify saw it.
    public struct ModuleResult: Sendable, Equatable {
        public var module: String
        public var version: String
        /// The go command's messages for this module, in its order (`M V: zip has been modified (PATH)`,
        /// `dir has been modified`, `missing ziphash: …`, or a hashing error).
        public var problems: [String]
        /// Whether any module cache had the zip, the `.ziphash` or the extracted tree.
        public var wasDownloaded: Bool
    }

    /// `/go.mod` lines of go.sum whose content from the sources hashes differently, in go.sum order.
    public var goModMismatches: [SumMismatch]
    /// The build list, without the main module, sorted by path.
    public var modules: [ModuleResult]
    /// Zip lines of go.sum whose zip from the sources hashes differently (not a `go mod verify` check).
    public var zipSumMismatches: [SumMismatch]
    /// go.mod files a source failed to give (a timeout, an HTTP error, an unreadable file), as
    /// `M@V: reason`: never a silent pass, as the go command fails when it cannot load the graph.
    public var unreadable: [String] = []

    /// `all modules verified`: no go.mod mismatch and no module problem.
    public var isVerified: Bool { goModMismatches.isEmpty && unreadable.isEmpty && modules.allSatisfy(\.problems.isEmpty) }

    /// Verifies a main module over its build list: MVS over the go.mod files the sources hold
    /// (`ModuleGraph`, pruned as the go command prunes), replacements applied.
    public static func verify(_ main: MainModuleGraph, sources: ModuleSourceList) -> ModuleVerification {
        let file = main.goMod, graph = main.graph, goSum = main.goSum
        let sum = goSum.map { GoSum.parse($0, fileName: "go.sum") }
        let entries = sum?.entries ?? []
        let mainPath = file.module?.path

        // What is verified is what the build uses: a replaced module's replacement, and no directory.
        let buildList = graph.modules.filter { !$0.isMain && $0.path != mainPath }.compactMap { module -> (String, String)? in
            let used = module.replacement ?? ModuleAtVersion(path: module.path, version: module.version)
            return used.version.isEmpty ? nil : (used.path, used.version)
        }.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        // A go.mod that a source holds but cannot be used stops the go command; one no source has is
        // reported by the sources' own failures below, or skipped like a module never downloaded.
        let graphProblems = graph.problems.filter { problem in
            if case .missing = problem.kind { return false }
            return true
        }

        let goModLines = entries.filter(\.isGoMod)
        let goModChecks = parallelMap(goModLines.count) { index -> (SumMismatch?, String?) in
            let entry = goModLines[index]
            switch sources.mod(entry.modulePath, entry.version) {
            case .found(let bytes, let source):
                let computed = DirHash.goModHash(bytes)
                guard computed != entry.hash, entry.hash.hasPrefix("h1:") else { return (nil, nil) }
                return (SumMismatch(module: entry.modulePath, version: entry.version, isGoMod: true, computed: computed, goSum: entry.hash, source: source), nil)
            case .failed(let error):
                return (nil, "\(entry.modulePath)@\(entry.version): \(error.description)")
            case .unknown:
                return (nil, nil)
            }
        }

        let zipLines = Dictionary(entries.filter { !$0.isGoMod }.map { ("\($0.modulePath) \($0.version)", $0.hash) }, uniquingKeysWith: { first, _ in first })
        // Modules are independent and hashing is the cost: every core takes its share.
        let results = parallelMap(buildList.count) { index -> (ModuleResult, SumMismatch?) in
            let (path, version) = buildList[index]
            return verifyModule(path, version, goSumZipHash: zipLines["\(path) \(version)"], sources: sources)
        }
        return ModuleVerification(
            goModMismatches: goModChecks.compactMap(\.0),
            modules: results.map(\.0),
            zipSumMismatches: results.compactMap(\.1),
            unreadable: goModChecks.compactMap(\.1) + graphProblems.filter { problem in
                // A go.mod the sources failed to give is already reported from its go.sum line.
                !goModChecks.contains { $0.1?.hasPrefix("\(problem.source.path)@\(problem.source.version):") == true }
            }.map(\.description)
        )
    }

    /// `verifyMod` for one module, against the first module cache that has anything of it; and the zip
    /// from any source against go.sum's zip line.
    private static func verifyModule(_ path: String, _ version: String, goSumZipHash: String?, sources: ModuleSourceList) -> (ModuleResult, SumMismatch?) {
        var result = ModuleResult(module: path, version: version, problems: [], wasDownloaded: false)
        let fileManager = FileManager.default
        var cacheZipHash: String?
        var cacheZipSource: String?
        for cache in sources.moduleCaches {
            guard let zip = try? cache.zipURL(path, version), let zipHashFile = try? cache.zipHashURL(path, version),
                  let directory = try? cache.extractedDirectory(path, version) else { break }
            var isDirectory: ObjCBool = false
            let hasZip = fileManager.fileExists(atPath: zip.path)
            let hasDirectory = fileManager.fileExists(atPath: directory.path, isDirectory: &isDirectory)
            guard let recorded = fileManager.contents(atPath: zipHashFile.path) else {
                if !hasZip && !hasDirectory { continue }
                result.wasDownloaded = true
                result.problems.append("\(path) \(version): missing ziphash: open \(zipHashFile.path): no such file or directory")
                break
            }
            result.wasDownloaded = true
            let expected = String(decoding: recorded, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if hasZip {
                do {
                    let hash = try ModuleZip(url: zip).hash1()
                    cacheZipHash = hash
                    cacheZipSource = cache.name
                    if hash != expected { result.problems.append("\(path) \(version): zip has been modified (\(zip.path))") }
                } catch {
                    result.problems.append("\(path) \(version): \(error.description)")
                    break
                }
            }
            if hasDirectory {
                do {
                    let hash = try DirHash.hashDirectory(directory, prefix: path + "@" + version)
                    if hash != expected { result.problems.append("\(path) \(version): dir has been modified (\(directory.path))") }
                } catch {
                    result.problems.append("\(path) \(version): \(error.description)")
                }
            }
            break
        }

        guard let goSumZipHash, goSumZipHash.hasPrefix("h1:") else { return (result, nil) }
        var zipHash = cacheZipHash
        var zipSource = cacheZipSource
        if zipHash == nil, case .found(let url, let source) = sources.zip(path, version) {
            zipHash = try? ModuleZip(url: url).hash1()
            zipSource = source
        }
        guard let zipHash, let zipSource, zipHash != goSumZipHash else { return (result, nil) }
        return (result, SumMismatch(module: path, version: version, isGoMod: false, computed: zipHash, goSum: goSumZipHash, source: zipSource))
    }
}
