import GoModules
import Testing

@Suite("GoSum")
struct GoSumTests {
    private let validHash = "h1:USFLEbegIlK18LbaXwKmySTVz7pVNNoWtVhMrOcH/Kk="

    @Test("entries with zip and /go.mod hashes")
    func entries() {
        let sum = GoSum.parse(
            Array(
                """
                example.com/dep v1.1.0 h1:USFLEbegIlK18LbaXwKmySTVz7pVNNoWtVhMrOcH/Kk=
                example.com/dep v1.1.0/go.mod h1:+QWJ4TaKK0+5my1i1gpAnAdlLGkNg3weRsq3J1AghTg=

                example.com/m v1.0.0 h1:UJSIfYSSo+UTmNZ5EJk1GEut/BClXD8cIZOPvDaB/hA=
                """.utf8), fileName: "go.sum")
        #expect(sum.problems.isEmpty)
        #expect(sum.entries.map(\.modulePath) == ["example.com/dep", "example.com/dep", "example.com/m"])
        #expect(sum.entries.map(\.version) == ["v1.1.0", "v1.1.0", "v1.0.0"])
        #expect(sum.entries.map(\.isGoMod) == [false, true, false])
        #expect(sum.entries.map(\.line) == [1, 2, 4])
        #expect(sum.entries[1].hash == "h1:+QWJ4TaKK0+5my1i1gpAnAdlLGkNg3weRsq3J1AghTg=")
    }

    @Test("CRLF line ends and extra white space are tolerated")
    func crlf() {
        let sum = GoSum.parse(
            Array("a.com/b v1.0.0 \(validHash)\r\n\r\n  a.com/b\tv1.0.0/go.mod   \(validHash)\r\n".utf8),
            fileName: "go.sum")
        #expect(sum.problems.isEmpty)
        #expect(sum.entries.count == 2)
        #expect(sum.entries[1].line == 3)
        #expect(sum.entries[1].hash == validHash)
    }

    @Test("problems, each with its kind, line and column")
    func problems() {
        let sum = GoSum.parse(
            Array(
                """
                a.com/b v1.0.0
                a.com/b v1.0.0 \(validHash) extra
                nodot v1.0.0 \(validHash)
                a.com/b latest \(validHash)
                a.com/b v1.2 \(validHash)
                a.com/b v2.0.0 \(validHash)
                a.com/b v1.0.0 h1:short=
                a.com/b v1.0.0 h2:anything
                a.com/b v1.0.0 sha256:abc
                a.com/b v1.0.0/go.mod \(GoSum.emptyGoModHash)
                a.com/b/v2 v2.0.0/go.mod \(validHash)
                """.utf8), fileName: "go.sum")
        let kinds = sum.problems.map { "\($0.line):\($0.column):\($0.kind.rawValue)" }
        #expect(
            kinds == [
                "1:1:wrongFieldCount", "2:1:wrongFieldCount", "3:1:invalidModulePath", "4:9:invalidVersion",
                "5:9:nonCanonicalVersion", "6:9:majorVersionMismatch", "7:16:malformedHash",
                "8:16:unknownHashAlgorithm",
                "9:16:malformedHash", "10:23:emptyGoModHash",
            ])
        #expect(sum.problems[0].message == "wrong number of fields 2")
        #expect(sum.problems[1].message == "wrong number of fields 4")
        #expect(sum.problems[2].message == #"malformed module path "nodot": missing dot in first path element"#)
        #expect(sum.problems[5].message == #"version "v2.0.0" invalid: should be v0 or v1, not v2"#)
        // Malformed and the empty-go.mod lines: the go command keeps all but the empty-go.mod one.
        #expect(sum.entries.map(\.line) == [3, 4, 5, 6, 7, 8, 9, 11])
    }

    @Test("columns count runes")
    func runeColumns() {
        let sum = GoSum.parse(Array("é.com/b v1 h1:x".utf8), fileName: "go.sum")
        #expect(sum.problems.map(\.column) == [1, 9, 12])
    }

    /// Speed is measured in benchmarks/, not here: a loaded machine must not fail the suite by chance.
    @Test("100 000 lines parse")
    func largeFile() {
        var text = ""
        text.reserveCapacity(100_000 * 80)
        for index in 0..<50_000 {
            text += "github.com/org\(index % 997)/mod\(index) v1.\(index % 50).0 \(validHash)\n"
            text += "github.com/org\(index % 997)/mod\(index) v1.\(index % 50).0/go.mod \(validHash)\n"
        }
        let bytes = Array(text.utf8)
        let sum = GoSum.parse(bytes, fileName: "go.sum")
        #expect(sum.entries.count == 100_000)
        #expect(sum.problems.isEmpty)
    }
}
