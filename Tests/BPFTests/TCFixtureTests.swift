import BPF
import Testing

/// tc.o: the legacy `tc` name and `tcx/ingress`, built with -mcpu=v4 (signed division).
@Suite struct TCFixtureTests {
    @Test func programs() throws {
        let object = try TestFixtures.decode("tc.o")
        #expect(object.programs.map(\.name) == ["tc_legacy", "tcx_ingress"])
        #expect(object.programs.map(\.section) == ["tc", "tcx/ingress"])
        #expect(object.programs.map(\.typeName) == ["sched_cls", "sched_cls"])
        #expect(object.programs.map(\.classification.match) == [.libbpfExact, .libbpfExact])
        #expect(object.programs.map(\.instructions) == [11, 8])
        #expect(object.programs[0].helpers == [26])
        #expect(object.programs[1].helpers.isEmpty)
    }

    @Test func instructionSetV4SetsTheKernelFloor() throws {
        let object = try TestFixtures.decode("tc.o")
        #expect(object.minimumKernel?.since?.description == "6.6")
        #expect(object.minimumKernel?.reason == "feature instruction set v4 (sign extension, bswap, signed division, gotol)")
        let features = object.kernelRequirements.filter { $0.category == .feature }.map(\.since?.description)
        #expect(features == ["5.1", "6.6"])
    }
}
