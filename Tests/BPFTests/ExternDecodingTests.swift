import BPF
import Testing

/// Externs and struct_ops sections from hand-built BTF: entries that are not VAR or FUNC, broken type
/// references and reference cycles, externs without an ELF symbol, and many repeated struct_ops sections.
@Suite struct ExternDecodingTests {
    private func decode(_ builder: ELFBuilder) throws -> BPFObject {
        try BPFObject.decode(builder.build())
    }

    @Test func oddDataSectionEntriesAreSkippedOrJudgedSafely() throws {
        var btf = BTFBuilder()
        btf.type(kind: 10, sizeOrType: 0)  // 1 CONST void
        btf.type("looped", kind: 8, sizeOrType: 2)  // 2 TYPEDEF to itself
        btf.type("typeless", kind: 14, sizeOrType: 1)  // 3 VAR const void
        btf.word(2)
        btf.type("cyclic", kind: 14, sizeOrType: 2)  // 4 VAR of the looping typedef
        btf.word(2)
        btf.type("int", kind: 1, sizeOrType: 4)  // 5 INT
        btf.word(32)
        btf.type(".ksyms", kind: 15, vlen: 4)  // 6 DATASEC
        for entry: UInt32 in [3, 4, 5, 99] {
            btf.word(entry)
            btf.word(0)
            btf.word(0)
        }
        let object = try decode(ELFBuilder.withBTF(btf.build()))
        #expect(object.externs == [
            BPFExtern(name: "typeless", section: .ksyms, kind: .variable, isWeak: false, isTyped: false, hasUndefinedSymbol: false),
            BPFExtern(name: "cyclic", section: .ksyms, kind: .variable, isWeak: false, isTyped: true, hasUndefinedSymbol: false),
        ])
    }

    @Test func repeatedStructOpsSectionsShareOneReading() throws {
        var btf = BTFBuilder()
        btf.type("int", kind: 1, sizeOrType: 4)  // 1 INT
        btf.word(32)
        btf.type("ops", kind: 14, sizeOrType: 1)  // 2 VAR
        btf.word(1)
        btf.type("?.struct_ops", kind: 15, vlen: 1)  // 3 DATASEC
        btf.word(2)
        btf.word(0)
        btf.word(4)
        var builder = ELFBuilder.withBTF(btf.build())
        for _ in 0..<2_000 {
            builder.sections.append(.init(name: "?.struct_ops", type: 1, flags: 3, data: [0, 0, 0, 0]))
        }
        builder.sections.append(.init(name: ".struct_ops.linked", type: 1, flags: 3, data: [0, 0, 0, 0]))
        let object = try decode(builder)
        #expect(object.structOpsSections.count == 2_000)
        let odd = object.structOpsSections.filter { $0.variables != ["ops"] || $0.isLink || !$0.isOptional }
        #expect(odd.isEmpty)
    }

    @Test func structOpsSectionWithoutBTFHasNoVariables() throws {
        var builder = ELFBuilder.minimalProgram()
        builder.sections.append(.init(name: ".struct_ops.link", type: 1, flags: 3, data: [0, 0, 0, 0]))
        let object = try decode(builder)
        #expect(object.structOpsSections.map(\.name) == [".struct_ops.link"])
        #expect(object.structOpsSections.first?.variables == [])
        #expect(object.structOpsSections.first?.isLink == true)
    }
}
