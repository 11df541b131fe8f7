import Foundation
import Testing

/// A temporary directory in which tests build repositories with the `git` command line.
/// The directory is removed when the fixture is deinitialized.
final class Fixture {
    let root: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        root = "\(base)/plumbline-git-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Absolute path of a path relative to the fixture root.
    func path(_ relative: String) -> String {
        relative.isEmpty ? root : "\(root)/\(relative)"
    }

    /// Runs git in `directory` (relative to the root) with an isolated environment and
    /// returns its trimmed standard output.
    @discardableResult
    func git(_ arguments: String..., in directory: String = "") throws -> String {
        try git(arguments, in: directory)
    }

    @discardableResult
    func git(_ arguments: [String], in directory: String = "") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: path(directory))
        process.environment = [
            "HOME": root,
            "PATH": "/usr/bin:/bin",
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_DATE": "2024-01-01T00:00:00Z",
            "GIT_COMMITTER_DATE": "2024-01-01T00:00:00Z",
            "GIT_ALLOW_PROTOCOL": "file",
        ]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw FixtureError.gitFailed(arguments.joined(separator: " "),
                                         String(decoding: errorData, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Creates a repository with `main` as its initial branch and a local identity.
    func initRepository(_ directory: String) throws {
        try FileManager.default.createDirectory(atPath: path(directory), withIntermediateDirectories: true)
        try git("-c", "init.defaultBranch=main", "init", "-q", in: directory)
        try git("config", "user.name", "Fixture", in: directory)
        try git("config", "user.email", "fixture@example.com", in: directory)
    }

    func write(_ relative: String, _ content: String, executable: Bool = false) throws {
        let full = path(relative)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(content.utf8).write(to: URL(fileURLWithPath: full))
        if executable {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: full)
        }
    }

    /// Creates a file whose name ends in raw bytes, which Foundation cannot spell when they are
    /// not valid UTF-8.
    func writeRaw(directory: String, name: [UInt8], _ content: String) -> Bool {
        var path = (Array(path(directory).utf8) + [UInt8(ascii: "/")] + name).map { CChar(bitPattern: $0) }
        path.append(0)
        let descriptor = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let bytes = Array(content.utf8)
        return Glibc.write(descriptor, bytes, bytes.count) == bytes.count
    }

    func symlink(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: destination)
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: path(relative))
    }

    func makeDirectory(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path(relative), withIntermediateDirectories: true)
    }
}

enum FixtureError: Error, CustomStringConvertible {
    case gitFailed(String, String)

    var description: String {
        switch self {
        case .gitFailed(let command, let stderr): "git \(command) failed: \(stderr)"
        }
    }
}
