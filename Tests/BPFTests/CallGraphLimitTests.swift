import BPF
import Testing

/// Many programs sharing one long call chain would make call-graph walking quadratic; the walk is capped.
@Suite struct CallGraphLimitTests {
    /// `programs` entry programs in `xdp`, each calling the head of a chain of `chain` functions in `.text`.
    private func object(programs: Int, chain: Int) -> [UInt8] {
        var entries = ByteEncoder(bigEndian: false)
        var relocations = ByteEncoder(bigEndian: false)
        for index in 0..<programs {
            relocations.u64(UInt64(index * 16))
            relocations.u64(1 << 32 | 10)  // against symbol 1, the chain's head
            entries.instruction(code: 0x85, source: 1, immediate: -1)
            entries.instruction(code: 0x95)
        }
        var text = ByteEncoder(bigEndian: false)
        for _ in 0..<chain {
            text.instruction(code: 0x85, source: 1, immediate: 1)  // call the next function
            text.instruction(code: 0x95)
        }
        var symbols = ByteEncoder(bigEndian: false)
        symbols.symbol(name: 0, info: 0, section: 0, value: 0, size: 0)
        for index in 0..<chain { symbols.symbol(name: 1, info: 0x12, section: 2, value: UInt64(index * 16), size: 16) }
        for index in 0..<programs { symbols.symbol(name: 1, info: 0x12, section: 1, value: UInt64(index * 16), size: 16) }
        var builder = ELFBuilder()
        builder.sections = [
            .init(name: "xdp", type: 1, flags: 6, data: entries.bytes),
            .init(name: ".text", type: 1, flags: 6, data: text.bytes),
            .init(name: ".strtab", type: 3, data: [0, UInt8(ascii: "f"), 0]),
            .init(name: ".symtab", type: 2, data: symbols.bytes, link: 3, info: 1, entrySize: 24),
            .init(name: ".relxdp", type: 9, data: relocations.bytes, link: 4, info: 1, entrySize: 16),
        ]
        return builder.build()
    }

    @Test func smallGraphsAreWalked() throws {
        let decoded = try BPFObject.decode(object(programs: 3, chain: 50))
        #expect(decoded.programs.count == 3)
        #expect(decoded.programs.allSatisfy { $0.linkedInstructions == 2 + 50 * 2 })
    }

    @Test func crafted2000By2000GraphIsRefused() throws {
        let error = #expect(throws: BPFDecodeError.self) {
            try BPFObject.decode(object(programs: 2000, chain: 2000))
        }
        #expect(error?.kind == .malformedProgram)
        #expect(error?.message.contains("call graphs") == true)
    }
}
