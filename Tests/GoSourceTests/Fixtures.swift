import Foundation
import GoSource

/// Locates fixtures/gosource from this source file (through the scratch package's symlinks) and reads them.
enum Fixtures {
    static var root: String {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        url.deleteLastPathComponent()
        url.deleteLastPathComponent()
        return url.appendingPathComponent("fixtures/gosource").path
    }

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        let path = root + "/" + relativePath
        guard let data = FileManager.default.contents(atPath: path) else { throw FixtureMissing(path: path) }
        return [UInt8](data)
    }

    /// Reads `valid/NAME` (the path given to the reader is the relative one).
    static func valid(_ name: String) throws -> GoSourceFile {
        try GoSourceFile.read(try bytes("valid/" + name), path: "valid/" + name)
    }

    /// The `.go` files of a fixture folder (hidden ones included), sorted.
    static func names(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []
        return names.filter { $0.hasSuffix(".go") }.sorted()
    }

    /// Every fixture as `folder/name`.
    static var all: [String] {
        names(in: "valid").map { "valid/" + $0 } + names(in: "malformed").map { "malformed/" + $0 }
    }

    struct FixtureMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "missing fixture \(path)" }
    }
}

/// Reads inline source text.
func read(_ source: String, path: String = "inline.go") throws -> GoSourceFile {
    try GoSourceFile.read(Array(source.utf8), path: path)
}

/// The error reading inline source text gives, as `line:column: message`, or nil when it reads.
func readError(_ source: String, path: String = "inline.go") -> String? {
    readError(Array(source.utf8), path: path)
}

func readError(_ bytes: [UInt8], path: String = "inline.go") -> String? {
    do {
        _ = try GoSourceFile.read(bytes, path: path)
        return nil
    } catch {
        return "\(error.position): \(error.message)"
    }
}

extension GoSourceFile {
    /// `name args @line:column` per directive, for compact comparisons.
    var directiveSummary: [String] {
        directives.map { "\($0.name) \($0.arguments) @\($0.position)" }
    }

    /// `[name ]path @line:column` per import.
    var importSummary: [String] {
        imports.map { ($0.name.map { $0 + " " } ?? "") + $0.path + " @\($0.position)" }
    }

    /// `kind line:column` per problem.
    var problemSummary: [String] {
        problems.map { "\($0.kind.rawValue) \($0.position)" }
    }
}
