import Testing
import YAML

@Suite struct LimitTests {
    @Test func nestingDeeperThanTheLimitIsAnErrorAtTheCollection() throws {
        let limits = YAMLLimits(maxDepth: 3)
        let atLimit = try parse("a:\n  b: [1]\n", limits: limits)
        #expect(atLimit?["a"]?["b"]?.sequenceItems?.first?.intValue == 1)
        #expect(parseError("a:\n  b:\n    c:\n      d: 1\n", limits: limits) == YAMLError(
            file: "test.yaml", mark: mark(4, 7), message: "nesting is deeper than the limit of 3 levels"))
    }

    @Test func defaultDepthIs200() throws {
        let ok = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(try parse(ok) != nil)
        let tooDeep = String(repeating: "[", count: 201) + String(repeating: "]", count: 201)
        #expect(parseError(tooDeep)?.description == "test.yaml:1:201: nesting is deeper than the limit of 200 levels")
    }

    @Test func hundredThousandOpenBracketsStopAtTheLimit() {
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
        #expect(parseError(bytes: bytes)?.mark == mark(1, 201))
        let mappings = String(repeating: "{a: ", count: 100_000)
        #expect(parseError(mappings)?.mark == mark(1, 801))
    }

    @Test func aRaisedDepthLimitIsCappedAtTheCeiling() {
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
        let error = parseError(bytes: bytes, limits: YAMLLimits(maxDepth: 1_000_000))
        #expect(YAMLLimits.depthCeiling == 1_000)
        #expect(error?.mark == mark(1, 1_001))
        #expect(error?.message == "nesting is deeper than the limit of 1000 levels")
    }

    @Test func treesAtTheCeilingCanBeComparedAndDestroyed() throws {
        let depth = YAMLLimits.depthCeiling
        let text = String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth)
        let first = try #require(try parse(text, limits: YAMLLimits(maxDepth: depth)))
        let second = try #require(try parse(text, limits: YAMLLimits(maxDepth: depth)))
        #expect(first == second)
        var node = first
        var levels = 0
        while let inner = node.sequenceItems?.first {
            node = inner
            levels += 1
        }
        #expect(levels == depth)
        #expect(node.scalarValue == "x")
    }

    @Test func inputLargerThanTheLimitIsRejectedAtTheStart() {
        let limits = YAMLLimits(maxInputBytes: 10)
        #expect(parseError("a: 12345\n", limits: limits) == nil)
        #expect(parseError("a: 123456789\n", limits: limits) == YAMLError(
            file: "test.yaml", mark: mark(1, 1), message: "input is 13 bytes, more than the limit of 10 bytes"))
    }

    @Test func scalarsLargerThanTheLimitAreRejectedAtTheScalar() {
        let limits = YAMLLimits(maxScalarBytes: 4)
        #expect(parseError("a: abcd\n", limits: limits) == nil)
        #expect(parseError("a: abcd\nb: 'é€de'\n", limits: limits) == YAMLError(
            file: "test.yaml", mark: mark(2, 4), message: "scalar is 7 bytes, more than the limit of 4 bytes"))
    }

    @Test func defaults() {
        let limits = YAMLLimits.default
        #expect(limits.maxNodes == 1_000_000)
        #expect(limits.maxDepth == 200)
        #expect(limits.maxInputBytes == 16 * 1024 * 1024)
        #expect(limits.maxScalarBytes == 1024 * 1024)
    }
}
