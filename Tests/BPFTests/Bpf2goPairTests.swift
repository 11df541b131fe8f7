import BPF
import Testing

/// counter_bpfel.o / counter_bpfeb.o: the same source in both byte orders decodes to the same facts.
@Suite struct Bpf2goPairTests {
    @Test func byteOrders() throws {
        #expect(try TestFixtures.decode("counter_bpfel.o").byteOrder == .little)
        #expect(try TestFixtures.decode("counter_bpfeb.o").byteOrder == .big)
    }

    @Test func twinsAgree() throws {
        let little = try TestFixtures.decode("counter_bpfel.o")
        let big = try TestFixtures.decode("counter_bpfeb.o")
        #expect(little.programs == big.programs)
        #expect(little.maps == big.maps)
        #expect(little.sections == big.sections)
        #expect(little.helpers == big.helpers)
        #expect(little.features == big.features)
        #expect(little.btf?.types == big.btf?.types)
        #expect(little.btfExt == big.btfExt)
    }

    @Test func bigEndianFacts() throws {
        let object = try TestFixtures.decode("counter_bpfeb.o")
        #expect(object.license == "Dual MIT/GPL")
        #expect(object.programs.map(\.name) == ["count_packets", "new_task"])
        #expect(object.programs.map(\.section) == ["xdp", "kprobe/wake_up_new_task"])
        #expect(object.programs.map(\.instructions) == [12, 2])
        #expect(object.programs.map(\.coreRelocations) == [0, 1])
        #expect(object.programs[0].helpers == [1])
        #expect(object.programs[0].mapReferences == ["pkt_count"])
        #expect(object.coreRelocationCount == 1)
        let map = try #require(object.maps.first)
        #expect(map.name == "pkt_count")
        #expect(map.typeID == 2)
        #expect(map.maxEntries == 1)
        #expect(map.valueSize == 8)
    }
}
