import Testing
@testable import GoSource

/// Reading is a pure function of the bytes: files read in parallel give the same results as one by one.
@Suite struct ConcurrentReadingTests {
    @Test func parallelReadsAgree() async throws {
        let inputs = try Fixtures.names(in: "valid").map { ("valid/" + $0, try Fixtures.bytes("valid/" + $0)) }
        let sequential = try inputs.map { try GoSourceFile.read($0.1, path: $0.0) }
        let parallel = try await withThrowingTaskGroup(of: (Int, GoSourceFile).self) { group in
            for round in 0..<8 {
                for (index, input) in inputs.enumerated() {
                    group.addTask { (round * inputs.count + index, try GoSourceFile.read(input.1, path: input.0)) }
                }
            }
            var results: [Int: GoSourceFile] = [:]
            for try await (key, file) in group { results[key] = file }
            return results
        }
        #expect(parallel.count == inputs.count * 8)
        for (key, file) in parallel {
            #expect(file == sequential[key % inputs.count])
        }
    }
}
