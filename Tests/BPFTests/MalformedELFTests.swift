import BPF
import Testing

/// Hand-made ELF files: each broken structure is rejected with its kind and byte offset.
@Suite struct MalformedELFTests {
    private func decode(_ bytes: [UInt8]) throws -> BPFObject {
        try BPFObject.decode(bytes)
    }

    private func error(_ bytes: [UInt8]) throws -> BPFDecodeError? {
        do {
            _ = try BPFObject.decode(bytes)
            return nil
        } catch {
            return error
        }
    }

    private func patch(_ bytes: inout [UInt8], at offset: Int, _ value: UInt64, size: Int) {
        for index in 0..<size { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> UInt64(index * 8)) }
    }

    @Test(arguments: [false, true]) func minimalObjectDecodes(bigEndian: Bool) throws {
        let object = try decode(ELFBuilder.minimalProgram(bigEndian: bigEndian).build())
        #expect(object.byteOrder == (bigEndian ? .big : .little))
        #expect(object.programs.map(\.name) == ["xdp_pass"])
        #expect(object.programs.first?.instructions == 2)
        #expect(object.programs.first?.section == "xdp")
        #expect(object.license == "GPL")
        #expect(object.btf == nil)
    }

    @Test func emptyAndTinyFiles() throws {
        #expect(try error([])?.kind == .truncated)
        #expect(try error([0x7f, 0x45, 0x4c])?.kind == .truncated)
        let notELF = try error(Array("MZ".utf8) + Array(repeating: 0, count: 62))
        #expect(notELF?.kind == .notELF)
        #expect(notELF?.offset == 0)
        let short = try error(Array(ELFBuilder.minimalProgram().build().prefix(40)))
        #expect(short?.kind == .truncated)
        #expect(short?.offset == 40)
    }

    @Test func headerFields() throws {
        let good = ELFBuilder.minimalProgram().build()
        var bytes = good
        bytes[4] = 1
        #expect(try error(bytes).map { [$0.kind.rawValue, String($0.offset)] } == ["unsupportedClass", "4"])
        bytes = good
        bytes[5] = 3
        #expect(try error(bytes).map { [$0.kind.rawValue, String($0.offset)] } == ["unsupportedByteOrder", "5"])
        bytes = good
        patch(&bytes, at: 16, 2, size: 2)
        #expect(try error(bytes).map { [$0.kind.rawValue, String($0.offset)] } == ["notRelocatable", "16"])
        bytes = good
        patch(&bytes, at: 18, 62, size: 2)
        #expect(try error(bytes).map { [$0.kind.rawValue, String($0.offset)] } == ["wrongMachine", "18"])
    }

    @Test func machineNoneNeedsBPFContent() throws {
        var builder = ELFBuilder.minimalProgram()
        builder.machine = 0
        #expect(try decode(builder.build()).machine == 0)
        var strings = ByteEncoder(bigEndian: false)
        strings.bytes = [0]
        var symbols = ByteEncoder(bigEndian: false)
        symbols.symbol(name: 0, info: 0, section: 0, value: 0, size: 0)
        var plain = ELFBuilder()
        plain.machine = 0
        plain.sections = [
            .init(name: ".data", type: 1, flags: 3, data: [1, 2, 3, 4]),
            .init(name: ".strtab", type: 3, data: strings.bytes),
            .init(name: ".symtab", type: 2, data: symbols.bytes, link: 2, info: 1, entrySize: 24),
        ]
        let failure = try error(plain.build())
        #expect(failure?.kind == .notBPF)
        #expect(failure?.offset == 18)
    }

    @Test func sectionTableProblems() throws {
        let layout = ELFBuilder.minimalProgram().buildWithLayout()
        var bytes = layout.bytes
        patch(&bytes, at: 58, 40, size: 2)
        #expect(try error(bytes).map { [$0.kind.rawValue, String($0.offset)] } == ["malformedSectionTable", "58"])

        bytes = layout.bytes
        patch(&bytes, at: 40, UInt64(bytes.count - 8), size: 8)
        #expect(try error(bytes)?.kind == .sectionOutOfBounds)

        bytes = layout.bytes
        patch(&bytes, at: layout.headerOffsets[1] + 32, 1 << 40, size: 8)
        let lying = try error(bytes)
        #expect(lying?.kind == .sectionOutOfBounds)
        #expect(lying?.offset == layout.headerOffsets[1] + 24)

        bytes = layout.bytes
        patch(&bytes, at: 62, 99, size: 2)
        #expect(try error(bytes).map { [$0.kind.rawValue, String($0.offset)] } == ["malformedSectionTable", "62"])
    }

    @Test func hugeExtendedSectionCountIsRefusedBeforeAllocating() throws {
        let layout = ELFBuilder.minimalProgram().buildWithLayout()
        var bytes = layout.bytes
        patch(&bytes, at: 60, 0, size: 2)
        patch(&bytes, at: layout.headerOffsets[0] + 32, 1 << 60, size: 8)
        let failure = try error(bytes)
        #expect(failure?.kind == .sectionOutOfBounds)
        #expect(failure?.message.contains("1152921504606846976 entries") == true)
    }

    @Test func namesOutsideOrUnterminated() throws {
        let builder = ELFBuilder.minimalProgram()
        let layout = builder.buildWithLayout()
        var bytes = layout.bytes
        patch(&bytes, at: layout.headerOffsets[1], 0xffff, size: 4)
        #expect(try error(bytes)?.kind == .malformedString)

        bytes = layout.bytes
        let names = layout.dataOffsets[builder.namesIndex]
        let namesEnd = names + 1 + builder.sections.map { $0.name.utf8.count + 1 }.reduce(0, +) + ".shstrtab".utf8.count
        bytes[namesEnd] = UInt8(ascii: "x")
        let unterminated = try error(bytes)
        #expect(unterminated?.kind == .malformedString)
        #expect(unterminated?.message.contains("not NUL-terminated") == true)
    }

    @Test func symbolTableProblems() throws {
        var builder = ELFBuilder.minimalProgram()
        builder.sections.removeLast()
        #expect(try error(builder.build())?.kind == .missingSymbolTable)

        builder = ELFBuilder.minimalProgram()
        builder.sections[3].entrySize = 16
        #expect(try error(builder.build())?.kind == .malformedSymbol)

        builder = ELFBuilder.minimalProgram()
        builder.sections[3].link = 99
        #expect(try error(builder.build())?.kind == .malformedSymbol)
    }

    @Test func relocationProblems() throws {
        func withRelocation(symbol: UInt64, entrySize: UInt64 = 16, target: UInt32 = 1) -> ELFBuilder {
            var relocation = ByteEncoder(bigEndian: false)
            relocation.u64(0)
            relocation.u64(symbol << 32 | 10)
            var builder = ELFBuilder.minimalProgram()
            builder.sections.append(
                .init(name: ".relxdp", type: 9, data: relocation.bytes, link: 4, info: target, entrySize: entrySize))
            return builder
        }
        #expect(try decode(withRelocation(symbol: 1).build()).programs.count == 1)

        let builder = withRelocation(symbol: 50)
        let layout = builder.buildWithLayout()
        let badSymbol = try error(layout.bytes)
        #expect(badSymbol?.kind == .malformedRelocation)
        #expect(badSymbol?.offset == layout.dataOffsets[5] + 8)
        #expect(try error(withRelocation(symbol: 1, entrySize: 24).build())?.kind == .malformedRelocation)
        #expect(try error(withRelocation(symbol: 1, target: 99).build())?.kind == .malformedRelocation)
    }

    @Test func programOutsideItsSection() throws {
        for (value, size) in [(UInt64(0), UInt64(24)), (4, 8), (0, 12)] {
            var builder = ELFBuilder.minimalProgram()
            var symbols = ByteEncoder(bigEndian: false)
            symbols.symbol(name: 0, info: 0, section: 0, value: 0, size: 0)
            symbols.symbol(name: 1, info: 0x12, section: 1, value: value, size: size)
            builder.sections[3].data = symbols.bytes
            let failure = try error(builder.build())
            #expect(failure?.kind == .malformedProgram, "value \(value) size \(size)")
            #expect(failure?.message.contains("xdp_pass") == true)
        }
    }

    @Test func legacyMapPastItsSection() throws {
        var builder = ELFBuilder.minimalProgram()
        var strings = ByteEncoder(bigEndian: false)
        strings.bytes = [0] + Array("xdp_pass".utf8) + [0] + Array("my_map".utf8) + [0]
        var symbols = ByteEncoder(bigEndian: false)
        symbols.symbol(name: 0, info: 0, section: 0, value: 0, size: 0)
        symbols.symbol(name: 1, info: 0x12, section: 1, value: 0, size: 16)
        symbols.symbol(name: 10, info: 0x11, section: 5, value: 8, size: 20)
        builder.sections[2].data = strings.bytes
        builder.sections[3].data = symbols.bytes
        builder.sections.append(.init(name: "maps", type: 1, flags: 3, data: Array(repeating: 0, count: 20)))
        let failure = try error(builder.build())
        #expect(failure?.kind == .malformedMap)
        #expect(failure?.message.contains("my_map") == true)
    }

    @Test func namesAddingUpToMoreThanTheFileAreRefused() throws {
        // 3000 symbols whose names are suffixes of one 60,000-byte string: 180 MB of text from a small file.
        var builder = ELFBuilder.minimalProgram()
        var strings = ByteEncoder(bigEndian: false)
        strings.bytes = [0] + Array("xdp_pass".utf8) + [0] + Array(repeating: UInt8(ascii: "a"), count: 60_000) + [0]
        var symbols = ByteEncoder(bigEndian: false)
        symbols.symbol(name: 0, info: 0, section: 0, value: 0, size: 0)
        symbols.symbol(name: 1, info: 0x12, section: 1, value: 0, size: 16)
        for index in 0..<3000 { symbols.symbol(name: UInt32(10 + index), info: 0, section: 0, value: 0, size: 0) }
        builder.sections[2].data = strings.bytes
        builder.sections[3].data = symbols.bytes
        let failure = try error(builder.build())
        #expect(failure?.kind == .malformedString)
        #expect(failure?.message.contains("more text than the file can hold") == true)
    }

    @Test func errorDescriptionCarriesTheOffset() {
        let error = BPFDecodeError(kind: .truncated, offset: 255, message: "cut")
        #expect(error.description == "offset 255 (0xff): cut")
    }
}
