import BPF
import Testing

/// kfunc.o: kfunc calls through relocations against undefined `__ksym` symbols.
@Suite struct KfuncFixtureTests {
    @Test func kfuncsAreFound() throws {
        let object = try TestFixtures.decode("kfunc.o")
        #expect(object.kfuncs == ["bpf_task_acquire", "bpf_task_release"])
        #expect(object.helpers.isEmpty)
        let program = try #require(object.programs.first)
        #expect(program.name == "handle_new_task")
        #expect(program.section == "tp_btf/task_newtask")
        #expect(program.kfuncs == ["bpf_task_acquire", "bpf_task_release"])
        #expect(program.calls.isEmpty)
        #expect(program.instructions == 11)
        #expect(program.coreRelocations == 1)
        #expect(object.symbols.filter { $0.isUndefined && !$0.name.isEmpty }.map(\.name).sorted()
            == ["bpf_task_acquire", "bpf_task_release"])
    }

    @Test func kfuncCallsAreAFeature() throws {
        #expect(try TestFixtures.decode("kfunc.o").features.contains(.kfuncCalls))
    }

    @Test func ksymsDataSectionIsInBTF() throws {
        let object = try TestFixtures.decode("kfunc.o")
        let btf = try #require(object.btf)
        let datasec = try #require(btf.types.first { $0.kind == .dataSection && btf.name(of: $0) == ".ksyms" })
        guard case .sectionVariables(let variables) = datasec.detail else {
            Issue.record("DATASEC without variables")
            return
        }
        let names = variables.compactMap { btf.type($0.type) }.map { btf.name(of: $0) }
        #expect(names == ["bpf_task_acquire", "bpf_task_release"])
    }
}
