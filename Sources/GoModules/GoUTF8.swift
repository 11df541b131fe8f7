/// UTF-8 handling with the go command's rules: an invalid byte decodes to U+FFFD and advances by one
/// byte (Go's `utf8.DecodeRune`), so columns, lengths and replacement characters match Go's.
enum GoUTF8 {
    static let replacement: UInt32 = 0xFFFD

    /// Decodes the rune starting at `index` (which must be a valid index of `bytes`).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let count = bytes.count
        func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> UInt32? {
            let position = index + offset
            guard position < count else { return nil }
            let byte = bytes[position]
            guard byte >= low && byte <= high else { return nil }
            return UInt32(byte & 0x3F)
        }
        switch b0 {
        case 0xC2...0xDF:
            guard let c1 = continuation(1) else { break }
            return ((UInt32(b0 & 0x1F) << 6) | c1, 2)
        case 0xE0...0xEF:
            let low: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = b0 == 0xED ? 0x9F : 0xBF
            guard let c1 = continuation(1, low, high), let c2 = continuation(2) else { break }
            return ((UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2, 3)
        case 0xF0...0xF4:
            let low: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
            guard let c1 = continuation(1, low, high), let c2 = continuation(2), let c3 = continuation(3) else {
                break
            }
            return ((UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, 4)
        default:
            break
        }
        return (replacement, 1)
    }

    /// Runs `body` over the bytes as one contiguous buffer, copying only when the collection is not contiguous.
    static func withBuffer<C: Collection<UInt8>, R>(_ bytes: C, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = bytes.withContiguousStorageIfAvailable(body) { return result }
        return Array(bytes).withUnsafeBufferPointer(body)
    }

    /// Whether `bytes` is valid UTF-8.
    static func isValid<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        withBuffer(bytes) { buffer in
            var index = 0
            while index < buffer.count {
                if buffer[index] < 0x80 {
                    index += 1
                    continue
                }
                let (scalar, length) = decode(buffer, at: index)
                if scalar == replacement && length == 1 { return false }
                index += length
            }
            return true
        }
    }

    /// Converts bytes to a String the way Go's JSON encoder shows them: each invalid byte becomes U+FFFD.
    static func string<C: Collection<UInt8>>(_ bytes: C) -> String {
        // Module files are almost always ASCII: decode those without the generic validating path.
        if let ascii = bytes.withContiguousStorageIfAvailable({ buffer -> String? in
            buffer.allSatisfy { $0 < 0x80 } ? String(decoding: buffer, as: UTF8.self) : nil
        }), let ascii {
            return ascii
        }
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        return withBuffer(bytes) { buffer in
            var scalars = String.UnicodeScalarView()
            var index = 0
            while index < buffer.count {
                let (value, length) = decode(buffer, at: index)
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                index += length
            }
            return String(scalars)
        }
    }

    /// Appends the UTF-8 encoding of `scalar`; an invalid scalar value is written as U+FFFD.
    static func append(_ scalar: UInt32, to bytes: inout [UInt8]) {
        let value = Unicode.Scalar(scalar) ?? "\u{FFFD}"
        if let encoded = UTF8.encode(value) {
            bytes.append(contentsOf: encoded)
        }
    }

    /// Number of runes in `bytes`, counting each invalid byte as one.
    static func runeCount<C: Collection<UInt8>>(_ bytes: C) -> Int {
        withBuffer(bytes) { buffer in
            var index = 0
            var runes = 0
            while index < buffer.count {
                index += buffer[index] < 0x80 ? 1 : decode(buffer, at: index).length
                runes += 1
            }
            return runes
        }
    }
}
