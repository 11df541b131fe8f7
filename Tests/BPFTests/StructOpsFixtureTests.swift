import BPF
import Testing

/// struct_ops.o and struct_ops_link.o: struct_ops maps in `.struct_ops`, `.struct_ops.link` and
/// `?.struct_ops.link`, with the variables BTF lists for each section.
@Suite struct StructOpsFixtureTests {
    @Test func plainSectionIsFound() throws {
        let object = try TestFixtures.decode("struct_ops.o")
        #expect(object.structOpsSections == [
            BPFStructOpsSection(name: ".struct_ops", index: 7, isLink: false, isOptional: false, variables: ["toy_cc"])
        ])
    }

    @Test func linkSectionsWithAndWithoutPrefixAreFound() throws {
        let object = try TestFixtures.decode("struct_ops_link.o")
        #expect(object.structOpsSections == [
            BPFStructOpsSection(name: ".struct_ops.link", index: 7, isLink: true, isOptional: false, variables: ["link_cc"]),
            BPFStructOpsSection(name: "?.struct_ops.link", index: 9, isLink: true, isOptional: true, variables: ["optional_cc"]),
        ])
    }

    @Test func theirProgramsAreInStructOpsSections() throws {
        let object = try TestFixtures.decode("struct_ops.o")
        #expect(object.programs.map(\.section) == [
            "struct_ops/toy_init", "struct_ops/toy_ssthresh", "struct_ops/toy_cong_avoid", "struct_ops/toy_undo_cwnd",
        ])
        #expect(object.maps.isEmpty)
    }

    @Test(arguments: ["xdp.o", "externs.o", "sections.o", "nobtf.o"])
    func otherObjectsHaveNoStructOpsSections(_ name: String) throws {
        #expect(try TestFixtures.decode(name).structOpsSections.isEmpty)
    }
}
