/// Builds small binaries byte by byte for tests that need one specific malformation.
enum ModuleBytes {
    static let header: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]

    static func uleb(_ value: UInt64) -> [UInt8] {
        var value = value
        var out: [UInt8] = []
        repeat {
            let low = UInt8(value & 0x7F)
            value >>= 7
            out.append(value == 0 ? low : low | 0x80)
        } while value != 0
        return out
    }

    static func name(_ text: String) -> [UInt8] {
        uleb(UInt64(text.utf8.count)) + Array(text.utf8)
    }

    static func section(_ id: UInt8, _ body: [UInt8]) -> [UInt8] {
        [id] + uleb(UInt64(body.count)) + body
    }

    static func custom(_ name: String, _ payload: [UInt8]) -> [UInt8] {
        section(0, Self.name(name) + payload)
    }

    /// A module with one `() -> ()` function whose body (locals and instructions, `end` included) is `body`.
    static func function(body: [UInt8]) -> [UInt8] {
        header + section(1, [0x01, 0x60, 0x00, 0x00]) + section(3, [0x01, 0x00])
            + section(10, [0x01] + uleb(UInt64(body.count)) + body)
    }
}
