/// Facts about the repository a snapshot came from.
public struct RepositoryInfo: Sendable, Equatable {
    /// The commit HEAD points to, as 40 hex digits; `nil` when HEAD is unborn.
    public let headCommit: String?
    /// The branch HEAD refers to (short name such as `main`), even when it is unborn;
    /// `nil` when HEAD is detached.
    public let headBranch: String?
    /// The `origin` remote's URL with credentials removed (see `RemoteURL.sanitized`).
    public let originURL: String?
    /// Whether the repository has no working tree, including bare directories copied
    /// without a `config` file.
    public let isBare: Bool
    /// The absolute working tree directory, `nil` for bare repositories.
    public let workdir: String?
    /// The absolute git directory.
    public let gitDir: String

    /// Creates repository facts.
    public init(headCommit: String?, headBranch: String?, originURL: String?,
                isBare: Bool, workdir: String?, gitDir: String) {
        self.headCommit = headCommit
        self.headBranch = headBranch
        self.originURL = originURL
        self.isBare = isBare
        self.workdir = workdir
        self.gitDir = gitDir
    }
}
