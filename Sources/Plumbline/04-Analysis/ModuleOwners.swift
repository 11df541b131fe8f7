/// Which module a file belongs to: the go.mod in its directory or the nearest one above it. Looked up by
/// walking up the file's directories, so the cost does not grow with the number of modules.
struct ModuleOwners {
    private let byDirectory: [String: ParsedRepository.Module]

    init(_ modules: [ParsedRepository.Module]) {
        byDirectory = Dictionary(modules.map { ($0.dir, $0) }) { first, _ in first }
    }

    func module(of path: String) -> ParsedRepository.Module? {
        var directory = RepoPath.directory(of: path)
        while true {
            if let module = byDirectory[directory] { return module }
            if directory == "." { return nil }
            directory = RepoPath.directory(of: directory)
        }
    }
}
