import Testing
@testable import Wasm

/// 1,000 variants of every fixture with one to four bytes flipped (seeded, so every run sees the same
/// variants): each decodes to an error inside the input or to a module, never a crash or a hang. Half the
/// variants flip bytes in the first 4 KiB, where the type, import and export sections of the Go modules sit;
/// the others anywhere.
@Suite struct ByteFlipRobustnessTests {
    /// SplitMix64: a small, well-mixed, seedable generator.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// FNV-1a of the fixture name, so each fixture gets its own fixed seed.
    static func seed(_ name: String) -> UInt64 {
        name.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0100_0000_01B3 }
    }

    @Test(arguments: TruncationRobustnessTests.fixtures)
    func flipped(_ fixture: String) throws {
        let bytes = try Fixtures.bytes(fixture)
        var generator = SplitMix64(state: Self.seed(fixture))
        var problems: [String] = []
        var decoded = 0
        for variantNumber in 0..<1000 {
            var variant = bytes
            let window = variantNumber % 2 == 0 ? min(variant.count, 4096) : variant.count
            for _ in 0...Int.random(in: 0..<4, using: &generator) {
                let index = Int.random(in: 0..<window, using: &generator)
                variant[index] ^= UInt8.random(in: 1...255, using: &generator)
            }
            do {
                let module = try WasmModule.decode(variant)
                if module.size != variant.count { problems.append("variant \(variantNumber): size \(module.size)") }
                decoded += 1
            } catch {
                if error.offset > variant.count {
                    problems.append("variant \(variantNumber): error offset \(error.offset) beyond the input")
                }
            }
        }
        #expect(problems == [], "\(fixture): \(decoded) of 1000 variants decoded")
    }
}
