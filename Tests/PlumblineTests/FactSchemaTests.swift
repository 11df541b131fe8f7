import Foundation
import Git
import Testing
@testable import Plumbline

/// Every fact the builders make is one the schema declares, with a value of the declared type: a key the
/// schema lacks, or a value of another shape, would make rules that read the field silently never fire.
@Suite struct FactSchemaTests {
    static let asOf: CalendarDate = "2026-11-25"

    /// The facts of a snapshot, as a scan builds them.
    static func facts(_ input: ScanInput, history: HistorySource?, ignores: IgnoreSource?) -> FactBase {
        let tables = Support.shipped.tables
        let parsed = ParsedRepository(input, bpfTables: tables.bpf)
        return FactBuilder(input: input, parsed: parsed, tables: tables, asOf: asOf).build(history: history, ignores: ignores)
    }

    static var fixtureRepositories: [String] {
        let root = Support.fixtures + "/repos"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.sorted().map { root + "/" + $0 }.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    @Test func fixtureRepositoriesAreAllFound() {
        #expect(Self.fixtureRepositories.count >= 6)
    }

    @Test(arguments: fixtureRepositories)
    func fixtureRepositoryFactsMatchTheSchema(_ path: String) throws {
        let session = try RepositorySession(path: path, mode: .workingTree)
        let base = Self.facts(session.input, history: session, ignores: session)
        #expect(!base[.module].isEmpty)
        let violations = FactSchemaCheck.violations(in: base)
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))")
    }

    /// The facts of every shipped rule example, which reach far more of the builders than the fixture
    /// repositories: every eBPF object, Wasm module and go.mod shape a rule speaks about.
    static let exampleFacts: [(name: String, base: FactBase)] = Support.shipped.rules.rules.flatMap { rule in
        rule.examples.enumerated().map { index, example in
            let files = example.files
            let input = ScanInput.inMemory(files)
            let history = ExampleHistory(times: example.history), ignores = ExampleIgnores(rules: GitignoreRules(files: files))
            return ("\(rule.id) example \(index + 1)", facts(input, history: history, ignores: ignores))
        }
    }

    @Test func ruleExampleFactsMatchTheSchema() {
        #expect(Self.exampleFacts.count > 250)
        let violations = Self.exampleFacts.flatMap { example in FactSchemaCheck.violations(in: example.base).map { "\(example.name): \($0)" } }
        #expect(violations.isEmpty, "\(violations.count) violations:\n\(violations.prefix(100).joined(separator: "\n"))")
    }

    /// A repository for what neither the fixtures nor the examples hold: vendor/modules.txt lines the go
    /// command cannot read.
    static let malformedVendor: FactBase = {
        let files = [
            "go.mod": "module example.com/m\n\ngo 1.22\n\nrequire example.com/a v1.0.0\n",
            "vendor/modules.txt": "example.com/a/pkg\n# example.com/a v1.0.0\n## explicit\n",
        ]
        let input = ScanInput.inMemory(files.mapValues { Array($0.utf8) })
        return facts(input, history: nil, ignores: nil)
    }()

    /// Every declared field is filled by some builder the tests run: a field that none fills reads as
    /// absent to every rule, like a misspelt one.
    @Test func everyDeclaredFieldIsSetSomewhere() throws {
        var bases = Self.exampleFacts.map(\.base) + [Self.malformedVendor]
        for path in Self.fixtureRepositories {
            let session = try RepositorySession(path: path, mode: .workingTree)
            bases.append(Self.facts(session.input, history: session, ignores: session))
        }
        #expect(FactSchemaCheck.violations(in: Self.malformedVendor).isEmpty)
        #expect(FactSchemaCheck.fieldsNeverSet(in: bases) == [])
    }

    @Test func undeclaredKeysAndWrongShapesAreCaught() {
        let use = FactObject(identity: "use:./a", location: nil, fields: ["dir": .string("./a"), "has_go_mod": .bool(true)])
        let workspace = FactObject(identity: "workspace:go.work", location: nil, fields: [
            "file": .string("go.work"),
            "go": .string("1.22"),
            "go_effective": .string("go1.22"),
            "replace_count": .string("2"),
            "uses": .list([.object(use), .string("./b")]),
            "godebug": .null,
        ])
        let violations = FactSchemaCheck.violations(in: FactBase(facts: [.workspace: [workspace]]))
        #expect(violations == [
            "workspace workspace:go.work: go_effective: 'go1.22' is not a valid Go version",
            "workspace workspace:go.work: replace_count: expected int, found string '2'",
            "workspace workspace:go.work: uses[0].has_go_mod: not a field of workspace_use",
            "workspace workspace:go.work: uses[1]: expected workspace_use, found string './b'",
        ])
    }

    @Test func fieldsNoBuilderSetsAreReported() {
        let fact = FactObject(identity: "repository", location: nil, fields: ["source": .string("directory"), "revision": .null])
        let unset = FactSchemaCheck.fieldsNeverSet(in: [FactBase(facts: [.repository: [fact]])])
        #expect(unset.contains("repository.branch"))
        #expect(!unset.contains("repository.source"))
        #expect(!unset.contains("repository.revision"))
        #expect(unset.contains("module.gosum"))
        #expect(unset.contains("gosum.missing"))
    }

    @Test func parameterMapsAreCheckedEntryByEntry() {
        let schema = ObjectSchema(name: "probe", doc: "", fields: [FieldSpec("globs", .map(.list(.string)), "")])
        let globs = FactObject(identity: "globs", location: nil, fields: ["*.wasm": .strings(["a"]), "b/*": .int(1)])
        let probe = FactObject(identity: "probe", location: nil, fields: ["globs": .object(globs)])
        #expect(FactSchemaCheck.violations(of: probe, against: schema) == ["globs.b/*: expected list of string, found int"])
    }
}
