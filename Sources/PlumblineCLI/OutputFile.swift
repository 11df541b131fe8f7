import Foundation
import Plumbline

/// Writes a report in place. Foundation's atomic write renames a temporary file over the target, which
/// would replace `/dev/null` or a named pipe with a regular file.
enum OutputFile {
    static func write(_ text: String, to path: String) throws(PlumblineError) {
        guard writeAll(text, to: path) else {
            throw .usage("error: cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    private static func writeAll(_ text: String, to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            bytes = bytes.dropFirst(written)
        }
        return true
    }
}
