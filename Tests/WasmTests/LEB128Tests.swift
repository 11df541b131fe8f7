import Testing
@testable import Wasm

/// LEB128 as the binary format defines it: padding up to the type's byte limit is allowed (Go pads section
/// sizes to five bytes), longer encodings and set bits beyond the type's width are not.
@Suite struct LEB128Tests {
    private func read<T>(
        _ bytes: [UInt8], _ body: (inout ByteReader) throws(WasmDecodeError) -> T
    ) -> Result<T, WasmDecodeError> {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = ByteReader(buffer)
            do throws(WasmDecodeError) {
                let value = try body(&reader)
                return reader.isAtEnd ? .success(value) : .failure(reader.error(.sizeMismatch(declaredEnd: reader.end)))
            } catch {
                return .failure(error)
            }
        }
    }

    private func failure(_ offset: Int, _ reason: WasmDecodeError.Reason) -> WasmDecodeError {
        WasmDecodeError(offset: offset, section: nil, reason: reason)
    }

    @Test func unsigned32() {
        let u32: (inout ByteReader) throws(WasmDecodeError) -> UInt32 = { reader throws(WasmDecodeError) in try reader.readU32() }
        #expect(read([0x00], u32) == .success(0))
        #expect(read([0xE5, 0x8E, 0x26], u32) == .success(624_485))
        #expect(read([0x80, 0x00], u32) == .success(0))
        #expect(read([0x80, 0x80, 0x80, 0x80, 0x00], u32) == .success(0))
        #expect(read([0xFF, 0xFF, 0xFF, 0xFF, 0x0F], u32) == .success(UInt32.max))
        #expect(read([0xFF, 0xFF, 0xFF, 0xFF, 0x1F], u32) == .failure(failure(0, .integerTooLarge(bits: 32))))
        #expect(read([0x80, 0x80, 0x80, 0x80, 0x10], u32) == .failure(failure(0, .integerTooLarge(bits: 32))))
        #expect(read([0x80, 0x80, 0x80, 0x80, 0x80, 0x00], u32) == .failure(failure(0, .overlongInteger(maximumBytes: 5))))
        #expect(read([0x80, 0x80], u32) == .failure(failure(2, .unexpectedEnd)))
        #expect(read([], u32) == .failure(failure(0, .unexpectedEnd)))
    }

    @Test func unsigned64() {
        let u64: (inout ByteReader) throws(WasmDecodeError) -> UInt64 = { reader throws(WasmDecodeError) in try reader.readU64() }
        #expect(read([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01], u64) == .success(UInt64.max))
        #expect(read([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02], u64)
            == .failure(failure(0, .integerTooLarge(bits: 64))))
        #expect(read([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00], u64)
            == .failure(failure(0, .overlongInteger(maximumBytes: 10))))
    }

    @Test func signed32() {
        let s32: (inout ByteReader) throws(WasmDecodeError) -> Int64 = { reader throws(WasmDecodeError) in try reader.readSigned(bits: 32) }
        #expect(read([0x7F], s32) == .success(-1))
        #expect(read([0x3F], s32) == .success(63))
        #expect(read([0x40], s32) == .success(-64))
        #expect(read([0xC0, 0xBB, 0x78], s32) == .success(-123_456))
        #expect(read([0xFF, 0xFF, 0xFF, 0xFF, 0x7F], s32) == .success(-1))
        #expect(read([0xFF, 0xFF, 0xFF, 0xFF, 0x07], s32) == .success(Int64(Int32.max)))
        #expect(read([0x80, 0x80, 0x80, 0x80, 0x78], s32) == .success(Int64(Int32.min)))
        #expect(read([0x80, 0x80, 0x80, 0x80, 0x70], s32) == .failure(failure(0, .integerTooLarge(bits: 32))))
        #expect(read([0xFF, 0xFF, 0xFF, 0xFF, 0x0F], s32) == .failure(failure(0, .integerTooLarge(bits: 32))))
        #expect(read([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F], s32) == .failure(failure(0, .overlongInteger(maximumBytes: 5))))
    }

    @Test func signed33And64() {
        let s33: (inout ByteReader) throws(WasmDecodeError) -> Int64 = { reader throws(WasmDecodeError) in try reader.readSigned(bits: 33) }
        let s64: (inout ByteReader) throws(WasmDecodeError) -> Int64 = { reader throws(WasmDecodeError) in try reader.readSigned(bits: 64) }
        #expect(read([0xFF, 0xFF, 0xFF, 0xFF, 0x0F], s33) == .success(Int64(UInt32.max)))
        #expect(read([0x80, 0x80, 0x80, 0x80, 0x70], s33) == .success(-(1 << 32)))
        #expect(read([0x80, 0x80, 0x80, 0x80, 0x20], s33) == .failure(failure(0, .integerTooLarge(bits: 33))))
        #expect(read([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00], s64) == .success(Int64.max))
        #expect(read([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F], s64) == .success(Int64.min))
        #expect(read([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01], s64)
            == .failure(failure(0, .integerTooLarge(bits: 64))))
    }

    @Test func countsAreCheckedAgainstTheBytesLeft() {
        let count: (inout ByteReader) throws(WasmDecodeError) -> Int = { reader throws(WasmDecodeError) in
            let count = try reader.readCount(minimumItemSize: 2)
            try reader.skip(reader.bytesLeft)
            return count
        }
        #expect(read([0x02, 0x00, 0x00, 0x00, 0x00], count) == .success(2))
        #expect(read([0x03, 0x00, 0x00, 0x00, 0x00], count)
            == .failure(failure(0, .countTooLarge(count: 3, bytesLeft: 4))))
        #expect(read([0xFF, 0xFF, 0xFF, 0xFF, 0x0F], count)
            == .failure(failure(0, .countTooLarge(count: 4_294_967_295, bytesLeft: 0))))
    }

    @Test func names() {
        let name: (inout ByteReader) throws(WasmDecodeError) -> String = { reader throws(WasmDecodeError) in try reader.readName() }
        #expect(read([0x03, 0x61, 0x62, 0x63], name) == .success("abc"))
        #expect(read([0x00], name) == .success(""))
        #expect(read([0x02, 0xC3, 0xA9], name) == .success("\u{E9}"))
        #expect(read([0x02, 0xC3, 0x28], name) == .failure(failure(0, .invalidUTF8)))
        #expect(read([0x05, 0x61], name) == .failure(failure(0, .sizeTooLarge(size: 5, bytesLeft: 1))))
    }
}
