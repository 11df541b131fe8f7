import Foundation
import Testing

/// Locates the shared go.mod/go.work conformance vectors: `$PLUMBLINE_SHARED/conformance/gomod`, or
/// `<package root>/../shared/conformance/gomod`, where the package root is the nearest directory above this
/// file's real path (symlinks resolved) that holds a Package.swift.
enum ConformanceVectors {
    /// One vector: an input file plus either the go command's JSON or its error text.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var input: URL
        var expectedJSON: URL?
        var expectedError: URL?
        var isWork: Bool { name.hasSuffix(".work") }
        var testDescription: String { name }
    }

    static let directory: URL? = {
        let fileManager = FileManager.default
        if let shared = ProcessInfo.processInfo.environment["PLUMBLINE_SHARED"], !shared.isEmpty {
            let candidate = URL(fileURLWithPath: shared).appendingPathComponent("conformance/gomod")
            return fileManager.fileExists(atPath: candidate.path) ? candidate : nil
        }
        var directory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            if fileManager.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                let candidate = directory.deletingLastPathComponent()
                    .appendingPathComponent("shared/conformance/gomod")
                return fileManager.fileExists(atPath: candidate.path) ? candidate : nil
            }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }()

    /// Whether the vectors were found.
    static var areAvailable: Bool { directory != nil }

    /// Whether the environment demands them (`PLUMBLINE_REQUIRE_CONFORMANCE=1`).
    static var areRequired: Bool { ProcessInfo.processInfo.environment["PLUMBLINE_REQUIRE_CONFORMANCE"] == "1" }

    static let cases: [Case] = {
        guard let directory,
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".mod") || $0.hasSuffix(".work") }.sorted().map { name in
            let json = directory.appendingPathComponent(name + ".json")
            let error = directory.appendingPathComponent(name + ".err")
            return Case(
                name: name, input: directory.appendingPathComponent(name),
                expectedJSON: FileManager.default.fileExists(atPath: json.path) ? json : nil,
                expectedError: FileManager.default.fileExists(atPath: error.path) ? error : nil)
        }
    }()
}
