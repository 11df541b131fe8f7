import Testing
import YAML

@Suite struct EncodingTests {
    @Test func invalidUTF8IsAnErrorAtTheBadByte() {
        let bytes = Array("a: b\nc: d".utf8) + [0xFF] + Array(" x\n".utf8)
        #expect(parseError(bytes: bytes) == YAMLError(
            file: "test.yaml", mark: mark(2, 5), message: "invalid leading UTF-8 octet (byte 0xFF)"))
    }

    @Test func theBadByteColumnCountsScalarsBeforeIt() {
        let bytes = Array("é: ü".utf8) + [0xC3]
        #expect(parseError(bytes: bytes) == YAMLError(
            file: "test.yaml", mark: mark(1, 5), message: "incomplete UTF-8 octet sequence"))
        let crlf = Array("a: 1\r\nb: \"".utf8) + [0xE2, 0x28, 0xA1] + Array("\"\r\n".utf8)
        // libyaml points at the offending byte: the second of the broken sequence.
        #expect(parseError(bytes: crlf) == YAMLError(
            file: "test.yaml", mark: mark(2, 6), message: "invalid trailing UTF-8 octet (byte 0x28)"))
    }

    @Test func nulAndControlCharactersAreErrors() {
        let nul = Array("a: b\nc: ".utf8) + [0] + Array("x\n".utf8)
        #expect(parseError(bytes: nul) == YAMLError(
            file: "test.yaml", mark: mark(2, 4), message: "control characters are not allowed (U+0000)"))
        #expect(parseError("a: \u{7}x\n")?.message == "control characters are not allowed (U+0007)")
        #expect(parseError(bytes: [0, 0, 0, 0])?.mark == mark(1, 1))
    }

    @Test func utf16IsNotAccepted() {
        #expect(parseError(bytes: [0xFF, 0xFE, 0x61, 0x00])?.description
            == "test.yaml:1:1: invalid leading UTF-8 octet (byte 0xFF)")
    }

    @Test func aUTF8ByteOrderMarkIsSkippedWithoutShiftingColumns() throws {
        let root = try #require(try YAMLParser.parse([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8), file: "bom.yaml"))
        #expect(root["a"] == plain("1", at: mark(1, 4)))
    }

    @Test func crlfLineEndsCountAsOneBreak() throws {
        let root = try #require(try parse("a: 1\r\nb: |\r\n  x\r\n  y\r\nc: 'p\r\n  q'\r\nd: [1,\r\n 2]\r\n"))
        #expect(root["b"]?.scalarValue == "x\ny\n")
        #expect(root["b"]?.mark == mark(2, 4))
        #expect(root["c"]?.scalarValue == "p q")
        #expect(root["c"]?.mark == mark(5, 4))
        #expect(root["d"]?.sequenceItems?.map(\.mark) == [mark(7, 5), mark(8, 2)])
    }

    @Test func errorsAfterCRLFLinesHaveTheRightLine() {
        #expect(parseError("a: 1\r\nb: 2\r\n\tc: 3\r\n")?.mark == mark(3, 1))
    }
}
