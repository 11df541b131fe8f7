import BPF
import Testing

/// Damaged objects give an error or a result, never a crash, a hang or runaway memory: every fixture cut at
/// every 16-byte boundary, and 1,000 variants of each with random bytes changed (seeded, so reproducible).
@Suite struct RobustnessTests {
    static let fixtures = TestFixtures.objectNames + TestFixtures.brokenNames
    static let variantsPerFixture = 1_000

    @Test(arguments: fixtures) func everyTruncationIsAnError(_ name: String) throws {
        let bytes = try TestFixtures.bytes(name)
        var errors = 0
        var cuts = 0
        for length in stride(from: 0, to: bytes.count, by: 16) {
            cuts += 1
            do {
                _ = try BPFObject.decode(Array(bytes.prefix(length)))
            } catch {
                errors += 1
            }
        }
        // clang puts the section header table at the end of the file, so every cut loses part of it.
        #expect(errors == cuts, "\(cuts - errors) truncations of \(name) decoded")
    }

    @Test(arguments: fixtures.enumerated().map { ($0.offset, $0.element) })
    func randomByteChangesNeverCrash(_ index: Int, _ name: String) throws {
        let original = try TestFixtures.bytes(name)
        let regions = Self.structuralRegions(original)
        var random = SplitMix64(seed: 0x5EED_0000 + UInt64(index))
        var results = 0
        var errors = 0
        for variant in 0..<Self.variantsPerFixture {
            var bytes = original
            let changes = 1 + Int(random.next() % 8)
            for _ in 0..<changes {
                // Half of the variants hit the structures the decoder reads (headers, tables, code, BTF);
                // the rest land anywhere, mostly in debug info.
                let position: Int
                if variant % 2 == 0, !regions.isEmpty {
                    let region = regions[Int(random.next() % UInt64(regions.count))]
                    position = region.lowerBound + Int(random.next() % UInt64(region.count))
                } else {
                    position = Int(random.next() % UInt64(bytes.count))
                }
                bytes[position] ^= UInt8(1 + random.next() % 255)
            }
            do {
                _ = try BPFObject.decode(bytes)
                results += 1
            } catch {
                errors += 1
            }
        }
        #expect(results + errors == Self.variantsPerFixture)
        if TestFixtures.objectNames.contains(name) {
            #expect(results > 0, "no variant of \(name) decoded")
            #expect(errors > 0, "no variant of \(name) was rejected")
        }
    }

    /// Byte ranges of the ELF header, the section header table and the sections the decoder interprets.
    private static func structuralRegions(_ bytes: [UInt8]) -> [Range<Int>] {
        guard let object = try? BPFObject.decode(bytes) else { return [0..<min(64, bytes.count)] }
        var regions = [0..<64]
        // clang writes the section header table last.
        let tableStart = bytes.count - object.sections.count * 64
        if tableStart >= 0 { regions.append(tableStart..<bytes.count) }
        for section in object.sections where section.size > 0 && section.hasFileContents {
            let interesting = section.holdsCode || section.type == 2 || section.type == 3 || section.type == 9
                || [".BTF", ".BTF.ext", ".maps", "license", "version"].contains(section.name)
                || section.name.hasPrefix("maps") || section.name.contains(".struct_ops")
            if interesting {
                let start = Int(section.offset)
                regions.append(start..<(start + Int(section.size)))
            }
        }
        return regions
    }
}

/// A small deterministic generator (SplitMix64), so failures reproduce.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
