/// A bounds-checked cursor over the input. Every read checks against `end`, which shrinks while a section
/// or function body is being decoded, so a lying size can never make the decoder read past its container.
///
/// It reads through a buffer pointer rather than the array because the instruction walk touches every byte
/// of the code section, and array access costs a retain/release per byte in debug builds. The pointer is
/// only valid inside `WasmModule.decode`'s `withUnsafeBufferPointer`, which no reader outlives.
struct ByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    private(set) var end: Int
    /// The section being decoded, stamped into every error.
    var section: WasmSectionID?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.position = 0
        self.end = bytes.count
    }

    var bytesLeft: Int { end - position }
    var isAtEnd: Bool { position >= end }

    func error(_ reason: WasmDecodeError.Reason, at offset: Int? = nil) -> WasmDecodeError {
        WasmDecodeError(offset: offset ?? position, section: section, reason: reason)
    }

    // MARK: Scoping

    /// Narrows the readable range to the next `size` bytes and returns the previous end for `restoreEnd`.
    /// The caller has already checked `size` against `bytesLeft`.
    mutating func narrow(to size: Int) -> Int {
        let previous = end
        end = position + size
        return previous
    }

    mutating func restoreEnd(_ previous: Int) {
        end = previous
    }

    /// Moves to `newPosition`, which the caller read up to itself; it is clamped to the readable range.
    mutating func seek(to newPosition: Int) {
        position = min(max(newPosition, 0), end)
    }

    // MARK: Bytes

    mutating func readByte() throws(WasmDecodeError) -> UInt8 {
        guard position < end else { throw error(.unexpectedEnd, at: end) }
        position += 1
        return bytes[position - 1]
    }

    func peekByte() throws(WasmDecodeError) -> UInt8 {
        guard position < end else { throw error(.unexpectedEnd, at: end) }
        return bytes[position]
    }

    mutating func skip(_ count: Int) throws(WasmDecodeError) {
        guard count <= bytesLeft else { throw error(.unexpectedEnd, at: end) }
        position += count
    }

    mutating func readBytes(_ count: Int) throws(WasmDecodeError) -> [UInt8] {
        guard count <= bytesLeft else { throw error(.unexpectedEnd, at: end) }
        let copy = Array(UnsafeBufferPointer(rebasing: bytes[position..<(position + count)]))
        position += count
        return copy
    }

    // MARK: LEB128

    // The one-byte fast paths declare no locals: debug builds zero a stack slot per local on every call,
    // and these run for nearly every instruction.

    /// Reads an unsigned LEB128 integer of `bits` bits (at most ⌈bits/7⌉ bytes, padding allowed, unused
    /// bits of the last byte zero).
    mutating func readUnsigned(bits: Int) throws(WasmDecodeError) -> UInt64 {
        if position < end && bytes[position] < 0x80 {
            position += 1
            return UInt64(bytes[position - 1])
        }
        return try readLongUnsigned(bits: bits)
    }

    private mutating func readLongUnsigned(bits: Int) throws(WasmDecodeError) -> UInt64 {
        let start = position
        var result: UInt64 = 0
        var shift = 0
        while true {
            guard position < end else { throw error(.unexpectedEnd, at: end) }
            position += 1
            result |= UInt64(bytes[position - 1] & 0x7F) << UInt64(shift)
            shift += 7
            if shift >= bits {
                try checkFinalByte(bytes[position - 1], bits: bits, usedBits: bits - shift + 7, signed: false, start: start)
                return result
            }
            if bytes[position - 1] & 0x80 == 0 { return result }
        }
    }

    /// Reads a signed LEB128 integer of `bits` bits; the unused bits of a full-length encoding must repeat
    /// the sign bit.
    mutating func readSigned(bits: Int) throws(WasmDecodeError) -> Int64 {
        if position < end && bytes[position] < 0x80 {
            position += 1
            return Int64(bytes[position - 1]) - (bytes[position - 1] & 0x40 != 0 ? 0x80 : 0)
        }
        return try readLongSigned(bits: bits)
    }

    private mutating func readLongSigned(bits: Int) throws(WasmDecodeError) -> Int64 {
        let start = position
        var result: Int64 = 0
        var shift = 0
        while true {
            guard position < end else { throw error(.unexpectedEnd, at: end) }
            position += 1
            result |= Int64(bytes[position - 1] & 0x7F) << Int64(shift)
            shift += 7
            if shift >= bits {
                try checkFinalByte(bytes[position - 1], bits: bits, usedBits: bits - shift + 7, signed: true, start: start)
            }
            if shift >= bits || bytes[position - 1] & 0x80 == 0 {
                if shift < 64 && bytes[position - 1] & 0x40 != 0 { result |= Int64(-1) << Int64(shift) }
                return result
            }
        }
    }

    /// The last byte an integer of `bits` bits may use must end it, and its bits beyond `usedBits` must be
    /// zero (unsigned) or copies of the sign bit (signed).
    private func checkFinalByte(
        _ byte: UInt8, bits: Int, usedBits: Int, signed: Bool, start: Int
    ) throws(WasmDecodeError) {
        if byte & 0x80 != 0 { throw error(.overlongInteger(maximumBytes: (bits + 6) / 7), at: start) }
        let high = (byte & 0x7F) >> UInt8(signed ? usedBits - 1 : usedBits)
        let allowed: Bool = signed ? (high == 0 || high == 0x7F >> UInt8(usedBits - 1)) : high == 0
        if !allowed { throw error(.integerTooLarge(bits: bits), at: start) }
    }

    mutating func readU32() throws(WasmDecodeError) -> UInt32 {
        if position < end && bytes[position] < 0x80 {
            position += 1
            return UInt32(bytes[position - 1])
        }
        return UInt32(truncatingIfNeeded: try readLongUnsigned(bits: 32))
    }

    mutating func readU64() throws(WasmDecodeError) -> UInt64 {
        try readUnsigned(bits: 64)
    }

    // MARK: Vectors and names

    /// Reads a vector length and rejects it at once unless `count × minimumItemSize` bytes are left, so no
    /// storage is reserved for items that cannot exist.
    mutating func readCount(minimumItemSize: Int = 1) throws(WasmDecodeError) -> Int {
        let start = position
        let count = try readU32()
        let left = bytesLeft
        if UInt64(count) * UInt64(minimumItemSize) > UInt64(left) {
            throw error(.countTooLarge(count: UInt64(count), bytesLeft: left), at: start)
        }
        return Int(count)
    }

    /// Reads a size (of a section, body or payload) and checks it against the bytes left.
    mutating func readSize() throws(WasmDecodeError) -> Int {
        let start = position
        let size = try readU32()
        let left = bytesLeft
        if Int(size) > left { throw error(.sizeTooLarge(size: UInt64(size), bytesLeft: left), at: start) }
        return Int(size)
    }

    /// Reads a length-prefixed UTF-8 name.
    mutating func readName() throws(WasmDecodeError) -> String {
        let start = position
        let length = try readSize()
        let slice = bytes[position..<(position + length)]
        guard let name = String(validating: slice, as: UTF8.self) else { throw error(.invalidUTF8, at: start) }
        position += length
        return name
    }
}
