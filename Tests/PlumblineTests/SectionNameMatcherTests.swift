import Plumbline
import Testing

/// Section names resolve the way libbpf >= 1.0 and cilium/ebpf resolve them.
@Suite struct SectionNameMatcherTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let match: BPFSectionClassification.Match
        let type: String?
        let cilium: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "kprobe/do_sys_open", match: .libbpfExact, type: "kprobe", cilium: "kprobe"),
        Case(name: "kprobe", match: .libbpfExact, type: "kprobe", cilium: "kprobe"),
        Case(name: "kprobe.multi/vfs_*", match: .libbpfExact, type: "kprobe", cilium: "kprobe"),
        Case(name: "xdp", match: .libbpfExact, type: "xdp", cilium: "xdp"),
        Case(name: "xdp.frags/devmap", match: .libbpfExact, type: "xdp", cilium: "xdp"),
        Case(name: "tc", match: .libbpfExact, type: "sched_cls", cilium: "sched_cls"),
        Case(name: "tcx/egress", match: .libbpfExact, type: "sched_cls", cilium: "sched_cls"),
        Case(name: "sk_reuseport/migrate", match: .libbpfExact, type: "sk_reuseport", cilium: "sk_reuseport"),
        Case(name: "struct_ops/tcp_init", match: .libbpfExact, type: "struct_ops", cilium: "struct_ops"),
        Case(name: "fentry.multi/tcp_*", match: .libbpfExact, type: "tracing", cilium: nil),
        Case(name: "socket/2", match: .ciliumOnly, type: "socket_filter", cilium: "socket_filter"),
        Case(name: "xdp_prog", match: .ciliumOnly, type: "xdp", cilium: "xdp"),
        Case(name: "tc_ingress", match: .ciliumOnly, type: "sched_cls", cilium: "sched_cls"),
        Case(name: "classifier_x", match: .ciliumOnly, type: "sched_cls", cilium: "sched_cls"),
        Case(name: "xdp/unknown", match: .ciliumOnly, type: "xdp", cilium: "xdp"),
        Case(name: "xdp_devmap/x", match: .legacy, type: "xdp", cilium: "xdp"),
        Case(name: "seccomp", match: .legacy, type: "socket_filter", cilium: nil),
        Case(name: "socket_filter", match: .legacy, type: "socket_filter", cilium: "socket_filter"),
        Case(name: "tc_cls/egress", match: .legacy, type: "sched_cls", cilium: "sched_cls"),
        Case(name: "kprobe_foo", match: .unknown, type: nil, cilium: nil),
        Case(name: "kprobes/x", match: .unknown, type: nil, cilium: nil),
        Case(name: "", match: .unknown, type: nil, cilium: nil),
        Case(name: ".text", match: .unknown, type: nil, cilium: nil),
    ]

    @Test(arguments: cases) func classifies(_ testCase: Case) throws {
        let result = SectionNameMatcher.classify(testCase.name, tables: try BPFFixtures.tables())
        #expect(result.match == testCase.match)
        #expect(result.programType?.name == testCase.type)
        #expect(result.ciliumProgramType?.name == testCase.cilium)
        #expect(result.autoloadDisabled == false)
    }

    @Test func leadingQuestionMarkDisablesAutoloadAndIsStripped() throws {
        let result = SectionNameMatcher.classify("?tp/syscalls/sys_enter_read", tables: try BPFFixtures.tables())
        #expect(result.match == .libbpfExact)
        #expect(result.programType?.name == "tracepoint")
        #expect(result.pattern == "tp+")
        #expect(result.autoloadDisabled)
    }

    @Test func libbpfPatternRules() {
        #expect(SectionNameMatcher.libbpfMatches("uprobe", pattern: "uprobe+"))
        #expect(SectionNameMatcher.libbpfMatches("uprobe/lib:fn", pattern: "uprobe+"))
        #expect(!SectionNameMatcher.libbpfMatches("uprobe.s/lib:fn", pattern: "uprobe+"))
        #expect(SectionNameMatcher.libbpfMatches("xdp_devmap/a", pattern: "xdp_devmap/"))
        #expect(!SectionNameMatcher.libbpfMatches("xdp_devmap", pattern: "xdp_devmap/"))
        #expect(!SectionNameMatcher.libbpfMatches("socket2", pattern: "socket"))
        #expect(!SectionNameMatcher.libbpfMatches("anything", pattern: ""))
    }

    @Test func ciliumPatternRules() {
        #expect(SectionNameMatcher.ciliumMatches("socket2", pattern: "socket"))
        #expect(SectionNameMatcher.ciliumMatches("kprobe/a/b", pattern: "kprobe+"))
        #expect(!SectionNameMatcher.ciliumMatches("kprobex/a", pattern: "kprobe+"))
        #expect(!SectionNameMatcher.ciliumMatches("maps", pattern: "maps/"))
        #expect(SectionNameMatcher.ciliumMatches("maps/x", pattern: "maps/"))
    }
}
