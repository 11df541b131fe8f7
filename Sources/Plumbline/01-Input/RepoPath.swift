/// Repository-relative path arithmetic. Paths use `/`; the root directory is `.`.
enum RepoPath {
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory == "." ? name : directory + "/" + name
    }

    /// Resolves a relative directory (as written in go.mod or go.work) against a directory of the
    /// repository; nil when it is absolute or climbs out of the repository.
    static func resolve(_ relative: String, from directory: String) -> String? {
        let text = relative.replacingOccurrences(of: "\\", with: "/")
        if text.hasPrefix("/") || (text.count >= 2 && text.dropFirst().first == ":") { return nil }
        var parts = directory == "." ? [] : directory.split(separator: "/").map(String.init)
        for part in text.split(separator: "/") {
            switch part {
            case ".", "": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}

import Foundation
