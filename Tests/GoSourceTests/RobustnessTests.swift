import Testing
@testable import GoSource

/// Hostile input gives an error or a result, never a crash or a hang: every fixture truncated at every byte
/// up to 4 KiB, 1,000 seeded byte-flip variants of each, and hand-made monsters (10 MB lines, NUL floods,
/// unterminated literals, 200,000 nested parentheses). Results and errors must stay inside the input.
@Suite struct RobustnessTests {
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

    /// Checks one input; returns a complaint, or nil when the outcome is sound.
    static func check(_ bytes: [UInt8]) -> String? {
        do {
            let file = try GoSourceFile.read(bytes, path: "fuzz.go")
            if file.headerEnd > bytes.count { return "header end \(file.headerEnd) beyond \(bytes.count)" }
            let positions = file.imports.map(\.position) + file.directives.map(\.position) + file.problems.map(\.position)
                + [file.packagePosition] + file.plusBuild.map(\.position) + [file.goBuild?.position].compactMap { $0 }
            if let outside = positions.first(where: { $0.offset < 0 || $0.offset > bytes.count || $0.line < 1 || $0.column < 1 }) {
                return "position \(outside) (offset \(outside.offset)) outside \(bytes.count) bytes"
            }
            _ = file.constraint?.description
            _ = file.plusBuildMatchesGoBuild
            _ = GoBuildContext(goos: "linux", goarch: "amd64").matches(file)
            return nil
        } catch {
            if error.position.offset > bytes.count || error.position.line < 1 || error.position.column < 1 {
                return "error position \(error.position) (offset \(error.position.offset)) outside \(bytes.count) bytes"
            }
            if error.message.isEmpty { return "empty error message" }
            return nil
        }
    }

    @Test(arguments: Fixtures.all)
    func truncated(_ fixture: String) throws {
        let bytes = try Fixtures.bytes(fixture)
        var problems: [String] = []
        for length in 0...min(bytes.count, 4096) {
            if let problem = Self.check(Array(bytes[..<length])) { problems.append("length \(length): \(problem)") }
        }
        #expect(problems == [], "\(fixture)")
    }

    @Test(arguments: Fixtures.all)
    func flipped(_ fixture: String) throws {
        let bytes = try Fixtures.bytes(fixture)
        guard !bytes.isEmpty else { return }
        var generator = SplitMix64(state: fixture.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0100_0000_01B3 })
        var problems: [String] = []
        let interesting: [UInt8] = [0x00, 0x0A, 0x0D, 0x22, 0x27, 0x28, 0x29, 0x2A, 0x2F, 0x5C, 0x60, 0x80, 0xBF, 0xEF, 0xFF]
        for variant in 0..<1000 {
            var mutated = bytes
            for _ in 0...Int.random(in: 0..<4, using: &generator) {
                let index = Int.random(in: 0..<mutated.count, using: &generator)
                mutated[index] = variant % 2 == 0
                    ? interesting[Int.random(in: 0..<interesting.count, using: &generator)]
                    : mutated[index] ^ UInt8.random(in: 1...255, using: &generator)
            }
            if let problem = Self.check(mutated) { problems.append("variant \(variant): \(problem)") }
        }
        #expect(problems == [], "\(fixture)")
    }

    static let tenMegabytes = 10 * 1024 * 1024

    @Test func tenMegabyteLines() throws {
        let long = [UInt8](repeating: UInt8(ascii: "a"), count: Self.tenMegabytes)
        // In a header comment: read, and the package clause is found after it.
        let comment = try GoSourceFile.read(Array("// ".utf8) + long + Array("\npackage p\n".utf8), path: "x.go")
        #expect(comment.packagePosition.line == 2)
        // In the body.
        let body = try GoSourceFile.read(Array("package p\n\nvar x = \"".utf8) + long + Array("\"\n//go:noinline\n".utf8), path: "x.go")
        #expect(body.directiveSummary == ["go:noinline  @4:1"])
        // As a //go:embed argument and a //go:build expression.
        let embed = try GoSourceFile.read(Array("package p\n//go:embed ".utf8) + long + [0x0A], path: "x.go")
        #expect(embed.directives.first?.embedPatterns.first?.utf8.count == Self.tenMegabytes)
        let build = try GoSourceFile.read(Array("//go:build ".utf8) + long + Array("\n\npackage p\n".utf8), path: "x.go")
        #expect(build.goBuild?.expression?.description.utf8.count == Self.tenMegabytes)
        // As an import path.
        let path = try GoSourceFile.read(Array("package p\nimport \"".utf8) + long + Array("\"\n".utf8), path: "x.go")
        #expect(path.imports.first?.path.utf8.count == Self.tenMegabytes)
        // Unterminated, in the header.
        #expect(readError(Array("package p\nimport \"".utf8) + long) == "2:8: string literal not terminated")
        #expect(readError(Array("/*".utf8) + long) == "1:1: comment not terminated")
        #expect(readError(Array("package p\nimport `".utf8) + long) == "2:8: raw string literal not terminated")
    }

    @Test func floodsOfHostileBytes() throws {
        let megabyte = 1024 * 1024
        #expect(readError([UInt8](repeating: 0, count: megabyte)) == "1:1: illegal character NUL")
        #expect(readError([UInt8](repeating: 0xFF, count: megabyte)) == "1:1: illegal UTF-8 encoding")
        #expect(readError([UInt8](repeating: 0x0A, count: megabyte)) == "1048576:2: expected 'package', found 'EOF'")
        #expect(readError(Array(String(repeating: "/* */ ", count: 200_000).utf8)) == "1:1200001: expected 'package', found 'EOF'")
        var generator = SplitMix64(state: 42)
        let noise = (0..<megabyte).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(Self.check(noise) == nil)
        #expect(Self.check(Array("package p\n".utf8) + noise) == nil)
        // Invalid UTF-8 and NUL in the body do not matter.
        let body = try GoSourceFile.read(Array("package p\nfunc f() {}\n".utf8) + noise, path: "x.go")
        #expect(body.packageName == "p")
    }

    @Test func deepAndWideBuildExpressions() throws {
        let parens = String(repeating: "(", count: 200_000)
        let file = try read("//go:build \(parens)linux\n\npackage p\n")
        #expect(file.goBuild?.error?.message == "build expression too large")
        #expect(file.problems.map(\.kind) == [.malformedGoBuild])
        let wide = try read("//go:build " + Array(repeating: "a", count: 100_000).joined(separator: "||") + "\n\npackage p\n")
        #expect(wide.goBuild?.error?.message == "build expression too large")
        let plus = try read("// +build " + Array(repeating: "a", count: 100_000).joined(separator: ",") + "\n\npackage p\n")
        #expect(plus.plusBuild.first?.expression == nil)
    }

    @Test func manyDirectivesAndImports() throws {
        let directives = try read("package p\n" + String(repeating: "//go:noinline\n", count: 100_000))
        #expect(directives.directives.count == 100_000)
        #expect(directives.directives.last?.position.line == 100_001)
        let sameLine = try read("package p\n" + String(repeating: "//go:a ", count: 200_000) + "\n" + String(repeating: " ", count: 100_000) + "x //go:b\n")
        #expect(sameLine.directiveSummary.count == 1)
        let imports = try read("package p\nimport (\n" + String(repeating: "\t_ \"fmt\"\n", count: 100_000) + ")\n")
        #expect(imports.imports.count == 100_000)
        #expect(imports.imports.last?.position.description == "100002:2")
    }
}
