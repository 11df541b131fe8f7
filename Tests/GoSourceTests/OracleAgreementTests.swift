import Foundation
import Testing
@testable import GoSource

/// Every fixture against what the Go toolchain's packages saw in it: fixtures/gosource/oracle/expected.jsonl
/// was written by fixtures/gosource/oracle/main.go (go/parser, go/scanner, go/ast, go/build/constraint and
/// go/build's MatchFile; .ci/gosource-oracle.sh runs the same comparison live). Files Go rejects must throw
/// at the same line and column; the others must render to the same JSON values.
@Suite struct OracleAgreementTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        var file: String
        var json: String
        var testDescription: String { file }
    }

    static let expectations: [Expectation] = {
        guard let text = try? String(contentsOfFile: Fixtures.root + "/oracle/expected.jsonl", encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let file = object["file"] as? String else { return nil }
            return Expectation(file: file, json: String(line))
        }
    }()

    @Test func everyFixtureHasAnExpectation() {
        #expect(Set(Self.expectations.map(\.file)) == Set(Fixtures.all))
    }

    @Test(arguments: expectations)
    func agreesWithGo(_ expectation: Expectation) throws {
        let want = try #require(try JSONSerialization.jsonObject(with: Data(expectation.json.utf8)) as? NSDictionary)
        let bytes = try Fixtures.bytes(expectation.file)
        if let message = want["error"] as? String {
            do {
                _ = try GoSourceFile.read(bytes, path: expectation.file)
                Issue.record("go/parser rejects \(expectation.file) (\(message)) but it was read")
            } catch {
                #expect(error.position.line == want["line"] as? Int, "\(error) vs \(message)")
                #expect(error.position.column == want["column"] as? Int, "\(error) vs \(message)")
            }
            return
        }
        let file = try GoSourceFile.read(bytes, path: expectation.file)
        let got = try #require(try JSONSerialization.jsonObject(with: Data(GoSourceJSON.render(file).utf8)) as? NSDictionary)
        for case let key as String in want.allKeys where key != "file" {
            #expect(got[key] as? NSObject == want[key] as? NSObject, "\(key): ours \(got[key] ?? "nil"), go \(want[key] ?? "nil")")
        }
    }
}
