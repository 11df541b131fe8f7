import BPF
import Testing

/// nobtf.o: built without -g, so `.maps` exists but cannot be read; large.o is BTF-less too.
@Suite struct NoBTFFixtureTests {
    @Test func mapsWithoutBTF() throws {
        let object = try TestFixtures.decode("nobtf.o")
        #expect(object.btf == nil)
        #expect(object.btfExt == nil)
        #expect(object.coreRelocationCount == 0)
        #expect(object.maps.count == 1)
        let map = try #require(object.maps.first)
        #expect(map.name == "starts")
        #expect(map.definition == .btf)
        #expect(map.missingBTF)
        #expect(map.typeID == nil)
        #expect(map.maxEntries == nil)
    }

    @Test func programStillDecodes() throws {
        let object = try TestFixtures.decode("nobtf.o")
        let program = try #require(object.programs.first)
        #expect(program.name == "on_connect")
        #expect(program.instructions == 15)
        #expect(program.helpers == [2, 5, 14])
        #expect(program.mapReferences == ["starts"])
    }
}
