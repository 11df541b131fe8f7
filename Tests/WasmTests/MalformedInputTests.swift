import Testing
@testable import Wasm

/// Each broken fixture (fixtures/wasm/src/broken.py) fails with the documented offset, section and reason,
/// and hostile counts are refused before anything is allocated.
@Suite struct MalformedInputTests {
    static let expectations: [(String, WasmDecodeError)] = [
        ("truncated-header.wasm", .init(offset: 6, section: nil, reason: .unexpectedEnd)),
        ("bad-magic.wasm", .init(offset: 0, section: nil, reason: .badMagic)),
        ("bad-version.wasm", .init(offset: 4, section: nil, reason: .unsupportedVersion(version: 2, layer: 0))),
        ("truncated-code.wasm", .init(offset: 32, section: .code, reason: .sizeTooLarge(size: 6, bytesLeft: 4))),
        ("lying-size-long.wasm", .init(offset: 9, section: .type, reason: .sizeTooLarge(size: 64, bytesLeft: 29))),
        ("lying-size-short.wasm", .init(offset: 13, section: .type, reason: .unexpectedEnd)),
        ("lying-size-trailing.wasm", .init(offset: 19, section: .function, reason: .sizeMismatch(declaredEnd: 20))),
        ("huge-count.wasm", .init(offset: 10, section: .import,
                                  reason: .countTooLarge(count: 4_294_967_295, bytesLeft: 5))),
        ("count-2-pow-32.wasm", .init(offset: 10, section: .import, reason: .integerTooLarge(bits: 32))),
        ("overlong-count.wasm", .init(offset: 17, section: .function, reason: .overlongInteger(maximumBytes: 5))),
        ("overlong-section-size.wasm", .init(offset: 9, section: .type, reason: .overlongInteger(maximumBytes: 5))),
        ("signed-leb-bad-sign.wasm", .init(offset: 37, section: .code, reason: .integerTooLarge(bits: 32))),
        ("unknown-section.wasm", .init(offset: 8, section: nil, reason: .unknownSection(id: 14))),
        ("out-of-order.wasm", .init(offset: 12, section: .type, reason: .sectionOutOfOrder(after: .function))),
        ("duplicate-section.wasm", .init(offset: 15, section: .type, reason: .duplicateSection)),
        ("unknown-opcode.wasm", .init(offset: 38, section: .code, reason: .unknownOpcode(prefix: nil, code: 0xFF))),
        ("function-code-mismatch.wasm", .init(offset: 34, section: .code,
                                              reason: .functionCodeCountMismatch(functions: 2, bodies: 1))),
        ("invalid-utf8-name.wasm", .init(offset: 27, section: .export, reason: .invalidUTF8)),
        ("missing-end.wasm", .init(offset: 38, section: .code, reason: .unexpectedEnd)),
        ("component-truncated.wasm", .init(offset: 9, section: nil, reason: .sizeTooLarge(size: 100, bytesLeft: 2))),
    ]

    @Test(arguments: expectations)
    func brokenFixture(_ name: String, fails expected: WasmDecodeError) throws {
        let bytes = try Fixtures.bytes("broken/" + name)
        #expect(throws: expected) { try WasmModule.decode(bytes) }
    }

    @Test func everyBrokenFixtureHasAnExpectation() {
        #expect(Fixtures.names(in: "broken") == Self.expectations.map(\.0).sorted())
    }

    /// Issue 4: "a module declaring 2^32 imports in a 20-byte file is rejected at once".
    @Test func hugeImportCountIsRejectedAtOnce() throws {
        let bytes = try Fixtures.bytes("broken/huge-count.wasm")
        #expect(bytes.count == 20)
        // Rejected from the count alone, before anything is allocated for the imports (no wall-clock
        // assertion: speed belongs in benchmarks/).
        #expect {
            try WasmModule.decode(bytes)
        } throws: { error in
            guard let error = error as? WasmDecodeError, case .countTooLarge = error.reason else { return false }
            return true
        }
    }

    @Test func errorDescriptionNamesOffsetAndSection() {
        let error = WasmDecodeError(offset: 10, section: .import, reason: .countTooLarge(count: 4_294_967_295, bytesLeft: 5))
        #expect(error.description == "offset 0xa (import section): count 4294967295 does not fit in the 5 bytes left")
        #expect(WasmDecodeError(offset: 0, section: nil, reason: .badMagic).description
            == "offset 0x0: not a WebAssembly binary (bad magic bytes)")
    }

    /// Hostile counts deeper inside a module: each is refused where it is read.
    @Test(arguments: [
        // br_table with 2^32-1 targets
        (ModuleBytes.function(body: [0x00, 0x0E, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x0B]),
         WasmDecodeError(offset: 24, section: .code, reason: .countTooLarge(count: 4_294_967_295, bytesLeft: 1))),
        // local groups adding up to more than 2^32-1 locals
        (ModuleBytes.function(body: [0x02, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x7F, 0x01, 0x7F, 0x0B]),
         WasmDecodeError(offset: 29, section: .code, reason: .tooManyLocals)),
        // a struct type with 2^32-1 fields
        (ModuleBytes.header + ModuleBytes.section(1, [0x01, 0x5F, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]),
         WasmDecodeError(offset: 12, section: .type, reason: .countTooLarge(count: 4_294_967_295, bytesLeft: 0))),
        // a rec group of 2^32-1 types
        (ModuleBytes.header + ModuleBytes.section(1, [0x01, 0x4E, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]),
         WasmDecodeError(offset: 12, section: .type, reason: .countTooLarge(count: 4_294_967_295, bytesLeft: 0))),
        // a data segment claiming 2^32-1 bytes
        (ModuleBytes.header + ModuleBytes.section(11, [0x01, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]),
         WasmDecodeError(offset: 12, section: .data, reason: .sizeTooLarge(size: 4_294_967_295, bytesLeft: 0))),
        // a function body claiming more bytes than its section has
        (ModuleBytes.header + ModuleBytes.section(1, [0x01, 0x60, 0x00, 0x00]) + ModuleBytes.section(3, [0x01, 0x00])
            + ModuleBytes.section(10, [0x01, 0x10, 0x00, 0x0B]),
         WasmDecodeError(offset: 21, section: .code, reason: .sizeTooLarge(size: 16, bytesLeft: 2))),
    ])
    func hostileCount(_ bytes: [UInt8], fails expected: WasmDecodeError) {
        #expect(throws: expected) { try WasmModule.decode(bytes) }
    }

    @Test(arguments: [
        // `end` then a stray byte inside the body
        (ModuleBytes.function(body: [0x00, 0x0B, 0x01]),
         WasmDecodeError(offset: 24, section: .code, reason: .sizeMismatch(declaredEnd: 25))),
        // legacy `delegate` with no open `try`
        (ModuleBytes.function(body: [0x00, 0x18, 0x00, 0x0B]),
         WasmDecodeError(offset: 23, section: .code, reason: .unbalancedBlocks)),
        // memory argument flags 0x80
        (ModuleBytes.function(body: [0x00, 0x41, 0x00, 0x28, 0x80, 0x01, 0x00, 0x1A, 0x0B]),
         WasmDecodeError(offset: 26, section: .code, reason: .malformedMemoryArgument(128))),
        // unknown 0xFC sub-opcode
        (ModuleBytes.function(body: [0x00, 0xFC, 0x7F, 0x0B]),
         WasmDecodeError(offset: 23, section: .code, reason: .unknownOpcode(prefix: 0xFC, code: 0x7F))),
        // atomic.fence with a non-zero reserved byte
        (ModuleBytes.function(body: [0x00, 0xFE, 0x03, 0x01, 0x0B]),
         WasmDecodeError(offset: 25, section: .code, reason: .unexpectedByte(0x01))),
        // value type 0x55
        (ModuleBytes.function(body: [0x01, 0x01, 0x55, 0x0B]),
         WasmDecodeError(offset: 24, section: .code, reason: .unknownValueType(0x55))),
    ])
    func malformedInstructions(_ bytes: [UInt8], fails expected: WasmDecodeError) {
        #expect(throws: expected) { try WasmModule.decode(bytes) }
    }
}
