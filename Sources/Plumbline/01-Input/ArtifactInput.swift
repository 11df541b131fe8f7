import Foundation

extension ScanInput {
    /// Adds build outputs that are not in the snapshot (`--artifacts`): files, or directories walked without
    /// following symbolic links. Only artifact files (`.o`, `.elf`) are taken. A path inside the scanned
    /// repository is reported relative to its root, so SARIF can point at it; others keep the path given.
    public mutating func addArtifacts(_ arguments: [String]) {
        let fileManager = FileManager.default
        let root = rootPath.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        for argument in arguments {
            let url = URL(fileURLWithPath: argument).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                notifications.append(Notification(level: .error, message: "artifact path \(argument) does not exist"))
                continue
            }
            var candidates: [URL] = []
            if isDirectory.boolValue {
                let walker = fileManager.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey])
                while let next = walker?.nextObject() as? URL {
                    let values = try? next.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
                    if values?.isRegularFile == true, values?.isSymbolicLink != true { candidates.append(next) }
                }
            } else {
                candidates = [url]
            }
            for file in candidates.sorted(by: { $0.path < $1.path }) where FileSelection.isArtifact(file.path) || candidates.count == 1 {
                let display = Self.displayPath(file.path, root: root, given: argument, base: url.path)
                guard let data = fileManager.contents(atPath: file.path) else {
                    unreadable[display] = "cannot read artifact \(file.path)"
                    continue
                }
                guard data.count <= FileSelection.maxFileBytes else {
                    unreadable[display] = "artifact \(file.path) is larger than \(FileSelection.maxFileBytes) bytes"
                    continue
                }
                files[display] = [UInt8](data)
                if !paths.contains(display) { paths.append(display) }
            }
        }
        paths.sort()
    }

    private static func displayPath(_ absolute: String, root: String?, given: String, base: String) -> String {
        if let root, absolute.hasPrefix(root + "/") { return String(absolute.dropFirst(root.count + 1)) }
        if absolute == base { return given }
        return given.hasSuffix("/") ? given + absolute.dropFirst(base.count + 1) : given + "/" + absolute.dropFirst(base.count + 1)
    }
}
