/// Which version of a repository's files a snapshot lists.
public enum SourceMode: Sendable, Equatable {
    /// Files on disk: tracked files that still exist plus untracked files that are not ignored.
    case workingTree
    /// Staged content: what the next commit would contain.
    case index
    /// The tree of a commit-ish such as `HEAD`, a branch, a tag, a sha prefix or `HEAD~1`.
    case revision(String)
}
