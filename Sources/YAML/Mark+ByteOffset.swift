extension Mark {
    /// The mark of the byte at `offset`, counting lines and columns the way libyaml's scanner does:
    /// columns in Unicode scalars; `\r\n`, `\r`, `\n`, NEL, LS and PS end a line.
    init(byteOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                let isCRLF = byte == 0x0D && index + 1 < end && bytes[index + 1] == 0x0A
                index += isCRLF ? 2 : 1
                line += 1
                column = 1
                continue
            }
            if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0x85 {
                index += 2
                line += 1
                column = 1
                continue
            }
            if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                index += 3
                line += 1
                column = 1
                continue
            }
            // Continuation bytes belong to the scalar already counted.
            if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        self.init(line: line, column: column)
    }
}
