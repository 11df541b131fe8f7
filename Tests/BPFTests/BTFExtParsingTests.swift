import BPF
import Testing

/// `.BTF.ext` sections built by hand: CO-RE counts, the 24-byte header guard, and malformed parts.
@Suite struct BTFExtParsingTests {
    private func decode(ext: [UInt8], bigEndian: Bool = false) throws -> BPFObject {
        var btf = BTFBuilder(bigEndian: bigEndian)
        _ = btf.string("xdp")
        btf.type("int", kind: 1, sizeOrType: 4)
        btf.word(0x20)
        let builder = ELFBuilder.withBTF(btf.build(), ext: ext, bigEndian: bigEndian)
        return try BPFObject.decode(builder.build())
    }

    private func failure(ext: [UInt8]) throws -> BPFDecodeError? {
        do {
            _ = try decode(ext: ext)
            return nil
        } catch let error as BPFDecodeError {
            return error
        }
    }

    @Test(arguments: [false, true]) func countsCoreRecordsAcrossBlocks(bigEndian: Bool) throws {
        let object = try decode(ext: BTFBuilder.ext(bigEndian: bigEndian, blocks: [(1, 3), (1, 2)]), bigEndian: bigEndian)
        #expect(object.coreRelocationCount == 5)
        #expect(object.btfExt?.headerLength == 32)
        #expect(object.btfExt?.coreRelocations.map(\.instructionOffset) == [0, 8, 16, 0, 8])
        // String 1 is "xdp", the minimal program's section: records at offsets 0 and 8 fall in its 2 slots.
        #expect(object.programs.first?.coreRelocations == 4)
    }

    @Test func shortHeaderHasNoCoreRecords() throws {
        // The bytes after a 24-byte header must not be read as CO-RE offsets.
        let ext = BTFBuilder.ext(headerLength: 24, blocks: [])
        let object = try decode(ext: ext + [0, 0, 0, 0, 0xff, 0xff, 0xff, 0x7f])
        #expect(object.coreRelocationCount == 0)
        #expect(object.btfExt?.headerLength == 24)
    }

    @Test func malformedParts() throws {
        #expect(try failure(ext: BTFBuilder.ext(coreRecordSize: 4, blocks: [(1, 1)]))?.message.contains("record size is 4") == true)
        #expect(try failure(ext: BTFBuilder.ext(blocks: [(1, 0)]))?.message.contains("no records") == true)
        var overflowing = BTFBuilder.ext(blocks: [(1, 1)])
        // num_info of the only block: header (32) + rec_size (4) + sec_name_off (4).
        overflowing.replaceSubrange(40..<44, with: [0xff, 0xff, 0xff, 0xff])
        #expect(try failure(ext: overflowing)?.kind == .malformedBTFExt)
        var badMagic = BTFBuilder.ext(blocks: [])
        badMagic[0] = 0
        #expect(try failure(ext: badMagic)?.message.contains("magic") == true)
        var hugeHeader = BTFBuilder.ext(blocks: [])
        hugeHeader[4] = 0xff
        #expect(try failure(ext: hugeHeader)?.kind == .malformedBTFExt)
    }
}
