import Foundation

/// Locates the Python dirhash oracle (`shared/tools/go-oracle/dirhash.py`), as ConformanceVectors finds
/// the shared directory, and runs small Python programs against it.
enum DirHashOracle {
    static let directory: URL? = {
        let fileManager = FileManager.default
        if let shared = ProcessInfo.processInfo.environment["PLUMBLINE_SHARED"], !shared.isEmpty {
            let candidate = URL(fileURLWithPath: shared).appendingPathComponent("tools/go-oracle")
            return fileManager.fileExists(atPath: candidate.appendingPathComponent("dirhash.py").path) ? candidate : nil
        }
        var directory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            if fileManager.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                let candidate = directory.deletingLastPathComponent().appendingPathComponent("shared/tools/go-oracle")
                return fileManager.fileExists(atPath: candidate.appendingPathComponent("dirhash.py").path) ? candidate : nil
            }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }()

    static var isAvailable: Bool { directory != nil && python(["-c", "import zipfile"]) != nil }

    /// Runs python3 with the oracle directory on sys.path; stdout, or nil when it failed.
    static func python(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONPATH"] = directory?.path ?? ""
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

/// A scratch directory removed when the test ends.
final class ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("modsrc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ relative: String, _ bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> URL { try write(relative, Array(text.utf8)) }

    /// A zip written by Python's zipfile from (name, content) pairs, deflated or stored alternately.
    func zip(_ relative: String, _ files: [(String, [UInt8])]) throws -> URL {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let spec = try write(relative + ".json", Array(try JSONSerialization.data(withJSONObject: files.map { [$0.0, $0.1.map(Int.init)] })))
        let program = """
        import json, sys, zipfile, warnings
        warnings.simplefilter("ignore")
        files = json.load(open(sys.argv[1]))
        with zipfile.ZipFile(sys.argv[2], "w") as z:
            for i, (name, data) in enumerate(files):
                z.writestr(zipfile.ZipInfo(name), bytes(data), compress_type=zipfile.ZIP_DEFLATED if i % 2 else zipfile.ZIP_STORED)
        """
        guard DirHashOracle.python(["-c", program, spec.path, target.path]) != nil else {
            throw CocoaError(.fileWriteUnknown)
        }
        return target
    }
}

/// Deterministic pseudo-random bytes, so a failing case can be rerun.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
