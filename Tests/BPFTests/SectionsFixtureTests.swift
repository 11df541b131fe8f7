import BPF
import Testing

/// sections.o: twelve programs whose section names loaders read differently.
@Suite struct SectionsFixtureTests {
    @Test func everyProgramKeepsItsSectionName() throws {
        let object = try TestFixtures.decode("sections.o")
        #expect(object.programs.map { "\($0.name) \($0.section)" } == [
            "socket_two socket/2",
            "xdp_sloppy xdp_prog",
            "xdp_old_devmap xdp_devmap/redirect",
            "gobpf_classifier sched_cls/ingress",
            "seccomp_filter seccomp",
            "unknown_hook mystery/hook",
            "xdp_manual ?xdp",
            "sleepable_multi uprobe.multi.s/libc.so.6:malloc",
            "sleepable_tp tp.s/syscalls/sys_enter_read",
            "lsm_file_open lsm/file_open",
            "connect_unix cgroup/connect_unix",
            "static_prog static",
        ])
        #expect(object.programs.allSatisfy { $0.instructions == 2 })
    }

    @Test func staticProgramIsFlagged() throws {
        let object = try TestFixtures.decode("sections.o")
        #expect(object.programs.filter(\.isStatic).map(\.name) == ["static_prog"])
    }
}
