import Testing
@testable import Wasm

/// Every fixture cut short at every 16-byte boundary decodes to an error or to a prefix of the original
/// module, never a crash or a hang. (Instructions are walked after all sections are read, so a cut past the
/// code section of a 2 MB Go module fails at the cut instead of walking the code first.)
@Suite struct TruncationRobustnessTests {
    static let fixtures = Fixtures.names(in: "valid").map { "valid/" + $0 }
        + Fixtures.names(in: "broken").map { "broken/" + $0 }

    static func cuts(count: Int) -> [Int] {
        Array(stride(from: 0, to: count, by: 16))
    }

    @Test(arguments: fixtures)
    func truncated(_ fixture: String) throws {
        let bytes = try Fixtures.bytes(fixture)
        let original = try? WasmModule.decode(bytes)
        var problems: [String] = []
        let cuts = Self.cuts(count: bytes.count)
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
        #expect(cuts.count == (bytes.count + 15) / 16)
    }
}
