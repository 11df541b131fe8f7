import Foundation
import GoModules
import Testing

/// Reads go.mod files from the committed file:// proxy tree `fixtures/modproxy` (`<escaped path>/@v/<escaped
/// version>.mod`) and directory replacements from the main module's directory.
private struct ProxyTreeSource: GoModSource {
    var proxy: URL
    var mainDirectory: URL

    func goMod(path: String, version: String) -> GoModLookup {
        guard let escapedPath = ModulePath.escape(path), let escapedVersion = ModulePath.escapeVersion(version)
        else {
            return .invalid("cannot escape \(path)@\(version)")
        }
        return read(proxy.appendingPathComponent("\(escapedPath)/@v/\(escapedVersion).mod"))
    }

    func goMod(directory: String) -> GoModLookup {
        let base = directory.hasPrefix("/") ? URL(fileURLWithPath: directory) : mainDirectory.appendingPathComponent(directory)
        return read(base.appendingPathComponent("go.mod"))
    }

    private func read(_ url: URL) -> GoModLookup {
        guard let data = FileManager.default.contents(atPath: url.path) else { return .missing }
        do {
            return .found(try GoModFile.parse([UInt8](data), fileName: url.lastPathComponent))
        } catch {
            return .invalid(error.description)
        }
    }
}

/// The fixture main modules under `fixtures/modproxy-src/main`, with what the go command printed for each
/// (`fixtures/modproxy-src/expected/NAME`, written by `fixtures/modproxy-src/build.sh`).
private enum ModProxyFixtures {
    static let root: URL = {
        var directory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory.appendingPathComponent("fixtures")
            }
            directory = directory.deletingLastPathComponent()
        }
        return directory
    }()

    static var mainModules: [String] {
        let names = try? FileManager.default.contentsOfDirectory(
            atPath: root.appendingPathComponent("modproxy-src/main").path)
        return (names ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    static func text(_ name: String, _ file: String) throws -> String {
        let url = root.appendingPathComponent("modproxy-src/expected/\(name)/\(file)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func graph(_ name: String) throws -> ModuleGraph {
        let directory = root.appendingPathComponent("modproxy-src/main/\(name)")
        let data = try Data(contentsOf: directory.appendingPathComponent("go.mod"))
        let main = try GoModFile.parse([UInt8](data), fileName: "go.mod")
        return ModuleGraph.load(
            main: main,
            source: ProxyTreeSource(proxy: root.appendingPathComponent("modproxy"), mainDirectory: directory))
    }

    /// The objects `go list -m -json all` printed one after another.
    static func listJSON(_ name: String) throws -> [[String: Any]] {
        var objects: [[String: Any]] = []
        var chunk = ""
        for line in try text(name, "list.json").split(separator: "\n", omittingEmptySubsequences: false) {
            chunk += line + "\n"
            if line == "}" {
                let object = try JSONSerialization.jsonObject(with: Data(chunk.utf8)) as? [String: Any]
                objects.append(object ?? [:])
                chunk = ""
            }
        }
        return objects
    }
}

@Suite("Module graph against the go command's recordings")
struct ModuleGraphOracleTests {
    @Test("the fixture main modules are there")
    func fixturesPresent() {
        #expect(ModProxyFixtures.mainModules == ["legacy", "legacy-exclude", "modern", "pruned"])
    }

    @Test("build list = go list -m all", arguments: ModProxyFixtures.mainModules)
    func buildList(name: String) throws {
        let graph = try ModProxyFixtures.graph(name)
        #expect(graph.problems.isEmpty)
        #expect(graph.inconsistentRoots.isEmpty)
        #expect(graph.listText == (try ModProxyFixtures.text(name, "list.txt")))
    }

    @Test("graph = go mod graph", arguments: ModProxyFixtures.mainModules)
    func requirementGraph(name: String) throws {
        let graph = try ModProxyFixtures.graph(name)
        #expect(graph.graphText == (try ModProxyFixtures.text(name, "graph.txt")))
    }

    @Test("Main, Indirect, GoVersion and Replace = go list -m -json all", arguments: ModProxyFixtures.mainModules)
    func listFields(name: String) throws {
        let graph = try ModProxyFixtures.graph(name)
        let recorded = try ModProxyFixtures.listJSON(name)
        let sumData = try Data(
            contentsOf: ModProxyFixtures.root.appendingPathComponent("modproxy-src/main/\(name)/go.sum"))
        let goModSums = Set(
            GoSum.parse([UInt8](sumData), fileName: "go.sum").entries.filter(\.isGoMod).map {
                ModuleAtVersion(path: $0.modulePath, version: $0.version)
            })
        #expect(recorded.count == graph.modules.count)
        for (object, module) in zip(recorded, graph.modules) {
            #expect(object["Path"] as? String == module.path)
            #expect((object["Version"] as? String ?? "") == module.version)
            #expect((object["Main"] as? Bool ?? false) == module.isMain, "\(module.path)")
            #expect((object["Indirect"] as? Bool ?? false) == module.isIndirect, "\(module.path)")
            // The go command reports a go line only from a go.mod it read for the graph or whose hash go.sum
            // holds; the build list knows every selected module's go line.
            let node = ModuleAtVersion(path: module.path, version: module.version)
            let content = module.replacement ?? node
            let reported =
                module.isMain || content.version.isEmpty || graph.requirements(of: node) != nil
                || goModSums.contains(content)
            #expect(object["GoVersion"] as? String == (reported ? module.goVersion : nil), "\(module.path)")
            let replace = object["Replace"] as? [String: Any]
            #expect(replace?["Path"] as? String == module.replacement?.path, "\(module.path)")
            #expect((replace?["Version"] as? String ?? "") == (module.replacement?.version ?? ""), "\(module.path)")
        }
    }

    @Test("pruning shows: the go 1.16 main module loads far, the pruned one does not")
    func pruningDifference() throws {
        let legacy = try ModProxyFixtures.graph("legacy")
        let pruned = try ModProxyFixtures.graph("pruned")
        #expect(legacy.pruning == .unpruned)
        #expect(pruned.pruning == .pruned)
        #expect(legacy.selectedVersion(of: "example.com/far") == "v1.0.0")
        #expect(pruned.selectedVersion(of: "example.com/far") == nil)
        #expect(legacy.requirementPath(to: "example.com/far").map(\.description) == [
            "example.com/main/legacy", "example.com/right@v1.0.0", "example.com/testonly@v1.0.0",
            "example.com/far@v1.0.0",
        ])
    }
}
