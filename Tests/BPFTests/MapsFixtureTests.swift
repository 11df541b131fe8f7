import BPF
import Testing

/// maps.o: hash, array, per-CPU array, LPM trie (with flags) and program array maps.
@Suite struct MapsFixtureTests {
    @Test func everyMapTypeAndSize() throws {
        let object = try TestFixtures.decode("maps.o")
        let maps = Dictionary(uniqueKeysWithValues: object.maps.map { ($0.name, $0) })
        #expect(object.maps.count == 5)
        #expect(maps["hash_map"]?.typeID == 1)
        #expect(maps["hash_map"]?.keySize == 8)
        #expect(maps["hash_map"]?.valueSize == 8)
        #expect(maps["hash_map"]?.maxEntries == 10240)
        #expect(maps["array_map"]?.typeID == 2)
        #expect(maps["array_map"]?.maxEntries == 256)
        #expect(maps["percpu_map"]?.typeID == 6)
        #expect(maps["percpu_map"]?.valueSize == 64)
        #expect(maps["lpm_map"]?.typeID == 11)
        #expect(maps["lpm_map"]?.flags == 1)
        #expect(maps["lpm_map"]?.keySize == 8)
        #expect(maps["jump_table"]?.typeID == 3)
        #expect(maps["jump_table"]?.keySize == 4)
        #expect(maps["jump_table"]?.valueSize == 4)
        #expect(object.maps.allSatisfy { $0.definition == .btf && !$0.missingBTF })
    }

    @Test func programUsesAllMapsAndTailCall() throws {
        let object = try TestFixtures.decode("maps.o")
        let program = try #require(object.programs.first)
        #expect(program.section == "socket")
        #expect(program.instructions == 45)
        #expect(program.helpers == [1, 12])
        #expect(program.mapReferences == ["array_map", "hash_map", "jump_table", "lpm_map", "percpu_map"])
        #expect(object.btf?.types.count == 50)
    }
}
