import Foundation
import Git
import Plumbline
import Testing

/// Staleness comes from the repository's history: a C source changed in a later commit than its object.
@Suite("Stale eBPF objects")
struct StaleObjectTests {
    static func staleFindings(_ root: String) throws -> [Finding] {
        let report = Support.scanDirectory(root, mode: .revision("HEAD"))
        return report.findings.filter { $0.ruleID == "PLB-BPF-013" }
    }

    @Test func sourceChangedAfterTheObjectThenRebuilt() throws {
        let root = Support.temporaryDirectory("stale")
        Support.git(["init", "-q"], in: root)
        try FileManager.default.createDirectory(atPath: root + "/bpf", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Support.fixtures + "/ebpf/xdp.o", toPath: root + "/bpf/probe.bpf.o")
        Support.write(["bpf/probe.bpf.c": "// v1\n"], under: root)
        Support.git(["add", "-A"], in: root)
        Support.git(["commit", "-q", "-m", "probe"], in: root, date: "@1700000000 +0000")
        #expect(try Self.staleFindings(root).isEmpty)

        Support.write(["bpf/probe.bpf.c": "// v2: the source moves on\n"], under: root)
        Support.git(["commit", "-q", "-am", "edit the source only"], in: root, date: "@1700000600 +0000")
        let stale = try Self.staleFindings(root)
        #expect(stale.map(\.location.path) == ["bpf/probe.bpf.o"])
        #expect(stale.first?.message.contains("bpf/probe.bpf.c changed in commit") == true)

        try FileManager.default.removeItem(atPath: root + "/bpf/probe.bpf.o")
        try FileManager.default.copyItem(atPath: Support.fixtures + "/ebpf/tc.o", toPath: root + "/bpf/probe.bpf.o")
        Support.git(["commit", "-q", "-am", "rebuild"], in: root, date: "@1700001200 +0000")
        #expect(try Self.staleFindings(root).isEmpty)
    }
}
