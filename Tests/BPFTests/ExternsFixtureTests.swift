import BPF
import Testing

/// externs.o: `__kconfig` externs (one weak), typed and typeless `__ksym` variables (one weak) and kfuncs
/// (one weak), read from BTF DATASEC `.kconfig` / `.ksyms` and joined to their undefined ELF symbols.
@Suite struct ExternsFixtureTests {
    private func summary(_ item: BPFExtern) -> String {
        "\(item.section.rawValue) \(item.kind.rawValue) \(item.name) weak=\(item.isWeak) typed=\(item.isTyped.map(String.init) ?? "-")"
    }

    /// clang lists a DATASEC's FUNCs before its VARs.
    @Test func externsAreListedInDataSectionOrder() throws {
        let object = try TestFixtures.decode("externs.o")
        #expect(object.externs.map(summary) == [
            "kconfig var LINUX_KERNEL_VERSION weak=false typed=true",
            "kconfig var CONFIG_HZ weak=false typed=true",
            "kconfig var CONFIG_PLUMBLINE_MISSING weak=true typed=true",
            "ksyms func bpf_rcu_read_lock weak=true typed=-",
            "ksyms func bpf_task_acquire weak=false typed=-",
            "ksyms func bpf_task_release weak=false typed=-",
            "ksyms var runqueues weak=false typed=true",
            "ksyms var bpf_prog_active weak=false typed=false",
            "ksyms var plumbline_missing_symbol weak=true typed=false",
        ])
        #expect(object.externs.filter(\.isTypelessKsym).map(\.name) == ["bpf_prog_active", "plumbline_missing_symbol"])
    }

    @Test func everyExternHasAnUndefinedNoTypeSymbol() throws {
        let object = try TestFixtures.decode("externs.o")
        let withoutSymbol = object.externs.filter { !$0.hasUndefinedSymbol }.map(\.name)
        #expect(withoutSymbol.isEmpty)
        let undefined = object.symbols.filter { $0.isUndefined && !$0.name.isEmpty }
        #expect(Set(undefined.map(\.name)) == Set(object.externs.map(\.name)))
        #expect(undefined.filter { $0.binding == 2 }.map(\.name).sorted()
            == ["CONFIG_PLUMBLINE_MISSING", "bpf_rcu_read_lock", "plumbline_missing_symbol"])
    }

    @Test func calledKfunctionsIncludeTheWeakOne() throws {
        let object = try TestFixtures.decode("externs.o")
        #expect(object.kfuncs == ["bpf_rcu_read_lock", "bpf_task_acquire", "bpf_task_release"])
        #expect(object.programs.map(\.name) == ["handle_new_task"])
    }

    @Test func kfuncObjectHasOnlyFunctionExterns() throws {
        let object = try TestFixtures.decode("kfunc.o")
        #expect(object.externs.map(summary) == [
            "ksyms func bpf_task_acquire weak=false typed=-",
            "ksyms func bpf_task_release weak=false typed=-",
        ])
    }

    @Test(arguments: ["xdp.o", "maps.o", "nobtf.o", "struct_ops.o", "counter_bpfeb.o"])
    func objectsWithoutExternsHaveNone(_ name: String) throws {
        #expect(try TestFixtures.decode(name).externs.isEmpty)
    }
}
