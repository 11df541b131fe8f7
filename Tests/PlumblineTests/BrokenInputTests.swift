import Foundation
import Testing

/// fixtures/broken: every broken input gives its documented exit code and a file:line:column message.
@Suite("Broken inputs", .serialized)
struct BrokenInputTests {
    static var broken: String { Support.fixtures + "/broken" }

    static func plumbline(_ arguments: [String]) -> Support.ProcessResult {
        Support.run(Support.binary, arguments, in: Support.packageRoot)
    }

    @Test func goModTheGoCommandRejects() {
        let inspect = Self.plumbline(["inspect", "fixtures/broken/gomod/unterminated-block/go.mod", "--format", "go-json"])
        #expect(inspect.status == 2)
        #expect(inspect.stderr.hasPrefix("fixtures/broken/gomod/unterminated-block/go.mod:7:1: "), "\(inspect.stderr)")
        let unknown = Self.plumbline(["inspect", "fixtures/broken/gomod/unknown-directive/go.mod", "--format", "go-json"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("fixtures/broken/gomod/unknown-directive/go.mod:3:1: unknown directive: requires"), "\(unknown.stderr)")
    }

    @Test func scanReportsTheUnparsableGoModAsAFinding() {
        let scan = Self.plumbline(["scan", "fixtures/broken/gomod/unterminated-block", "--no-color"])
        #expect(scan.status == 1)
        #expect(scan.stdout.contains("[PLB-SC-019]"))
        #expect(scan.stdout.contains("fixtures/broken/gomod/unterminated-block/go.mod:7:1: error: could not parse go.mod"), "\(scan.stdout)")
    }

    @Test func malformedGoSum() {
        let scan = Self.plumbline(["scan", "fixtures/broken/gosum", "--format", "json"])
        #expect(scan.status == 1)
        #expect(scan.stdout.contains("\"rule\": \"PLB-SC-003\""))
        #expect(scan.stdout.contains("\"file\": \"fixtures/broken/gosum/go.sum\",\n      \"line\": 2"), "\(scan.stdout)")
    }

    @Test(arguments: [
        ("unknown-key.yaml", "unknown-key.yaml:7:5: error: unknown key 'mesage' in a rule; did you mean 'message'?"),
        ("unknown-field.yaml", "unknown-field.yaml:7:20: error: unknown field 'versoin' for scope requirement"),
        ("bad-operator.yaml", "bad-operator.yaml:10:26: error: unknown key 'startswith' in a condition"),
        ("wrong-type.yaml", "wrong-type.yaml:7:39: error: the value of 'gt' must be an integer, found a string"),
        ("bad-template.yaml", "bad-template.yaml:7:14: error: placeholder '{dependencies}': unknown field 'dependencies' for scope module"),
        ("yaml-syntax.yaml", "yaml-syntax.yaml:4:11: "),
        ("alias-bomb.yaml", "alias-bomb.yaml:"),
    ])
    func brokenRuleFile(name: String, expected: String) {
        let result = Self.plumbline(["rules", "validate", "fixtures/broken/rules/" + name])
        #expect(result.status == 2, "\(result.stdout)")
        #expect(result.stderr.hasPrefix("fixtures/broken/rules/" + expected), "\(result.stderr)")
        if name == "alias-bomb.yaml" { #expect(result.stderr.contains("alias bomb")) }
    }

    @Test(arguments: [
        ("unknown-key", ".plumbline.yaml:3:1: error: unknown key 'exclude_paths' in the configuration"),
        ("unknown-rule", ".plumbline.yaml:3:5: error: unknown rule id 'PLB-SC-999'"),
        ("bad-parameter", ".plumbline.yaml:2:37: error: parameter 'supply-chain.allow_local_replace' must be true or false"),
    ])
    func brokenConfiguration(name: String, expected: String) {
        let result = Self.plumbline(["scan", "fixtures/broken/config/" + name])
        #expect(result.status == 2, "\(result.stdout)")
        #expect(result.stderr.hasPrefix("fixtures/broken/config/\(name)/" + expected), "\(result.stderr)")
    }

    @Test func onlyTheScanRootsConfigurationCounts() {
        // The broken configurations sit in subdirectories: scanning their parent must not read them.
        let result = Self.plumbline(["scan", "fixtures/broken/config"])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        #expect(!result.stderr.contains(".plumbline.yaml"))
    }

    @Test func pathThatDoesNotExist() {
        let result = Self.plumbline(["scan", "/nonexistent/plumbline/path"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("/nonexistent/plumbline/path"))
    }

    @Test func revisionOfADirectoryOutsideAnyRepository() {
        let plain = Support.temporaryDirectory("not-a-repo")
        Support.write(["go.mod": "module m\n"], under: plain)
        let result = Self.plumbline(["scan", "--rev", "HEAD", plain])
        #expect(result.status == 3)
        #expect(result.stderr.contains(plain))
    }

    @Test func badRevision() {
        let result = Self.plumbline(["scan", "--rev", "no-such-branch-xyz", "."])
        #expect(result.status == 3)
        #expect(result.stderr.contains("no-such-branch-xyz"))
    }
}
