#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the absolute path of the running `plumbline`, for the hook to call later.
public enum PlumblineExecutable {
    /// The longest link text read from `/proc/self/exe`.
    static let maxPathBytes = 4096

    /// The running executable: `arguments[0]` made absolute (searching `PATH` when it has no slash), which
    /// keeps a symlinked install's stable name; else `/proc/self/exe`. `nil` when neither is usable.
    public static func current(
        argument0: String = CommandLine.arguments.first ?? "",
        searchPath: String? = environment("PATH"),
        currentDirectory: String? = workingDirectory()
    ) -> String? {
        resolve(argument0, searchPath: searchPath, currentDirectory: currentDirectory) ?? procSelfExe()
    }

    /// `name` as an absolute path to an executable file, the way `sh` would find it; `nil` when none is.
    public static func resolve(_ name: String, searchPath: String?, currentDirectory: String?) -> String? {
        guard !name.isEmpty else { return nil }
        if name.hasPrefix("/") { return isExecutableFile(name) ? name : nil }
        if name.contains("/") {
            guard let currentDirectory else { return nil }
            let candidate = joined(currentDirectory, name)
            return isExecutableFile(candidate) ? candidate : nil
        }
        // An empty PATH entry means the current directory, as in sh.
        for entry in (searchPath ?? "").split(separator: ":", omittingEmptySubsequences: false) {
            let directory = entry.isEmpty ? "." : String(entry)
            let absolute: String
            if directory.hasPrefix("/") {
                absolute = directory
            } else {
                guard let currentDirectory else { continue }
                absolute = joined(currentDirectory, directory)
            }
            let candidate = joined(absolute, name)
            if isExecutableFile(candidate) { return candidate }
        }
        return nil
    }

    static func isExecutableFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG && access(path, X_OK) == 0
    }

    /// `directory/name` with `./` components of `name` dropped.
    static func joined(_ directory: String, _ name: String) -> String {
        let parts = name.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        return ([base] + parts.map(String.init)).joined(separator: "/")
    }

    /// The environment variable `name`, `nil` when unset.
    public static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The process's current directory, `nil` when it cannot be told.
    public static func workingDirectory() -> String? {
        guard let path = getcwd(nil, 0) else { return nil }
        defer { free(path) }
        return String(cString: path)
    }

    private static func procSelfExe() -> String? {
        var buffer = [CChar](repeating: 0, count: maxPathBytes)
        let count = readlink("/proc/self/exe", &buffer, maxPathBytes)
        guard count > 0, count < maxPathBytes else { return nil }
        let path = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return isExecutableFile(path) ? path : nil
    }
}
