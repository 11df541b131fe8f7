/// The non-test files of one Go package (a directory and a package name), as far as its `syscall/js` use
/// goes: which files import it, and how much of the package builds beyond GOOS=js.
struct GoPackageView: Sendable {
    var name: String
    var directory: String
    var syscallJSFiles: [String] = []
    var filesBeyondJS = 0
    var wasip1Files = 0

    static func all(_ views: [GoFileView]) -> [String: GoPackageView] {
        var packages: [String: GoPackageView] = [:]
        for view in views.sorted(by: { $0.path < $1.path }) {
            var package = packages[view.packageKey] ?? GoPackageView(name: view.file.packageName, directory: RepoPath.directory(of: view.path))
            defer { packages[view.packageKey] = package }
            guard !view.file.isTest else { continue }
            if view.file.imports.contains(where: { $0.path == "syscall/js" }) {
                package.syscallJSFiles.append(view.path)
            } else if let reach = view.reach, !reach.operatingSystems.subtracting(["js"]).isEmpty {
                package.filesBeyondJS += 1
            }
            if view.reach?.onlyBuilds(for: "wasip1") == true { package.wasip1Files += 1 }
        }
        return packages
    }

    var fact: FactObject {
        FactObject(identity: "package:\(directory):\(name)", location: nil, fields: [
            "name": .string(name),
            "dir": .string(directory),
            "syscall_js_files": .strings(syscallJSFiles),
            "files_beyond_js": .int(filesBeyondJS),
            "wasip1_files": .int(wasip1Files),
        ])
    }
}
