import BPF
import Testing

/// xdp.o: an XDP program with an LRU hash and a devmap.
@Suite struct XDPFixtureTests {
    @Test func program() throws {
        let object = try TestFixtures.decode("xdp.o")
        #expect(object.license == "Dual MIT/GPL")
        let program = try #require(object.programs.first)
        #expect(object.programs.count == 1)
        #expect(program.name == "xdp_prog")
        #expect(program.section == "xdp")
        #expect(program.instructions == 17)
        #expect(program.helpers == [1, 51])
    }

    @Test func maps() throws {
        let object = try TestFixtures.decode("xdp.o")
        #expect(object.maps.map(\.name) == ["xdp_stats_map", "tx_port"])
        #expect(object.maps.map(\.typeID) == [9, 14])
        #expect(object.maps.map(\.maxEntries) == [16, 64])
        #expect(object.maps.map(\.keySize) == [4, 4])
        #expect(object.maps.map(\.valueSize) == [4, 4])
    }
}
