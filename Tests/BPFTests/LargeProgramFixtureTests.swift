import BPF
import Testing

/// large.o: one program over 4096 instructions.
@Suite struct LargeProgramFixtureTests {
    @Test func overTheClassicLimit() throws {
        let object = try TestFixtures.decode("large.o")
        let program = try #require(object.programs.first)
        #expect(program.section == "raw_tracepoint/sys_enter")
        #expect(program.instructions == 4403)
        #expect(program.linkedInstructions == 4403)
        #expect(object.features.contains(.largeProgram))
    }
}
