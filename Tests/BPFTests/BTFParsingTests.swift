import BPF
import Testing

/// `.BTF` sections built by hand: every kind, sizes, reference cycles, the layout section, and malformed headers.
@Suite struct BTFParsingTests {
    private func decode(_ builder: ELFBuilder) throws -> BPFObject {
        try BPFObject.decode(builder.build())
    }

    private func failure(_ builder: ELFBuilder) throws -> BPFDecodeError? {
        do {
            _ = try BPFObject.decode(builder.build())
            return nil
        } catch {
            return error
        }
    }

    /// One type of every kind.
    private func allKinds(bigEndian: Bool) -> BTFBuilder {
        var btf = BTFBuilder(bigEndian: bigEndian)
        btf.type("int", kind: 1, sizeOrType: 4)  // 1
        btf.word(0x0100_0020)
        btf.type(kind: 2, sizeOrType: 1)  // 2 PTR
        btf.type(kind: 3)  // 3 ARRAY of 3 STRUCT
        btf.word(4)
        btf.word(1)
        btf.word(3)
        btf.type("pair", kind: 4, vlen: 2, sizeOrType: 12)  // 4 STRUCT
        btf.word(btf.string("a"))
        btf.word(1)
        btf.word(0)
        btf.word(btf.string("b"))
        btf.word(2)
        btf.word(32)
        btf.type("either", kind: 5, vlen: 1, sizeOrType: 4)  // 5 UNION
        btf.word(btf.string("x"))
        btf.word(1)
        btf.word(0)
        btf.type("color", kind: 6, vlen: 2, kindFlag: true, sizeOrType: 4)  // 6 ENUM, signed
        btf.word(btf.string("RED"))
        btf.word(UInt32(bitPattern: -1))
        btf.word(btf.string("BLUE"))
        btf.word(2)
        btf.type("later", kind: 7)  // 7 FWD
        btf.type("myint", kind: 8, sizeOrType: 10)  // 8 TYPEDEF -> CONST
        btf.type(kind: 9, sizeOrType: 1)  // 9 VOLATILE
        btf.type(kind: 10, sizeOrType: 9)  // 10 CONST -> VOLATILE -> int
        btf.type(kind: 11, sizeOrType: 2)  // 11 RESTRICT
        btf.type("f", kind: 12, vlen: 1, sizeOrType: 13)  // 12 FUNC, global
        btf.type(kind: 13, vlen: 1, sizeOrType: 1)  // 13 FUNC_PROTO
        btf.word(btf.string("arg"))
        btf.word(1)
        btf.type("counter", kind: 14, sizeOrType: 1)  // 14 VAR
        btf.word(1)
        btf.type(".data", kind: 15, vlen: 1, sizeOrType: 4)  // 15 DATASEC
        btf.word(14)
        btf.word(0)
        btf.word(4)
        btf.type("double", kind: 16, sizeOrType: 8)  // 16 FLOAT
        btf.type("tag", kind: 17, sizeOrType: 4)  // 17 DECL_TAG
        btf.word(UInt32(bitPattern: -1))
        btf.type("user", kind: 18, sizeOrType: 2)  // 18 TYPE_TAG
        btf.type("big", kind: 19, vlen: 1, sizeOrType: 8)  // 19 ENUM64
        btf.word(btf.string("HUGE"))
        btf.word(0x0000_0001)
        btf.word(0x8000_0000)
        return btf
    }

    @Test(arguments: [false, true]) func everyKind(bigEndian: Bool) throws {
        let object = try decode(.withBTF(allKinds(bigEndian: bigEndian).build(), bigEndian: bigEndian))
        let btf = try #require(object.btf)
        #expect(btf.headerLength == 24)
        #expect(btf.types.count == 19)
        #expect(btf.types.map(\.kind.rawValue) == Array(1...19))
        #expect(btf.name(of: btf.types[3]) == "pair")
        #expect(btf.types[0].detail == .int(encoding: 1, bitOffset: 0, bits: 32))
        guard case .enumerators(let colors) = btf.types[5].detail, case .enumerators(let huge) = btf.types[18].detail
        else {
            Issue.record("enumerators missing")
            return
        }
        #expect(colors.map(\.value) == [-1, 2])
        #expect(huge.map(\.value) == [Int64(bitPattern: 0x8000_0000_0000_0001)])
        #expect(btf.types[11].vlen == 1)
        #expect(btf.types[16].detail == .declarationTag(componentIndex: -1))
    }

    @Test func sizesFollowReferences() throws {
        let btf = try #require(try decode(.withBTF(allKinds(bigEndian: false).build())).btf)
        #expect(btf.size(of: 1) == 4)
        #expect(btf.size(of: 2) == 8)
        #expect(btf.size(of: 3) == 36)
        #expect(btf.size(of: 8) == 4)
        #expect(btf.size(of: 14) == 4)
        #expect(btf.size(of: 12) == nil)
        #expect(btf.size(of: 0) == nil)
        #expect(btf.size(of: 99) == nil)
        #expect(btf.skippingModifiers(8) == 1)
    }

    @Test func referenceCyclesEnd() throws {
        var btf = BTFBuilder()
        btf.type("a", kind: 8, sizeOrType: 2)
        btf.type("b", kind: 8, sizeOrType: 1)
        btf.type(kind: 3)  // ARRAY of itself
        btf.word(3)
        btf.word(1)
        btf.word(2)
        let info = try #require(try decode(.withBTF(btf.build())).btf)
        #expect(info.skippingModifiers(1) == nil)
        #expect(info.size(of: 1) == nil)
        #expect(info.size(of: 3) == nil)
    }

    @Test func unknownKindNeedsTheLayoutSection() throws {
        var btf = BTFBuilder()
        btf.type("int", kind: 1, sizeOrType: 4)
        btf.word(0x20)
        btf.type("future", kind: 25, vlen: 2)  // 4 bytes of info and 2 entries of 8 bytes
        btf.word(0)
        for _ in 0..<4 { btf.word(0) }
        btf.type(kind: 2, sizeOrType: 1)
        let noLayout = try failure(.withBTF(btf.build()))
        #expect(noLayout?.kind == .malformedBTF)
        #expect(noLayout?.message.contains("unknown kind 25") == true)

        var layout = [UInt8](repeating: 0, count: 26 * 4)
        layout[25 * 4] = 4
        layout[25 * 4 + 1] = 8
        let info = try #require(try decode(.withBTF(btf.build(layout: layout))).btf)
        #expect(info.headerLength == 32)
        #expect(info.hasLayout)
        #expect(info.types.map(\.kind) == [.int, .unknown(25), .pointer])
    }

    @Test func malformedHeaders() throws {
        let good = allKinds(bigEndian: false).build()
        var bytes = good
        bytes[0] = 0x00
        #expect(try failure(.withBTF(bytes))?.message.contains("magic") == true)
        bytes = good
        bytes.swapAt(0, 1)
        #expect(try failure(.withBTF(bytes))?.message.contains("other byte order") == true)
        bytes = good
        bytes[2] = 2
        #expect(try failure(.withBTF(bytes))?.message.contains("version is 2") == true)
        bytes = good
        bytes[4] = 16
        #expect(try failure(.withBTF(bytes))?.kind == .malformedBTF)
        bytes = good
        bytes[4] = 0xff
        bytes[5] = 0xff
        #expect(try failure(.withBTF(bytes))?.kind == .malformedBTF)
        bytes = good
        bytes[bytes.count - 1] = UInt8(ascii: "x")
        #expect(try failure(.withBTF(bytes))?.message.contains("NUL") == true)
        bytes = good
        bytes[8] = 2
        #expect(try failure(.withBTF(bytes))?.message.contains("aligned") == true)
    }

    @Test func hugeVlenIsRefused() throws {
        var btf = BTFBuilder()
        btf.type("s", kind: 4, vlen: 0xff_ffff, sizeOrType: 4)
        let error = try failure(.withBTF(btf.build()))
        #expect(error?.kind == .malformedBTF)
        #expect(error?.message.contains("vlen 16777215") == true)
    }

    @Test func bigEndianBTFInLittleEndianFileIsRefused() throws {
        let error = try failure(.withBTF(allKinds(bigEndian: true).build(), bigEndian: false))
        #expect(error?.kind == .malformedBTF)
        #expect(error?.message.contains("other byte order") == true)
    }
}
