import Foundation
import Git
import Plumbline

/// Paths and helpers shared by the engine and command-line tests.
enum Support {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
            url.deleteLastPathComponent()
        }
        return FileManager.default.currentDirectoryPath
    }()

    static var rulesDirectory: String { packageRoot + "/rules" }
    static var fixtures: String { packageRoot + "/fixtures" }

    /// The shipped rule packs and release table, loaded once.
    static let shipped: (rules: RuleSet, tables: DataTables) = {
        do {
            return try RuleSources(directory: rulesDirectory).load()
        } catch {
            fatalError("the shipped rules do not load: \(error)")
        }
    }()

    /// Loads rule YAML given as text; the error, when there is one, as text.
    static func loadRules(_ yaml: String, path: String = "test.yaml") -> Result<RuleSet, DefinitionErrors> {
        do {
            return .success(try RuleLoader.load([.init(path: path, bytes: Array(yaml.utf8))]))
        } catch {
            return .failure(error)
        }
    }

    /// Scans a repository or directory (a fixture repository) as `plumbline scan` does, with the shipped
    /// rules and the snapshot's own configuration.
    static func scanDirectory(_ path: String, mode: SourceMode = .workingTree, asOf: CalendarDate = "2026-11-25") -> ScanReport {
        scan(ScanRequest(source: .repository(path: path, mode: mode), rules: .loaded(shipped.rules, shipped.tables), asOf: asOf))
    }

    /// Runs the whole pipeline on in-memory files with the shipped rules.
    static func scan(_ files: [String: String], configuration: Configuration = Configuration(), asOf: CalendarDate = "2026-11-25") -> ScanReport {
        scan(bytes: files.mapValues { Array($0.utf8) }, configuration: configuration, asOf: asOf)
    }

    /// Runs the whole pipeline on in-memory files, read as a plain directory.
    static func scan(
        bytes files: [String: [UInt8]], rules: RuleSet = shipped.rules, configuration: Configuration = Configuration(), asOf: CalendarDate = "2026-11-25"
    ) -> ScanReport {
        scan(input: .inMemory(files), rules: rules, configuration: configuration, asOf: asOf)
    }

    /// Runs the whole pipeline on a snapshot already read.
    static func scan(input: ScanInput, rules: RuleSet = shipped.rules, configuration: Configuration = Configuration(), asOf: CalendarDate = "2026-11-25") -> ScanReport {
        scan(ScanRequest(source: .files(input), rules: .loaded(rules, shipped.tables), configuration: .given(configuration), asOf: asOf))
    }

    static func scan(_ request: ScanRequest) -> ScanReport {
        do {
            return try Scanner.scan(request).report
        } catch {
            fatalError("the scan failed: \(error)")
        }
    }

    static func temporaryDirectory(_ name: String = "plumbline") -> String {
        let path = NSTemporaryDirectory() + "\(name)-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ files: [String: String], under root: String) {
        for (path, content) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: url.path, contents: Data(content.utf8))
        }
    }

    struct ProcessResult {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs a program, reading both pipes concurrently so a full pipe cannot deadlock it.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return ProcessResult(status: -1, stdout: "", stderr: "\(error)") }
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        process.waitUntilExit()
        group.wait()
        return ProcessResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// `git` with a fixed identity and dates, so commits are reproducible.
    @discardableResult
    static func git(_ arguments: [String], in directory: String, date: String = "2026-01-01T00:00:00Z") -> ProcessResult {
        run("/usr/bin/git", ["-c", "user.name=Plumbline Tests", "-c", "user.email=tests@plumbline.invalid", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"] + arguments, in: directory, environment: [
            "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
            "GIT_CONFIG_NOSYSTEM": "1", "HOME": NSTemporaryDirectory(),
        ])
    }

    /// The `plumbline` executable `swift test` built beside the tests.
    static var binary: String {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent().appendingPathComponent("plumbline").path,
            Bundle.main.bundleURL.appendingPathComponent("plumbline").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("plumbline").path,
            packageRoot + "/.build/debug/plumbline",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[candidates.count - 1]
    }

    /// Where tests leave the SARIF they produce, so `.ci/run` can validate every one of them.
    static func keepSARIF(_ text: String, named name: String) {
        let directory = ProcessInfo.processInfo.environment["PLUMBLINE_SARIF_DIR"] ?? (NSTemporaryDirectory() + "plumbline-sarif")
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: directory + "/\(name).sarif", contents: Data(text.utf8))
    }
}

/// Test dates written as literals (`"2026-11-25"`); a malformed one is a mistake in the test.
extension CalendarDate: ExpressibleByStringLiteral {
    public init(stringLiteral text: String) {
        guard let date = CalendarDate(text) else { fatalError("not a date: \(text)") }
        self = date
    }
}
