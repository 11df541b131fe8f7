import BPF
import Testing

/// large.o: one program over 4096 instructions.
@Suite struct LargeProgramFixtureTests {
    @Test func overTheClassicLimit() throws {
        let object = try TestFixtures.decode("large.o")
        let program = try #require(object.programs.first)
        #expect(program.section == "raw_tracepoint/sys_enter")
        #expect(program.typeName == "raw_tracepoint")
        #expect(program.instructions == 4403)
        #expect(program.linkedInstructions == 4403)
        #expect(object.minimumKernel?.reason == "feature a program over 4096 instructions")
        #expect(object.minimumKernel?.since?.description == "5.2")
    }
}
