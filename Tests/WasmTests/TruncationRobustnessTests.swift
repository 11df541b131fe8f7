import Testing
@testable import Wasm

/// Every fixture cut short at 16-byte boundaries decodes to an error or to a prefix of the original module,
/// never a crash or a hang.
///
/// All boundaries in the first 64 KiB are tried. Beyond that (the 2 MB Go modules, where a cut inside the
/// data section means walking 1.5 MB of code first) the cuts are sampled deterministically: every 251st
/// 16-byte boundary, plus the boundaries on either side of every section start and end.
@Suite struct TruncationRobustnessTests {
    static let fixtures = Fixtures.names(in: "valid").map { "valid/" + $0 }
        + Fixtures.names(in: "broken").map { "broken/" + $0 }

    static func cuts(count: Int, sections: [WasmSectionInfo]) -> [Int] {
        var cuts = Set(stride(from: 0, to: min(count, 65_536), by: 16))
        cuts.formUnion(stride(from: 65_536, to: count, by: 16 * 251))
        for section in sections {
            for edge in [section.offset, section.contentOffset + section.size] {
                let boundary = edge / 16 * 16
                cuts.formUnion([boundary - 16, boundary, boundary + 16].filter { $0 >= 0 && $0 < count })
            }
        }
        return cuts.sorted()
    }

    @Test(arguments: fixtures)
    func truncated(_ fixture: String) throws {
        let bytes = try Fixtures.bytes(fixture)
        let original = try? WasmModule.decode(bytes)
        var problems: [String] = []
        let cuts = Self.cuts(count: bytes.count, sections: original?.sections ?? [])
        for cut in cuts {
            do {
                let module = try WasmModule.decode(Array(bytes[..<cut]))
                // Only a cut at a section end can still decode, and then it keeps the original's sections.
                guard let original else { continue }
                let endsAtSection = cut == 8 || original.sections.contains { $0.contentOffset + $0.size == cut }
                if !endsAtSection || module.sections != Array(original.sections.prefix(module.sections.count)) {
                    problems.append("cut \(cut) decoded to \(module.sections.count) sections")
                }
            } catch {
                if error.offset > cut { problems.append("cut \(cut): error offset \(error.offset) beyond the input") }
            }
        }
        #expect(problems == [], "\(fixture): \(cuts.count) cuts")
        #expect(cuts.count >= min(bytes.count / 16, 4096))
    }
}
