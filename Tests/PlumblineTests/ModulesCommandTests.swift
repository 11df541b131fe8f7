import Foundation
import Testing

/// `plumbline modules list` and `modules graph` print what `go list -m all` and `go mod graph` print, byte
/// for byte, from the fixture proxy alone. The expected files were recorded with the real go command
/// (`fixtures/modproxy-src/build.sh`; `.ci/mvs-oracle.sh` checks the recordings against it live).
struct ModulesCommandTests {
    static let mains = ["legacy", "legacy-exclude", "pruned", "modern"]

    @Test(arguments: mains)
    func listAndGraphEqualTheGoCommand(main: String) throws {
        let directory = Support.fixtures + "/modproxy-src/main/" + main
        let proxy = "file://" + Support.fixtures + "/modproxy"
        for (command, recording) in [("list", "list.txt"), ("graph", "graph.txt")] {
            let result = Support.run(Support.binary, ["modules", command, directory, "--modules", proxy])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            let expected = try String(contentsOfFile: Support.fixtures + "/modproxy-src/expected/\(main)/\(recording)", encoding: .utf8)
            #expect(result.stdout == expected, "modules \(command) of \(main)")
        }
    }

    /// A go.mod the graph needs that no source has is named, and the command fails, as the go command does.
    @Test func aMissingGoModIsNamed() {
        let empty = Support.temporaryDirectory("empty-proxy")
        let result = Support.run(Support.binary, ["modules", "list", Support.fixtures + "/modproxy-src/main/modern", "--modules", "file://" + empty])
        #expect(result.status == 1)
        #expect(result.stderr.contains("go.mod not in the module source"))
    }
}
