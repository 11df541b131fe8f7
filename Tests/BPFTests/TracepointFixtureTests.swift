import BPF
import Testing

/// tracepoint.o: CO-RE field reads, a perf event array and an array map.
@Suite struct TracepointFixtureTests {
    @Test func programWithCoreRelocations() throws {
        let object = try TestFixtures.decode("tracepoint.o")
        #expect(object.license == "Dual BSD/GPL")
        #expect(object.isGPLCompatible)
        #expect(object.programs.count == 1)
        let program = try #require(object.programs.first)
        #expect(program.name == "trace_openat")
        #expect(program.section == "tracepoint/syscalls/sys_enter_openat")
        #expect(program.instructions == 31)
        #expect(program.helpers == [1, 25])
        #expect(program.mapReferences == ["events", "seen"])
        #expect(program.coreRelocations == 5)
    }

    @Test func btfExtRecords() throws {
        let object = try TestFixtures.decode("tracepoint.o")
        let ext = try #require(object.btfExt)
        #expect(ext.headerLength == 32)
        #expect(ext.coreRelocationCount == 5)
        #expect(ext.functionInfoCount == 1)
        #expect(ext.lineInfoCount > 0)
        // FIELD_BYTE_OFFSET for every read.
        #expect(ext.coreRelocations.map(\.kind) == [0, 0, 0, 0, 0])
        let btf = try #require(object.btf)
        #expect(ext.coreRelocations.allSatisfy { btf.string(at: $0.sectionNameOffset) == program(object).section })
    }

    @Test func perfEventArrayWithoutMaxEntries() throws {
        let object = try TestFixtures.decode("tracepoint.o")
        #expect(object.maps.map(\.name) == ["seen", "events"])
        let events = object.maps[1]
        #expect(events.typeID == 4)
        #expect(events.keySize == 4)
        #expect(events.valueSize == 4)
        #expect(events.maxEntries == nil)
        let seen = object.maps[0]
        #expect(seen.typeID == 2)
        #expect(seen.maxEntries == 1)
        #expect(seen.valueSize == 8)
    }

    private func program(_ object: BPFObject) -> BPFProgram {
        object.programs[0]
    }
}
