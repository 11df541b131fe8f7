import BPF
import Testing

/// BTF-defined maps from hand-made BTF: `__uint` fields, libbpf-only and unknown fields, static maps.
@Suite struct BTFMapDecodingTests {
    private func object(mapBinding: UInt8 = 1) throws -> BPFObject {
        var btf = BTFBuilder()
        btf.type("int", kind: 1, sizeOrType: 4)  // 1
        btf.word(0x0100_0020)
        btf.type(kind: 3)  // 2 ARRAY int[27]
        btf.word(1)
        btf.word(1)
        btf.word(27)
        btf.type(kind: 2, sizeOrType: 2)  // 3 PTR -> int[27]
        btf.type(kind: 3)  // 4 ARRAY int[8]
        btf.word(1)
        btf.word(1)
        btf.word(8)
        btf.type(kind: 2, sizeOrType: 4)  // 5 PTR -> int[8]
        btf.type(kind: 4, vlen: 4, sizeOrType: 32)  // 6 STRUCT
        for (name, type) in [("type", UInt32(3)), ("max_entries", 5), ("numa_node", 5), ("weird_field", 5)] {
            btf.word(btf.string(name))
            btf.word(type)
            btf.word(0)
        }
        btf.type("ring", kind: 14, sizeOrType: 6)  // 7 VAR
        btf.word(1)
        btf.type(".maps", kind: 15, vlen: 1)  // 8 DATASEC
        btf.word(7)
        btf.word(0)
        btf.word(32)
        var builder = ELFBuilder.withBTF(btf.build())
        var strings = ByteEncoder(bigEndian: false)
        strings.bytes = [0] + Array("xdp_pass\0ring\0".utf8)
        var symbols = ByteEncoder(bigEndian: false)
        symbols.symbol(name: 0, info: 0, section: 0, value: 0, size: 0)
        symbols.symbol(name: 1, info: 0x12, section: 1, value: 0, size: 16)
        symbols.symbol(name: 10, info: mapBinding << 4 | 1, section: 6, value: 0, size: 32)
        builder.sections[2].data = strings.bytes
        builder.sections[3].data = symbols.bytes
        builder.sections.append(.init(name: ".maps", type: 1, flags: 3, data: Array(repeating: 0, count: 32)))
        return try BPFObject.decode(builder.build())
    }

    @Test func fieldsAreDecodedByName() throws {
        let map = try #require(try object().maps.first)
        #expect(map.name == "ring")
        #expect(map.typeID == 27)
        #expect(map.maxEntries == 8)
        #expect(map.libbpfOnlyFields == ["numa_node"])
        #expect(map.unknownFields == ["weird_field"])
        #expect(!map.isStatic)
        #expect(!map.missingBTF)
    }

    @Test func staticMapIsFlagged() throws {
        #expect(try object(mapBinding: 0).maps.first?.isStatic == true)
    }
}
