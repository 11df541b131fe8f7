import BPF
import Testing

/// legacy_maps.o: `struct bpf_map_def` records in `maps` and a 36-byte iproute2 record in `maps/iproute2`.
@Suite struct LegacyMapsFixtureTests {
    @Test func legacyRecords() throws {
        let object = try TestFixtures.decode("legacy_maps.o")
        #expect(object.maps.map(\.name) == ["packet_count", "flow_table", "tc_state"])
        #expect(object.maps.allSatisfy { $0.definition == .legacy })
        #expect(object.maps.map(\.section) == ["maps", "maps", "maps/iproute2"])
        #expect(object.maps.map(\.typeID) == [2, 1, 1])
        #expect(object.maps.map(\.keySize) == [4, 8, 4])
        #expect(object.maps.map(\.valueSize) == [8, 4, 4])
        #expect(object.maps.map(\.maxEntries) == [256, 65536, 128])
        #expect(object.maps.map(\.flags) == [0, 1, 0])
        #expect(object.maps.map(\.extraBytes) == [0, 0, 16])
    }

    @Test func programReferencesThem() throws {
        let object = try TestFixtures.decode("legacy_maps.o")
        let program = try #require(object.programs.first)
        #expect(program.name == "count_packets")
        #expect(program.instructions == 30)
        #expect(program.mapReferences == ["flow_table", "packet_count", "tc_state"])
    }
}
