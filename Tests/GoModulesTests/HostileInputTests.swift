import GoModules
import Testing

@Suite("Hostile input never crashes")
struct HostileInputTests {
    /// Parses with all four parsers; for go.mod/go.work the error line must be inside the file.
    private func survive(_ bytes: [UInt8]) {
        let lines = bytes.count(where: { $0 == 0x0A }) + 1
        for isWork in [false, true] {
            do {
                if isWork {
                    _ = GoEditJSON.render(try GoWorkFile.parse(bytes, fileName: "go.work"))
                } else {
                    _ = GoEditJSON.render(try GoModFile.parse(bytes, fileName: "go.mod"))
                }
            } catch {
                #expect((1...lines).contains(error.line), "\(error)")
                #expect(error.column >= 1)
            }
        }
        let sum = GoSum.parse(bytes, fileName: "go.sum")
        #expect(sum.problems.allSatisfy { (1...lines).contains($0.line) })
        let vendor = VendorModules.parse(bytes, fileName: "modules.txt")
        #expect(vendor.problems.allSatisfy { (1...lines).contains($0.line) })
    }

    @Test("NUL bytes, unterminated strings and comments, stray quotes")
    func specialBytes() throws {
        for text in [
            "module \0\n", "module \"abc", "module \"abc\\", "module `abc", "require (\n\t\"a\\", "/*", "module x/*",
            "module a\"b\n", "require (\n", ")\n", "((((\n", "module \"\\u12\"\n", "\"\n\"", "module \"\\\n\"",
        ] {
            survive(Array(text.utf8))
        }
        let error = #expect(throws: GoModParseError.self) { try parseMod("module \"abc\\") }
        #expect(error?.message == "unexpected EOF in string")
    }

    @Test("very long lines and deep nesting of parentheses")
    func sizes() throws {
        survive(Array(repeating: UInt8(ascii: "a"), count: 1_000_000))
        survive(Array(("module " + String(repeating: "(", count: 200_000) + "\n").utf8))
        survive(Array((String(repeating: "require (\n", count: 10_000)).utf8))
        survive(Array((String(repeating: ")\n", count: 10_000)).utf8))
        let comments = String(repeating: "// comment line\n", count: 100_000) + "module m\n"
        #expect(try parseMod(comments).module?.path == "m")
        let many = "module m\nrequire (\n" + String(repeating: "\ta.com/b v1.0.0 // indirect\n", count: 20_000) + ")\n"
        #expect(try parseMod(many).requires.count == 20_000)
    }

    @Test("random bytes")
    func randomBytes() {
        var generator = SplitMix64(seed: 0x5EED)
        let alphabet: [UInt8] =
            Array("module require ( ) [ ] , => // /* \" ` ' \\ \n\r\t v1.2.3 a.com/b go 1.21 # ## ".utf8)
            + [0x00, 0x0B, 0xC2, 0xA0, 0xE2, 0x80, 0xA8, 0xFF, 0xED, 0xA0, 0x80, 0xF4, 0x90]
        for _ in 0..<3_000 {
            let length = Int(generator.next() % 200)
            survive((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
        }
    }
}

/// A small deterministic generator so the random test is reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
