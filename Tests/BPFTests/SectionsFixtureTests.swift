import BPF
import Testing

/// sections.o: twelve programs whose section names loaders read differently.
@Suite struct SectionsFixtureTests {
    @Test func everySectionIsClassified() throws {
        let object = try TestFixtures.decode("sections.o")
        let rows = object.programs.map {
            "\($0.name) \($0.section) \($0.classification.match.rawValue) \($0.typeName ?? "-") \($0.classification.ciliumProgramType?.name ?? "-")"
        }
        #expect(rows == [
            "socket_two socket/2 cilium-only socket_filter socket_filter",
            "xdp_sloppy xdp_prog cilium-only xdp xdp",
            "xdp_old_devmap xdp_devmap/redirect legacy xdp xdp",
            "gobpf_classifier sched_cls/ingress legacy sched_cls -",
            "seccomp_filter seccomp legacy socket_filter -",
            "unknown_hook mystery/hook unknown - -",
            "xdp_manual ?xdp exact xdp xdp",
            "sleepable_multi uprobe.multi.s/libc.so.6:malloc exact kprobe kprobe",
            "sleepable_tp tp.s/syscalls/sys_enter_read exact tracepoint -",
            "lsm_file_open lsm/file_open exact lsm lsm",
            "connect_unix cgroup/connect_unix exact cgroup_sock_addr cgroup_sock_addr",
            "static_prog static unknown - -",
        ])
        #expect(object.programs.allSatisfy { $0.instructions == 2 })
        #expect(object.programs.filter(\.classification.autoloadDisabled).map(\.name) == ["xdp_manual"])
    }

    @Test func staticProgramIsFlagged() throws {
        let object = try TestFixtures.decode("sections.o")
        #expect(object.programs.filter(\.isStatic).map(\.name) == ["static_prog"])
        #expect(object.minimumKernel?.reason == "program type 29 lsm")
    }
}
