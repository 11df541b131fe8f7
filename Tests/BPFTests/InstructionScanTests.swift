import BPF
import Testing

/// Instruction decoding in both byte orders: helper calls, pc-relative and relocated bpf-to-bpf calls, kfuncs,
/// lddw slots, callx.
@Suite struct InstructionScanTests {
    /// `main` in `xdp`: lddw, helper 1, a pc-relative call to `sub` in `.text`, a relocated call to `other`, a
    /// relocated call to the undefined `bpf_kfunc`, callx, exit. `sub` calls helper 14. `other` is `.text` too.
    private func object(bigEndian: Bool) throws -> BPFObject {
        var main = ByteEncoder(bigEndian: bigEndian)
        main.instruction(code: 0x18, destination: 1, immediate: 7)  // lddw r1, 7 (two slots)
        main.instruction(code: 0x00)
        main.instruction(code: 0x85, immediate: 1)  // call helper 1
        main.instruction(code: 0x85, source: 1, immediate: -1)  // call other (relocated)
        main.instruction(code: 0x85, source: 1, immediate: -1)  // call bpf_kfunc (relocated)
        main.instruction(code: 0x8d, destination: 2)  // callx r2
        main.instruction(code: 0x95)
        var text = ByteEncoder(bigEndian: bigEndian)
        text.instruction(code: 0x85, immediate: 14)  // sub: call helper 14
        text.instruction(code: 0x95)
        text.instruction(code: 0xb7, immediate: 0)  // other: r0 = 0
        text.instruction(code: 0x85, source: 1, immediate: -4)  // pc-relative call back to sub (slot 3 - 4 + 1 = 0)
        text.instruction(code: 0x95)
        var strings = ByteEncoder(bigEndian: bigEndian)
        strings.bytes = [0] + Array("main\0sub\0other\0bpf_kfunc\0".utf8)
        var symbols = ByteEncoder(bigEndian: bigEndian)
        symbols.symbol(name: 0, info: 0, section: 0, value: 0, size: 0)
        symbols.symbol(name: 1, info: 0x12, section: 1, value: 0, size: 56)
        symbols.symbol(name: 6, info: 0x02, section: 2, value: 0, size: 16)
        symbols.symbol(name: 10, info: 0x12, section: 2, value: 16, size: 24)
        symbols.symbol(name: 16, info: 0x10, section: 0, value: 0, size: 0)
        var relocations = ByteEncoder(bigEndian: bigEndian)
        relocations.u64(24)
        relocations.u64(3 << 32 | 10)
        relocations.u64(32)
        relocations.u64(4 << 32 | 10)
        var builder = ELFBuilder(bigEndian: bigEndian)
        builder.sections = [
            .init(name: "xdp", type: 1, flags: 6, data: main.bytes),
            .init(name: ".text", type: 1, flags: 6, data: text.bytes),
            .init(name: ".strtab", type: 3, data: strings.bytes),
            .init(name: ".symtab", type: 2, data: symbols.bytes, link: 3, info: 3, entrySize: 24),
            .init(name: ".relxdp", type: 9, data: relocations.bytes, link: 4, info: 1, entrySize: 16),
            .init(name: "license", type: 1, flags: 3, data: Array("Dual MIT/GPL\0".utf8)),
        ]
        return try BPFObject.decode(builder.build())
    }

    @Test(arguments: [false, true]) func callsAndSlots(bigEndian: Bool) throws {
        let object = try object(bigEndian: bigEndian)
        let program = try #require(object.programs.first)
        #expect(program.name == "main")
        #expect(program.instructions == 7)
        #expect(program.calls == ["other"])
        #expect(program.linkedInstructions == 7 + 3 + 2)
        #expect(program.helpers == [1, 14])
        #expect(program.kfuncs == ["bpf_kfunc"])
        #expect(program.usesCallRegister)
        #expect(object.kfuncs == ["bpf_kfunc"])
        #expect(object.usesCallRegister)
        #expect(object.subprograms.map(\.name) == ["sub", "other"])
        #expect(object.subprograms.map(\.isStatic) == [true, false])
        #expect(object.helpers == [1, 14])
        #expect(object.license == "Dual MIT/GPL")
        #expect(object.features == [.bpfToBPFCalls, .kfuncCalls])
    }
}
