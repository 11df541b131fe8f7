import BPF
import Testing

/// nongpl.o: an MIT licence with GPL-only helpers, which the kernel refuses.
@Suite struct NonGPLFixtureTests {
    @Test func licenceAndGPLOnlyHelpers() throws {
        let object = try TestFixtures.decode("nongpl.o")
        #expect(object.license == "MIT")
        #expect(!object.isGPLCompatible)
        #expect(object.helpers == [6, 113])
        let program = try #require(object.programs.first)
        #expect(program.name == "read_probe")
        #expect(program.section == "kprobe/vfs_read")
        #expect(program.instructions == 19)
    }

    @Test func stringConstantMakesGlobalData() throws {
        let object = try TestFixtures.decode("nongpl.o")
        #expect(object.sections.contains { $0.name.hasPrefix(".rodata") })
        #expect(object.features.contains(.globalData))
    }
}
