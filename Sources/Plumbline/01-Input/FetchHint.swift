/// The git command that brings a missing baseline revision into a shallow clone. `git fetch origin
/// origin/main` is refused (a remote-tracking name is not a name on the remote), so each form of revision
/// gets the command git accepts for it.
enum FetchHint {
    static func command(for revision: String) -> String {
        // HEAD~N, HEAD^: the history is there on the remote, only not deep enough here.
        if revision.hasPrefix("HEAD~") || revision.hasPrefix("HEAD^") {
            let depth = Int(revision.dropFirst(5)) ?? revision.dropFirst(4).filter { $0 == "^" }.count
            return "git fetch --deepen=\(max(1, depth))"
        }
        // refs/remotes/REMOTE/BRANCH or REMOTE/BRANCH: fetch BRANCH from REMOTE.
        var name = Substring(revision)
        if name.hasPrefix("refs/remotes/") { name = name.dropFirst("refs/remotes/".count) }
        if let slash = name.firstIndex(of: "/"), name.hasPrefix("origin/") || revision.hasPrefix("refs/remotes/") {
            return "git fetch \(name[..<slash]) \(name[name.index(after: slash)...])"
        }
        return "git fetch origin \(revision)"
    }
}
