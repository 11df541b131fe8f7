import BPF
import Testing

/// ringbuf.o: a ring buffer map and the 5.8 ringbuf helpers.
@Suite struct RingbufFixtureTests {
    @Test func ringbufHelpers() throws {
        let object = try TestFixtures.decode("ringbuf.o")
        #expect(object.helpers == [14, 16, 130, 131, 132])
    }

    @Test func programsAndMap() throws {
        let object = try TestFixtures.decode("ringbuf.o")
        #expect(object.programs.map(\.name) == ["on_execve", "on_exit"])
        #expect(object.programs.map(\.instructions) == [21, 15])
        #expect(object.programs[0].helpers == [14, 16, 130])
        #expect(object.programs[1].helpers == [14, 131, 132])
        let map = try #require(object.maps.first)
        #expect(object.maps.count == 1)
        #expect(map.name == "events")
        #expect(map.typeID == 27)
        #expect(map.maxEntries == 4096)
        #expect(map.keySize == nil)
        #expect(map.valueSize == nil)
    }
}
