import BPF
import Testing

/// tc.o: the legacy `tc` name and `tcx/ingress`, built with -mcpu=v4 (signed division).
@Suite struct TCFixtureTests {
    @Test func programs() throws {
        let object = try TestFixtures.decode("tc.o")
        #expect(object.programs.map(\.name) == ["tc_legacy", "tcx_ingress"])
        #expect(object.programs.map(\.section) == ["tc", "tcx/ingress"])
        #expect(object.programs.map(\.instructions) == [11, 8])
        #expect(object.programs[0].helpers == [26])
        #expect(object.programs[1].helpers.isEmpty)
    }

    @Test func instructionSetV4IsFound() throws {
        #expect(try TestFixtures.decode("tc.o").features == [.isaV3, .isaV4])
    }
}
