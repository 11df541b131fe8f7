import Foundation
import GoModules
import Testing

@Suite("go.mod / go.work conformance vectors")
struct ConformanceTests {
    @Test("vectors are present when PLUMBLINE_REQUIRE_CONFORMANCE=1")
    func vectorsPresentWhenRequired() {
        if ConformanceVectors.areRequired {
            #expect(ConformanceVectors.areAvailable, "conformance vectors not found")
            #expect(ConformanceVectors.cases.count >= 40)
        }
    }

    @Test(
        "parser agrees with the go command",
        .enabled(if: ConformanceVectors.areAvailable, "skipped: shared/conformance/gomod not found"),
        arguments: ConformanceVectors.cases)
    func vector(_ vector: ConformanceVectors.Case) throws {
        let input = [UInt8](try Data(contentsOf: vector.input))
        let fileName = vector.isWork ? "go.work" : "go.mod"
        if let expectedJSON = vector.expectedJSON {
            let rendered: String
            if vector.isWork {
                let file = try GoWorkFile.parse(input, fileName: fileName)
                rendered = GoEditJSON.render(file)
                #expect(GoEditJSON.render(file) == rendered, "rendering is deterministic")
            } else {
                let file = try GoModFile.parse(input, fileName: fileName)
                rendered = GoEditJSON.render(file)
                #expect(GoEditJSON.render(file) == rendered, "rendering is deterministic")
            }
            #expect(try normalizedJSON(Data(rendered.utf8)) == normalizedJSON(Data(contentsOf: expectedJSON)))
        } else {
            let errorURL = try #require(vector.expectedError)
            let expectedLine = try #require(firstReportedLine(try String(contentsOf: errorURL, encoding: .utf8)))
            let error = #expect(throws: GoModParseError.self) {
                if vector.isWork {
                    _ = try GoWorkFile.parse(input, fileName: fileName)
                } else {
                    _ = try GoModFile.parse(input, fileName: fileName)
                }
            }
            #expect(error?.line == expectedLine, "\(error?.description ?? "no error")")
        }
    }

    /// Both sides re-serialised with sorted keys, so key order and indentation do not matter.
    private func normalizedJSON(_ data: Data) throws -> String {
        let object = try JSONSerialization.jsonObject(with: data)
        let normalized = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: normalized, as: UTF8.self)
    }

    /// The N of the first `go.mod:N` / `go.work:N` after the `go: errors parsing …` header.
    private func firstReportedLine(_ text: String) -> Int? {
        for line in text.split(separator: "\n") where line.hasPrefix("go.mod:") || line.hasPrefix("go.work:") {
            let afterName = line.drop { $0 != ":" }.dropFirst()
            return Int(afterName.prefix { $0.isNumber })
        }
        return nil
    }
}
