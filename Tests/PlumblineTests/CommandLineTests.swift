import Foundation
import Testing

/// The `plumbline` binary end to end: exit codes, formats, and bad input that must never crash it.
@Suite("Command line", .serialized)
struct CommandLineTests {
    static var demo: String { Support.fixtures + "/repos/demo" }

    static func plumbline(_ arguments: [String], in directory: String? = nil) -> Support.ProcessResult {
        Support.run(Support.binary, arguments, in: directory ?? Support.packageRoot)
    }

    @Test func demoScanFindsProblemsAndExitsOne() {
        let result = Self.plumbline(["scan", Self.demo, "--as-of", "2026-11-25", "--no-color"])
        #expect(result.status == 1, "\(result.stderr)")
        for rule in ["PLB-SC-001", "PLB-SC-003", "PLB-SC-004", "PLB-SC-005", "PLB-SC-008", "PLB-SC-009", "PLB-SC-010", "PLB-SC-011", "PLB-SC-012", "PLB-SC-013", "PLB-SC-014", "PLB-SC-015", "PLB-SC-016", "PLB-SC-017", "PLB-SC-018", "PLB-SC-025", "PLB-TD-002", "PLB-TD-007"] {
            #expect(result.stdout.contains("[\(rule)]"), "demo scan lacks \(rule)")
        }
        // legacy's replace leaves the repository: PLB-SC-008 says so, and PLB-SC-007 (off by default) does not
        // repeat it. legacy has no go line: PLB-SC-012 says so, without a loop-variable note (PLB-GO-008) on top.
        #expect(!result.stdout.contains("[PLB-SC-007]"))
        #expect(!result.stdout.contains("[PLB-GO-008]"))
        // PLB-SC-006 is off by default: from go.mod alone a stale go.sum line cannot be told from one
        // `go mod tidy` keeps for the module graph.
        #expect(!result.stdout.contains("[PLB-SC-006]"))
        #expect(result.stdout.contains("fixtures/repos/demo/service/go.mod"))
        // The workspace provides example.com/demo/lib, so go.sum needs no line for it.
        #expect(!result.stdout.contains("[PLB-SC-002]"))
        #expect(result.stdout.split(separator: "\n").last?.contains("findings") == true)
    }

    /// `scan` is the default command, so `plumbline scna` used to scan a path named scna and exit 3.
    @Test func aMistypedCommandIsNamedAsSuch() {
        let typo = Support.run(Support.binary, ["scna"], in: Support.temporaryDirectory("typo"))
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("unknown command 'scna', did you mean 'scan'?"))
        // A directory of that name is still scanned.
        let directory = Support.temporaryDirectory("typo-dir")
        Support.write(["scna/go.mod": "module example.com/scna\n\ngo 1.26\n"], under: directory)
        #expect(Support.run(Support.binary, ["scna", "--as-of", "2026-11-25"], in: directory).status == 0)
    }

    @Test func anOutputThatCannotBeWrittenSaysWhy() {
        let result = Support.run(Support.binary, ["scan", Support.fixtures + "/repos/clean", "--output", "/nonexistent-plumbline/x.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write /nonexistent-plumbline/x.json: No such file or directory"))
    }

    /// go.sum and vendor/modules.txt are files Plumbline reads, so `inspect` shows them (it used to exit 2).
    @Test func inspectShowsGoSumAndVendorLists() throws {
        let sum = Support.run(Support.binary, ["inspect", Support.fixtures + "/repos/realistic/go.sum"])
        #expect(sum.status == 0)
        let sumJSON = try #require(try JSONSerialization.jsonObject(with: Data(sum.stdout.utf8)) as? [String: Any])
        let lines = try #require(sumJSON["lines"] as? [[String: Any]])
        #expect(lines.first?["module"] as? String == "example.com/metrics")
        #expect(Set(lines.compactMap { $0["hash_kind"] as? String }) == ["zip", "go.mod"])
        let vendor = Support.run(Support.binary, ["inspect", Support.fixtures + "/repos/realistic/vendor/modules.txt"])
        #expect(vendor.status == 0)
        let vendorJSON = try #require(try JSONSerialization.jsonObject(with: Data(vendor.stdout.utf8)) as? [String: Any])
        let modules = try #require(vendorJSON["modules"] as? [[String: Any]])
        #expect(modules.first?["path"] as? String == "example.com/metrics")
        #expect(modules.first?["explicit"] as? Bool == true)
        let text = Support.run(Support.binary, ["inspect", Support.fixtures + "/repos/realistic/go.sum", "--format", "text"])
        #expect(text.status == 2)
    }

    /// `rules show` prints the examples themselves, as the README says, not only their count.
    @Test func rulesShowPrintsTheExamples() {
        let shown = Support.run(Support.binary, ["rules", "show", "PLB-SC-014"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("\n1. fires 1× at go.mod:5:1\n   go.mod:\n     | module example.com/m\n"))
        #expect(shown.stdout.contains("\n2. does not fire\n"))
        #expect(shown.stdout.contains("     | toolchain go1.23.4"))
    }

    @Test func cleanScanExitsZero() {
        let result = Self.plumbline(["scan", Support.fixtures + "/repos/clean", "--fail-on", "note", "--as-of", "2026-11-25"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func failOnDecidesTheExitCode() {
        #expect(Self.plumbline(["scan", Self.demo, "--fail-on", "never", "--as-of", "2026-11-25"]).status == 0)
        #expect(Self.plumbline(["scan", Self.demo, "--fail-on", "warning", "--as-of", "2026-11-25"]).status == 1)
    }

    @Test func severalReportsFromOneScan() throws {
        let directory = Support.temporaryDirectory("reports")
        let result = Self.plumbline([
            "scan", Self.demo, "--as-of", "2026-11-25", "--format", "json",
            "--report", "sarif=\(directory)/r.sarif", "--report", "counts=\(directory)/counts",
        ])
        #expect(result.status == 1, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let errors = try #require((json["summary"] as? [String: Any])?["error"] as? Int)
        let counts = try String(contentsOfFile: directory + "/counts", encoding: .utf8)
        #expect(counts.contains("\nerrors=\(errors)\n"))
        #expect(FileManager.default.fileExists(atPath: directory + "/r.sarif"))
        let bad = Self.plumbline(["scan", Self.demo, "--report", "yaml=out.yaml"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--report takes FORMAT=FILE with FORMAT one of text, json, sarif, github, markdown, counts, roadmap, gitlab, not 'yaml=out.yaml'"))
    }

    @Test func roadmapOfTheDemo() {
        let result = Self.plumbline(["roadmap", Self.demo, "--as-of", "2026-11-25", "--format", "markdown"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("## Upgrade roadmap\n"))
        #expect(result.stdout.contains("Run go mod tidy in fixtures/repos/demo/service"))
        #expect(Self.plumbline(["roadmap", Self.demo, "--format", "sarif"]).status == 2)
    }

    @Test func sarifOfTheDemo() throws {
        let result = Self.plumbline(["scan", Self.demo, "--format", "sarif", "--as-of", "2026-11-25"])
        #expect(result.status == 1)
        Support.keepSARIF(result.stdout, named: "demo")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? String == "2.1.0")
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        // Deterministic: a second run prints the same bytes.
        #expect(Self.plumbline(["scan", Self.demo, "--format", "sarif", "--as-of", "2026-11-25"]).stdout == result.stdout)
    }

    @Test func sarifOnABareRepository() throws {
        let work = Support.temporaryDirectory("bare-src")
        try FileManager.default.copyItem(atPath: Self.demo, toPath: work + "/demo")
        Support.git(["init", "-q"], in: work)
        Support.git(["add", "-A"], in: work)
        Support.git(["commit", "-q", "-m", "demo"], in: work)
        Support.git(["remote", "add", "origin", "https://user:s3cret@example.com/org/demo.git"], in: work)
        let bare = Support.temporaryDirectory("bare") + "/demo.git"
        Support.git(["clone", "-q", "--bare", work, bare], in: work)
        Support.git(["remote", "set-url", "origin", "https://user:s3cret@example.com/org/demo.git"], in: bare)
        let result = Self.plumbline(["scan", "--rev", "HEAD", "--format", "sarif", bare, "--as-of", "2026-11-25"])
        #expect(result.status == 1, "\(result.stderr)")
        Support.keepSARIF(result.stdout, named: "bare")
        #expect(result.stdout.contains("\"uri\": \"demo/service/go.mod\""))
        #expect(result.stdout.contains("\"repositoryUri\": \"https://example.com/org/demo.git\""))
        #expect(!result.stdout.contains("s3cret"))
        #expect(result.stdout.contains("\"revisionId\""))
    }

    @Test func sarifOfTheEBPFDemo() throws {
        let result = Self.plumbline(["scan", Support.fixtures + "/repos/ebpf-demo", "--format", "sarif", "--as-of", "2026-11-25"])
        #expect(result.status == 1, "\(result.stderr)")
        Support.keepSARIF(result.stdout, named: "ebpf-demo")
        // Without a configured floor the kernel minimum is a note against the built-in 4.18 (PLB-BPF-021), not
        // PLB-BPF-010's warning, which needs `ebpf.min_kernel` set.
        for rule in ["PLB-BPF-004", "PLB-BPF-009", "PLB-BPF-021", "PLB-BPF-012"] {
            #expect(result.stdout.contains("\"ruleId\": \"\(rule)\""), "ebpf-demo lacks \(rule)")
        }
        #expect(!result.stdout.contains("\"ruleId\": \"PLB-BPF-010\""))
        #expect(result.stdout.contains("\"uri\": \"fixtures/repos/ebpf-demo/internal/counter/counter_bpfel.o\""))
        // The floor is a parameter: at 5.10 the ring-buffer and probe_read_kernel objects are fine.
        let config = Support.temporaryDirectory("ebpf-config") + "/plumbline.yaml"
        Support.write(["plumbline.yaml": "parameters:\n  ebpf.min_kernel: \"5.10\"\n"], under: URL(fileURLWithPath: config).deletingLastPathComponent().path)
        let floored = Self.plumbline(["scan", Support.fixtures + "/repos/ebpf-demo", "--config", config, "--format", "json", "--as-of", "2026-11-25"])
        #expect(!floored.stdout.contains("PLB-BPF-010"), "\(floored.stdout)\(floored.stderr)")
        #expect(!floored.stdout.contains("PLB-BPF-021"), "a configured floor replaces the built-in one")
        // A configured floor below what the objects need is PLB-BPF-010's warning.
        Support.write(["plumbline.yaml": "parameters:\n  ebpf.min_kernel: \"4.18\"\n"], under: URL(fileURLWithPath: config).deletingLastPathComponent().path)
        let low = Self.plumbline(["scan", Support.fixtures + "/repos/ebpf-demo", "--config", config, "--format", "json", "--as-of", "2026-11-25"])
        #expect(low.stdout.contains("\"rule\": \"PLB-BPF-010\""), "\(low.stdout)\(low.stderr)")
        #expect(!low.stdout.contains("PLB-BPF-021"))
    }

    @Test func sarifOfThePolyglotWorkspace() throws {
        let result = Self.plumbline(["scan", Support.fixtures + "/repos/polyglot", "--format", "sarif", "--as-of", "2026-11-25"])
        #expect(result.status == 1, "\(result.stderr)")
        Support.keepSARIF(result.stdout, named: "polyglot")
        let expected = [
            "PLB-BPF-012", "PLB-BPF-014", "PLB-GO-001", "PLB-GO-005", "PLB-GO-011", "PLB-SC-013", "PLB-SC-025",
            "PLB-TD-001", "PLB-WASM-004",
        ]
        for rule in expected {
            #expect(result.stdout.contains("\"ruleId\": \"\(rule)\""), "polyglot lacks \(rule)")
        }
        // web/ is a program that is all JavaScript (its one file is js-only and uses syscall/js): not a
        // wasip1 candidate for PLB-TD-003.
        #expect(!result.stdout.contains("\"ruleId\": \"PLB-TD-003\""))
        // Findings in Go files point at the line of the import or directive.
        #expect(result.stdout.contains("\"uri\": \"fixtures/repos/polyglot/web/main.go\""))
    }

    @Test func sarifOfTheWasmDemo() throws {
        let result = Self.plumbline(["scan", Support.fixtures + "/repos/wasm-demo", "--format", "sarif", "--as-of", "2026-11-25"])
        #expect(result.status == 1, "\(result.stderr)")
        Support.keepSARIF(result.stdout, named: "wasm-demo")
        // PLB-WASM-011 comes from the demo's own .plumbline.yaml, whose globs are relative to the scan root.
        for rule in ["PLB-WASM-005", "PLB-WASM-006", "PLB-WASM-011", "PLB-WASM-012"] {
            #expect(result.stdout.contains("\"ruleId\": \"\(rule)\""), "wasm-demo lacks \(rule)")
        }
        #expect(!result.stdout.contains("\"uri\": \"fixtures/repos/wasm-demo/web/app.wasm\""))
    }

    @Test func artifactsBuiltOutsideTheSnapshot() throws {
        let build = Support.temporaryDirectory("artifacts")
        try FileManager.default.copyItem(atPath: Support.fixtures + "/ebpf/nongpl.o", toPath: build + "/tracer.o")
        try FileManager.default.copyItem(atPath: Support.fixtures + "/ebpf/xdp.o", toPath: build + "/xdp.o")
        let text = Self.plumbline(["scan", Support.fixtures + "/repos/clean", "--artifacts", build, "--no-color", "--as-of", "2026-11-25"])
        #expect(text.status == 1)
        #expect(text.stdout.contains(build + "/tracer.o"))
        #expect(text.stdout.contains("[PLB-BPF-009]"))
        #expect(!text.stdout.contains("xdp.o"))
        // SARIF results must be repository files: these become notifications instead of being dropped.
        let sarif = Self.plumbline(["scan", Support.fixtures + "/repos/clean", "--artifacts", build, "--format", "sarif", "--as-of", "2026-11-25"])
        Support.keepSARIF(sarif.stdout, named: "artifacts")
        #expect(!sarif.stdout.contains("\"ruleId\": \"PLB-BPF-009\""))
        #expect(sarif.stdout.contains("tracer.o: "))
        #expect(Self.plumbline(["scan", Support.fixtures + "/repos/clean", "--artifacts", "/nonexistent/build"]).stdout.contains("artifact path /nonexistent/build does not exist"))
    }

    @Test func jsonOutputToAFile() throws {
        let output = Support.temporaryDirectory("json") + "/report.json"
        let result = Self.plumbline(["scan", Self.demo, "--format", "json", "--output", output, "--as-of", "2026-11-25"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let data = try #require(FileManager.default.contents(atPath: output))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["schema_version"] as? Int == 1)
        #expect((json["findings"] as? [Any])?.isEmpty == false)
    }

    @Test func rulesCommands() {
        let list = Self.plumbline(["rules", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("PLB-SC-001"))
        let show = Self.plumbline(["rules", "show", "PLB-SC-009"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("pseudo-version"))
        #expect(Self.plumbline(["rules", "show", "PLB-XX-000"]).status == 2)
        let test = Self.plumbline(["rules", "test"])
        #expect(test.status == 0, "\(test.stdout)")
        #expect(test.stdout.contains(" passed, 0 failed"))
        #expect(Self.plumbline(["rules", "validate", Support.rulesDirectory + "/supply-chain.yaml"]).status == 0)
    }

    @Test func inspectPrintsTheGoCommandsJSON() {
        let result = Self.plumbline(["inspect", Self.demo + "/service/go.mod", "--format", "go-json"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("{\n\t\"Module\": {"))
    }

    @Test func inspectBinaryArtifacts() throws {
        let json = Self.plumbline(["inspect", Support.fixtures + "/ebpf/ringbuf.o", "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "bpf")
        #expect(object["min_kernel"] as? String == "5.8")
        #expect(object["min_kernel_reason"] as? String == "helper 130 bpf_ringbuf_output")
        let text = Self.plumbline(["inspect", Support.fixtures + "/ebpf/ringbuf.o", "--format", "text"])
        #expect(text.stdout.contains("minimum kernel: 5.8 (helper 130 bpf_ringbuf_output)"))
        #expect(text.stdout.contains("  events  ringbuf  max_entries: 4096  btf"))
        let wasm = Self.plumbline(["inspect", Support.fixtures + "/wasm/valid/go-wasip1-command.wasm"])
        let module = try #require(try JSONSerialization.jsonObject(with: Data(wasm.stdout.utf8)) as? [String: Any])
        #expect(module["target"] as? String == "go-wasip1")
        #expect(Self.plumbline(["inspect", Support.fixtures + "/ebpf/broken/truncated.o"]).status == 2)
        #expect(Self.plumbline(["inspect", Support.fixtures + "/ebpf/ringbuf.o", "--format", "go-json"]).status == 2)
    }

    @Test func usageErrorsExitTwo() {
        #expect(Self.plumbline(["scan", "--format", "xml"]).status == 2)
        #expect(Self.plumbline(["scan", "--rev", "HEAD", "--staged"]).status == 2)
        #expect(Self.plumbline(["scan", "--as-of", "yesterday"]).status == 2)
        #expect(Self.plumbline(["--no-such-flag"]).status == 2)
    }
}
