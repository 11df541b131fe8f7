import Foundation
import Git
import Plumbline
import Testing

/// `//go:embed` of a path that is not in the repository, through a whole scan in each snapshot mode: an error
/// only when `go build ./...` really fails on a fresh clone. A path git ignores is a build output (PLB-GO-017);
/// a file only a custom tag builds cannot break the default build (PLB-GO-018). Checked against go1.27.3:
/// `go build ./...` and `go vet ./...` pass with `//go:build ui` and no dist/, `go build -tags ui ./...` fails
/// with "pattern dist: no matching files found", and so does a file without the tag.
@Suite("Embedded build outputs")
struct EmbeddedBuildOutputTests {
    static let files = [
        "go.mod": "module example.com/app\n\ngo 1.22\n",
        ".gitignore": "/web/dist/\n*.o\n",
        "web/assets.go": "package web\n\nimport \"embed\"\n\n//go:embed dist\nvar files embed.FS\n",
        "web/ui.go": "//go:build ui\n\npackage web\n\nimport _ \"embed\"\n\n//go:embed ui.html\nvar page []byte\n",
        "web/probe/probe_bpfel.go": "//go:build 386 || amd64\n\npackage probe\n\nimport _ \"embed\"\n\n//go:embed probe_bpfel.o\nvar object []byte\n",
        "web/static.go": "package web\n\nimport _ \"embed\"\n\n//go:embed VERSION\nvar version string\n",
    ]

    private func rules(_ report: ScanReport) -> [String] {
        report.findings.map { "\($0.ruleID) \($0.location.path):\($0.location.line)" }
            .filter { $0.hasPrefix("PLB-GO-007") || $0.hasPrefix("PLB-GO-017") || $0.hasPrefix("PLB-GO-018") || $0.hasPrefix("PLB-BPF-019") }
            .sorted()
    }

    private func scan(_ path: String, _ mode: SourceMode) throws -> ScanReport {
        Support.scanDirectory(path, mode: mode)
    }

    static let expected = [
        "PLB-GO-007 web/static.go:5",
        "PLB-GO-017 web/assets.go:5",
        "PLB-GO-017 web/probe/probe_bpfel.go:7",
        "PLB-GO-018 web/ui.go:7",
    ]

    @Test func everySnapshotModeAgrees() throws {
        let root = Support.temporaryDirectory("embed-outputs")
        Support.write(Self.files, under: root)
        // The plain directory first, before it becomes a repository.
        #expect(rules(try scan(root, .workingTree)) == Self.expected)
        Support.git(["init", "-q"], in: root)
        Support.git(["add", "-A"], in: root)
        Support.git(["commit", "-q", "-m", "app"], in: root)
        for mode in [SourceMode.workingTree, .index, .revision("HEAD")] {
            #expect(rules(try scan(root, mode)) == Self.expected, "\(mode)")
        }
    }

    @Test func withoutTheIgnoreFileTheyAreErrors() throws {
        var files = Self.files
        files[".gitignore"] = nil
        let root = Support.temporaryDirectory("embed-errors")
        Support.write(files, under: root)
        #expect(rules(try scan(root, .workingTree)) == [
            "PLB-BPF-019 web/probe/probe_bpfel.go:7",
            "PLB-GO-007 web/assets.go:5",
            "PLB-GO-007 web/static.go:5",
            "PLB-GO-018 web/ui.go:7",
        ])
    }
}
