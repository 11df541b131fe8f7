/// A window of the file with bounds-checked reads of integers in the file's byte order.
///
/// Offsets given to the read functions are relative to the window; errors report absolute file offsets.
struct ByteView {
    let bytes: [UInt8]
    let start: Int
    let end: Int
    let bigEndian: Bool
    /// What the window holds, for messages ("section header 3", ".BTF").
    let what: String

    init(bytes: [UInt8], bigEndian: Bool, what: String) {
        self.bytes = bytes
        self.start = 0
        self.end = bytes.count
        self.bigEndian = bigEndian
        self.what = what
    }

    private init(bytes: [UInt8], start: Int, end: Int, bigEndian: Bool, what: String) {
        self.bytes = bytes
        self.start = start
        self.end = end
        self.bigEndian = bigEndian
        self.what = what
    }

    var count: Int { end - start }

    /// A sub-window; `kind` is the error reported when it does not fit.
    func window(at offset: UInt64, length: UInt64, what: String, kind: BPFDecodeError.Kind = .truncated)
        throws(BPFDecodeError) -> ByteView
    {
        guard fits(offset: offset, length: length) else {
            throw BPFDecodeError(
                kind: kind, offset: absolute(offset),
                message: "\(what) at offset \(offset) with size \(length) does not fit in \(self.what) of \(count) bytes")
        }
        let lower = start + Int(offset)
        return ByteView(bytes: bytes, start: lower, end: lower + Int(length), bigEndian: bigEndian, what: what)
    }

    /// The window from `offset` to its end.
    func suffix(from offset: Int, what: String) throws(BPFDecodeError) -> ByteView {
        guard offset >= 0, offset <= count else {
            throw BPFDecodeError(
                kind: .truncated, offset: end,
                message: "\(what) starts at offset \(offset), past the end of \(self.what) (\(count) bytes)")
        }
        return ByteView(bytes: bytes, start: start + offset, end: end, bigEndian: bigEndian, what: what)
    }

    func fits(offset: UInt64, length: UInt64) -> Bool {
        let size = UInt64(count)
        return offset <= size && length <= size - offset
    }

    /// Absolute file offset of a window offset, clamped to the window's end for messages.
    func absolute(_ offset: UInt64) -> Int {
        offset >= UInt64(count) ? end : start + Int(offset)
    }

    func u8(_ offset: Int) throws(BPFDecodeError) -> UInt8 {
        try check(offset, 1)
        return bytes[start + offset]
    }

    func u16(_ offset: Int) throws(BPFDecodeError) -> UInt16 {
        try check(offset, 2)
        return UInt16(truncatingIfNeeded: load(start + offset, 2))
    }

    func u32(_ offset: Int) throws(BPFDecodeError) -> UInt32 {
        try check(offset, 4)
        return UInt32(truncatingIfNeeded: load(start + offset, 4))
    }

    func u64(_ offset: Int) throws(BPFDecodeError) -> UInt64 {
        try check(offset, 8)
        return load(start + offset, 8)
    }

    /// The window's bytes.
    var slice: ArraySlice<UInt8> { bytes[start..<end] }

    /// Reads an integer of `size` bytes whose bounds the caller has checked.
    func uncheckedLoad(_ offset: Int, _ size: Int) -> UInt64 {
        load(start + offset, size)
    }

    private func check(_ offset: Int, _ size: Int) throws(BPFDecodeError) {
        guard offset >= 0, offset <= count - size else {
            throw BPFDecodeError(
                kind: .truncated, offset: offset < 0 ? start : min(start + offset, end),
                message: "\(what) needs \(size) bytes at offset \(offset) but has \(count)")
        }
    }

    private func load(_ absolute: Int, _ size: Int) -> UInt64 {
        var value: UInt64 = 0
        if bigEndian {
            for index in 0..<size { value = value << 8 | UInt64(bytes[absolute + index]) }
        } else {
            for index in stride(from: size - 1, through: 0, by: -1) { value = value << 8 | UInt64(bytes[absolute + index]) }
        }
        return value
    }
}
