import Foundation
import Plumbline
import Testing

/// `let:` values: what a rule derives from its fact and the parameters, named like fields.
@Suite("Rule let values")
struct RuleBindingTests {
    static func yaml(scope: String, parameters: String = "", bindings: String, when: String, message: String) -> String {
        """
        \(parameters)
        rules:
          - id: TEST-LET-001
            title: Test
            level: warning
            category: hygiene
            scope: \(scope)
            let:
        \(bindings)
            when: \(when)
            message: "\(message)"
            help: Test.
            examples:
              - { files: { x: "" }, expect: 1 }
              - { files: { x: "" }, expect: 0 }
        """
    }

    static let mapParameter = """
    parameters:
      - name: test.tools
        type: string_list_map
        default: {}
        description: Tools each go.mod must name.
    """

    static let missingTools = yaml(
        scope: "module", parameters: mapParameter,
        bindings: "      wanted: { param: test.tools, for_path: file }\n      absent: { field: wanted, without: { field: tools } }",
        when: "{ field: absent, count: { ge: 1 } }", message: "{file} lacks {absent} of {wanted}"
    )

    static func messages(_ yaml: String, files: [String: [UInt8]], scanPrefix: String = "", parameters: [String: FactValue]) throws -> [String] {
        let rules = try Support.loadRules(yaml).get()
        var input = ScanInput.inMemory(files)
        input.scanPrefix = scanPrefix
        var configuration = Configuration()
        configuration.enabledRules = ["TEST-LET-001"]
        configuration.parameters = parameters
        return Support.scan(input: input, rules: rules, configuration: configuration).findings.map(\.message)
    }

    static func text(_ files: [String: String]) -> [String: [UInt8]] { files.mapValues { Array($0.utf8) } }

    static func tools(_ map: [String: [String]]) -> FactValue {
        .object(FactObject(identity: "test.tools", location: nil, fields: map.mapValues(FactValue.strings)))
    }

    @Test func pathMapsAreReadRelativeToTheScanRootAndListsSubtracted() throws {
        let files = Self.text(["sub/lib/go.mod": "module example.com/m\n\ngo 1.24\n\ntool example.com/gen\n"])
        let parameters = ["test.tools": Self.tools(["lib/go.mod": ["example.com/lint", "example.com/gen"], "lib/*.txt": ["example.com/other"]])]
        // Scanning sub/, its lib/go.mod is `lib/go.mod` to the configuration's globs.
        #expect(try Self.messages(Self.missingTools, files: files, scanPrefix: "sub/", parameters: parameters) == [
            "sub/lib/go.mod lacks example.com/lint of example.com/gen, example.com/lint",
        ])
        #expect(try Self.messages(Self.missingTools, files: files, parameters: parameters).isEmpty)
        #expect(try Self.messages(Self.missingTools, files: files, scanPrefix: "sub/", parameters: ["test.tools": Self.tools([:])]).isEmpty)
    }

    @Test func runtimeGapsFollowTheRuntimeTable() throws {
        let module = [UInt8](try #require(FileManager.default.contents(atPath: Support.fixtures + "/wasm/valid/simd.wasm")))
        let rule = Self.yaml(
            scope: "wasm_module", parameters: "parameters:\n  - { name: test.runtimes, type: string_list, default: [], description: Runtimes. }",
            bindings: "      gaps: { field: feature_support, unsupported_on: { param: test.runtimes } }",
            when: "{ field: gaps, count: { ge: 1 } }", message: "{gaps}"
        )
        func gaps(_ runtimes: [String]) throws -> [String] {
            try Self.messages(rule, files: ["m.wasm": module], parameters: ["test.runtimes": .strings(runtimes)])
        }
        // A bare name is the oldest version the table covers; a leading v is dropped; names the table does
        // not know (refused when a configuration loads) are passed over.
        #expect(try gaps(["safari", "Wasmtime v0.20", "wazeor 1.7"]) == [
            "relaxed-simd: safari 11, relaxed-simd: wasmtime 0.20, simd128: safari 11, simd128: wasmtime 0.20",
        ])
        #expect(try gaps(["chrome 119", "wasmtime 15"]).isEmpty)
        #expect(try gaps([]).isEmpty)
    }

    @Test func mistakesAreReportedWhereTheyAre() {
        func error(_ bindings: String, parameters: String = RuleBindingTests.mapParameter) -> String {
            let yaml = Self.yaml(scope: "module", parameters: parameters, bindings: bindings, when: "{ field: go, exists: true }", message: "{file}")
            switch Support.loadRules(yaml) {
            case .success: return "no error"
            case .failure(let errors): return errors.errors.first?.description ?? "no error"
            }
        }
        #expect(error("      go: { param: test.tools, for_path: file }").contains("error: 'go' is already a field of scope module"))
        #expect(error("      item: { param: test.tools, for_path: file }").contains("cannot name a derived value"))
        #expect(error("      a: { param: test.tools, for_path: requires }").contains("'for_path' needs a string field (a file path), but it is list of require_item"))
        #expect(error("      a: { param: test.nothing, for_path: file }").contains("unknown parameter 'test.nothing'"))
        #expect(error("      a: { field: go, without: [x] }").contains("'without' needs a list of scalars, but it is Go version"))
        #expect(error("      a: { field: tools, unsupported_on: [x] }").contains("'unsupported_on' needs a list of wasm_feature_support"))
        #expect(error("      a: { field: tools, minus: [x] }").contains("unknown key 'minus'"))
        #expect(error("      a: { field: tools, without: { field: b } }").contains("unknown field 'b'"))
        #expect(error("      a: { field: tools, without: [x] }\n      b: { field: a, without: { field: a } }") == "no error")
        #expect(error("      a: { field: tools, without: [x] }\n      b: { field: tools, without: [y] }\n      a: { field: b, without: [y] }").contains("duplicate key 'a'"))
    }
}
