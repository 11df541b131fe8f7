import GoModules
import Testing

/// go.mod files by `path@version` (and by directory for directory replacements), written by hand.
private struct HandMadeSource: GoModSource {
    var files: [String: String]
    var directories: [String: String] = [:]

    func goMod(path: String, version: String) -> GoModLookup { lookup(files["\(path)@\(version)"], path) }
    func goMod(directory: String) -> GoModLookup { lookup(directories[directory], directory) }

    private func lookup(_ text: String?, _ name: String) -> GoModLookup {
        guard let text else { return .missing }
        do {
            return .found(try GoModFile.parse(Array(text.utf8), fileName: name))
        } catch {
            return .invalid(error.description)
        }
    }
}

/// A go.mod for `path` with a go line and requirements ("path version" each).
private func mod(_ path: String, go: String? = "1.17", _ requires: String...) -> String {
    var text = "module \(path)\n"
    if let go { text += "go \(go)\n" }
    for require in requires { text += "require \(require)\n" }
    return text
}

private func graph(_ main: String, _ files: [String: String], directories: [String: String] = [:]) throws
    -> ModuleGraph
{
    let mainFile = try GoModFile.parse(Array(main.utf8), fileName: "go.mod")
    return ModuleGraph.load(main: mainFile, source: HandMadeSource(files: files, directories: directories))
}

@Suite("Module graph and build list")
struct ModuleGraphTests {
    @Test("a diamond selects the higher of the two versions")
    func diamond() throws {
        let result = try graph(
            mod("m", "a v1.0.0", "b v1.0.0"),
            [
                "a@v1.0.0": mod("a", "c v1.0.0"),
                "b@v1.0.0": mod("b", "c v1.1.0"),
                "c@v1.0.0": mod("c"), "c@v1.1.0": mod("c"),
            ])
        #expect(result.listText == "m\na v1.0.0\nb v1.0.0\nc v1.1.0\n")
        #expect(result.problems.isEmpty)
        #expect(result.inconsistentRoots.isEmpty)
        #expect(result.modules.map(\.isIndirect) == [false, false, false, true])
    }

    @Test("go mod graph order: breadth first, each go.mod's requirements in file order, go and toolchain nodes")
    func graphOrder() throws {
        let result = try graph(
            "module m\ngo 1.22\ntoolchain go1.23.1\nrequire (\n\tb v1.0.0\n\ta v1.0.0\n)\n",
            [
                "a@v1.0.0": mod("a", go: "1.21", "c v1.0.0"),
                "b@v1.0.0": mod("b", go: "1.16", "d v1.0.0", "c v1.1.0"),
                "c@v1.0.0": mod("c", go: "1.16"), "c@v1.1.0": mod("c", go: "1.16"), "d@v1.0.0": mod("d", go: nil),
            ])
        #expect(
            result.graphText == """
                m a@v1.0.0
                m b@v1.0.0
                m go@1.22
                m toolchain@go1.23.1
                a@v1.0.0 c@v1.0.0
                a@v1.0.0 go@1.21
                b@v1.0.0 d@v1.0.0
                b@v1.0.0 c@v1.1.0
                go@1.22 toolchain@go1.22

                """)
        // b is unpruned, so what it requires is loaded too (and has nothing to add); a is pruned, so its
        // go@1.21 node is not loaded and has no toolchain edge.
        #expect(result.requirements(of: ModuleAtVersion(path: "c", version: "v1.1.0")) == [])
        #expect(result.requirements(of: ModuleAtVersion(path: "c", version: "v1.0.0")) == nil)
        #expect(result.selectedVersion(of: "go") == "1.22")
        #expect(result.selectedVersion(of: "toolchain") == "go1.23.1")
        #expect(result.listText == "m\na v1.0.0\nb v1.0.0\nc v1.1.0\nd v1.0.0\n")
        #expect(result.modules.first { $0.path == "d" }?.goVersion == nil)
        #expect(result.modules.first { $0.path == "a" }?.goVersion == "1.21")
    }

    @Test("a dependency at a newer go line raises the selected go version")
    func goVersionRaised() throws {
        let result = try graph(mod("m", go: "1.21", "a v1.0.0"), ["a@v1.0.0": mod("a", go: "1.24.2")])
        #expect(result.selectedVersion(of: "go") == "1.24.2")
        #expect(result.buildList.map(\.description) == ["m", "a@v1.0.0", "go@1.24.2", "toolchain@go1.21"])
        #expect(result.listText == "m\na v1.0.0\n")
    }

    @Test("pruned: requirements of a requirement's requirements are not loaded; unpruned: everything is")
    func pruning() throws {
        let files = [
            "a@v1.0.0": mod("a", "b v1.0.0"),
            "b@v1.0.0": mod("b", "c v1.0.0"),
            "c@v1.0.0": mod("c"),
        ]
        let pruned = try graph(mod("m", go: "1.17", "a v1.0.0"), files)
        #expect(pruned.pruning == .pruned)
        #expect(pruned.listText == "m\na v1.0.0\nb v1.0.0\n")
        #expect(pruned.requirements(of: ModuleAtVersion(path: "b", version: "v1.0.0")) == nil)
        #expect(pruned.loadedModules.map(\.description) == ["a@v1.0.0"])
        // The go line of a module whose requirements were pruned out is still known.
        #expect(pruned.modules.last?.goVersion == "1.17")

        let unpruned = try graph(mod("m", go: "1.16", "a v1.0.0"), files)
        #expect(unpruned.pruning == .unpruned)
        #expect(unpruned.listText == "m\na v1.0.0\nb v1.0.0\nc v1.0.0\n")
        #expect(unpruned.loadedModules.map(\.description) == ["a@v1.0.0", "b@v1.0.0", "c@v1.0.0"])

        let noGoLine = try graph(mod("m", go: nil, "a v1.0.0"), files)
        #expect(noGoLine.pruning == .unpruned)
        #expect(noGoLine.goVersion == "1.16")
    }

    @Test("an unpruned dependency of a pruned main module has its whole subgraph loaded")
    func unprunedDependencyInPrunedGraph() throws {
        let result = try graph(
            mod("m", go: "1.21", "legacy v1.0.0"),
            [
                "legacy@v1.0.0": mod("legacy", go: "1.16", "b v1.0.0"),
                "b@v1.0.0": mod("b", go: "1.17", "c v1.0.0"),
                "c@v1.0.0": mod("c", go: "1.17", "d v1.0.0"),
                "d@v1.0.0": mod("d", go: "1.17"),
            ])
        #expect(result.listText == "m\nb v1.0.0\nc v1.0.0\nd v1.0.0\nlegacy v1.0.0\n")
    }

    @Test("cycles, including one back to the main module, terminate and list each module once")
    func cycles() throws {
        let result = try graph(
            mod("m", go: "1.16", "a v1.0.0"),
            [
                "a@v1.0.0": mod("a", go: "1.16", "b v1.0.0"),
                "b@v1.0.0": mod("b", go: "1.16", "a v1.0.0", "m v0.9.0"),
                "m@v0.9.0": mod("m", go: "1.16", "c v1.0.0"),
                "c@v1.0.0": mod("c", go: "1.16"),
            ])
        #expect(result.listText == "m\na v1.0.0\nb v1.0.0\nc v1.0.0\n")
        #expect(result.selectedVersion(of: "m") == "")
        #expect(result.graphText.contains("b@v1.0.0 m@v0.9.0\n"))
        #expect(result.graphText.contains("m@v0.9.0 c@v1.0.0\n"))
        #expect(result.problems.isEmpty)
    }

    @Test("a module that requires a newer release of itself gets the newer release")
    func requiresNewerSelf() throws {
        let result = try graph(
            mod("m", go: "1.16", "a v1.0.0"),
            [
                "a@v1.0.0": mod("a", go: "1.16", "a v1.1.0"),
                "a@v1.1.0": mod("a", go: "1.16", "b v1.0.0"),
                "b@v1.0.0": mod("b", go: "1.16"),
            ])
        #expect(result.listText == "m\na v1.1.0\nb v1.0.0\n")
        // go.mod still says v1.0.0: the go command would update it before using this graph.
        #expect(result.inconsistentRoots == [ModuleAtVersion(path: "a", version: "v1.0.0")])
    }

    @Test("an excluded version is dropped from every requirement list, whether or not a higher one exists")
    func excludes() throws {
        let files = [
            "a@v1.0.0": mod("a", "c v1.0.0", "d v1.0.0"),
            "b@v1.0.0": mod("b", "c v1.1.0"),
            "c@v1.0.0": mod("c"), "c@v1.1.0": mod("c"), "c@v1.2.0": mod("c"),
            "d@v1.0.0": mod("d"),
        ]
        // c v1.1.0 exists above the excluded v1.0.0 and d has no other version: both requirements go.
        let withHigher = try graph(
            mod("m", "a v1.0.0") + "exclude c v1.0.0\nexclude d v1.0.0\n", files)
        #expect(withHigher.listText == "m\na v1.0.0\n")
        #expect(withHigher.graphText == "m a@v1.0.0\nm go@1.17\n")

        // Another requirement of c still selects c, at its own version, not at a "next" version.
        let otherPath = try graph(mod("m", "a v1.0.0", "b v1.0.0") + "exclude c v1.0.0\n", files)
        #expect(otherPath.selectedVersion(of: "c") == "v1.1.0")

        // A main-module requirement on an excluded version is dropped from the roots.
        let excludedRoot = try graph(mod("m", "a v1.0.0", "c v1.2.0") + "exclude c v1.2.0\n", files)
        #expect(excludedRoot.roots.map(\.description) == ["a@v1.0.0", "go@1.17"])
        #expect(excludedRoot.selectedVersion(of: "c") == "v1.0.0")
    }

    @Test("replace: the node keeps its path and version; its requirements come from the replacement")
    func replacements() throws {
        let main = mod("m", "a v1.0.0", "local v0.0.0-00010101000000-000000000000", "b v1.0.0")
            + "replace a => fork v2.0.0\nreplace local => ./local\nreplace b v1.0.0 => b v1.0.1\nreplace b => other v9.0.0\n"
        let result = try graph(
            main,
            [
                "fork@v2.0.0": mod("fork", go: "1.22", "c v1.0.0"),
                "b@v1.0.1": mod("b", "c v1.1.0"),
                "c@v1.0.0": mod("c"), "c@v1.1.0": mod("c"),
            ],
            directories: ["./local": mod("anything", go: "1.25", "d v1.0.0")])
        #expect(
            result.listText == """
                m
                a v1.0.0 => fork v2.0.0
                b v1.0.0 => b v1.0.1
                c v1.1.0
                d v1.0.0
                local v0.0.0-00010101000000-000000000000 => ./local

                """)
        #expect(result.graphText.hasPrefix("m a@v1.0.0\nm b@v1.0.0\n"))
        #expect(result.graphText.contains("a@v1.0.0 c@v1.0.0\na@v1.0.0 go@1.22\n"))
        #expect(result.modules.first { $0.path == "a" }?.goVersion == "1.22")
        #expect(result.modules.first { $0.path == "local" }?.goVersion == "1.25")
        // d's go.mod is not in the source, but the replacement is pruned, so the graph never needs it.
        #expect(result.problems.isEmpty)
        #expect(result.modules.first { $0.path == "d" }?.goVersion == nil)
    }

    @Test("a go.mod that declares another path, or none, is a problem; the rest of the graph still loads")
    func problems() throws {
        let result = try graph(
            mod("m", go: "1.16", "a v1.0.0", "b v1.0.0", "c v1.0.0", "d v1.0.0", "f v1.0.0"),
            [
                "a@v1.0.0": mod("elsewhere"),
                "b@v1.0.0": "go 1.17\n",
                "c@v1.0.0": "module c\nbogus directive\n",
                "d@v1.0.0": mod("d", "e v1.0.0"),
                "e@v1.0.0": mod("e"),
            ])
        #expect(result.listText == "m\na v1.0.0\nb v1.0.0\nc v1.0.0\nd v1.0.0\ne v1.0.0\nf v1.0.0\n")
        let descriptions = result.problems.map(\.description)
        #expect(descriptions.count == 4)
        #expect(descriptions.contains("f@v1.0.0: go.mod not in the module source"))
        #expect(
            descriptions.contains(
                "a@v1.0.0: parsing go.mod: module declares its path as: elsewhere but was required as: a"))
        #expect(descriptions.contains("b@v1.0.0: parsing go.mod: missing module line"))
        #expect(descriptions.contains { $0.hasPrefix("c@v1.0.0: go.mod unusable: ") })
    }

    @Test("conflicting replacements are reported; the first one is used")
    func conflictingReplacements() throws {
        let result = try graph(
            mod("m", "a v1.0.0") + "replace a => x v1.0.0\nreplace a => y v1.0.0\n",
            ["x@v1.0.0": mod("x")])
        #expect(result.listText == "m\na v1.0.0 => x v1.0.0\n")
        #expect(result.problems.map(\.description) == ["a: conflicting replacements in go.mod"])
    }

    @Test("the requirement path to a module is a shortest chain from the main module")
    func requirementPath() throws {
        let result = try graph(
            mod("m", go: "1.16", "a v1.0.0", "b v1.0.0"),
            [
                "a@v1.0.0": mod("a", go: "1.16", "x v1.0.0"),
                "b@v1.0.0": mod("b", go: "1.16", "c v1.0.0"),
                "c@v1.0.0": mod("c", go: "1.16", "x v1.1.0"),
                "x@v1.0.0": mod("x", go: "1.16"), "x@v1.1.0": mod("x", go: "1.16"),
            ])
        #expect(result.requirementPath(to: "x").map(\.description) == ["m", "b@v1.0.0", "c@v1.0.0", "x@v1.1.0"])
        #expect(result.requirementPath(to: "a").map(\.description) == ["m", "a@v1.0.0"])
        #expect(result.requirementPath(to: "m").map(\.description) == ["m"])
        #expect(result.requirementPath(to: "nowhere").isEmpty)
    }

    @Test("version order: semantic versions, go versions and toolchain names")
    func versionOrder() {
        #expect(ModuleAtVersion.compareVersions(path: "a", "v1.10.0", "v1.9.0") == 1)
        #expect(ModuleAtVersion.compareVersions(path: "a", "v1.0.0-rc.1", "v1.0.0") == -1)
        #expect(ModuleAtVersion.compareVersions(path: "go", "1.21", "1.21.0") == -1)
        #expect(ModuleAtVersion.compareVersions(path: "go", "1.9", "1.21rc1") == -1)
        #expect(ModuleAtVersion.compareVersions(path: "toolchain", "go1.22.1", "go1.22.10") == -1)
    }
}
