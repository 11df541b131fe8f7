internal import CLibGit2

/// The directory git runs a repository's hooks from, as `git commit` would find it.
public struct HooksDirectory: Sendable, Equatable {
    /// Absolute path of the hooks directory; it need not exist yet.
    public let path: String
    /// The absolute, symlink-free working tree that hooks run in.
    public let workdir: String
    /// `core.hooksPath` as configured (after `~/` expansion); `nil` when unset.
    public let configuredPath: String?

    /// Creates a hooks directory description.
    public init(path: String, workdir: String, configuredPath: String?) {
        self.path = path
        self.workdir = workdir
        self.configuredPath = configuredPath
    }

    /// Finds the hooks directory of the repository containing `path` (walking up).
    ///
    /// Honours linked worktrees (hooks live in the common git directory) and `core.hooksPath`,
    /// which git resolves against the working tree's top level because hooks run there.
    /// Throws `.notARepository` outside a repository and `.noWorkingTree` for a bare one,
    /// where nothing is ever committed and a pre-commit hook would never run.
    public static func locate(repositoryAt path: String) throws(SourceError) -> HooksDirectory {
        GitLibrary.ensureInitialized()
        let directory = try RequestedPath.resolveDirectory(path)
        guard let repository = try RepositoryHandle.discover(directory, displayPath: path) else {
            throw SourceError(kind: .notARepository, path: path, message: "not inside a git repository")
        }
        guard let workdir = repository.workdir else {
            throw SourceError(kind: .noWorkingTree, path: path,
                              message: "a bare repository has no commits made in it, so a pre-commit hook would never run")
        }
        if let configured = try repository.configuredHooksPath(displayPath: path) {
            guard !configured.isEmpty else {
                throw SourceError(kind: .unreadable, path: path,
                                  message: "core.hooksPath is set but empty; set it to a directory or unset it")
            }
            let absolute = configured.hasPrefix("/") ? configured : workdir + "/" + configured
            return HooksDirectory(path: settled(absolute), workdir: workdir, configuredPath: configured)
        }
        return HooksDirectory(path: settled(try repository.defaultHooksPath(displayPath: path)),
                              workdir: workdir, configuredPath: nil)
    }

    /// Symlink-free when the directory exists, so it compares with the (canonical) work tree;
    /// otherwise cleaned lexically.
    private static func settled(_ path: String) -> String {
        RequestedPath.canonical(path) ?? LexicalPath.normalized(path)
    }
}

extension RepositoryHandle {
    /// libgit2 1.5's `GIT_REPOSITORY_ITEM_HOOKS` ignores `core.hooksPath`, so that is read separately;
    /// the item path still matters because it resolves linked worktrees to the common directory.
    fileprivate func defaultHooksPath(displayPath: String) throws(SourceError) -> String {
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        let result = git_repository_item_path(&buffer, pointer, GIT_REPOSITORY_ITEM_HOOKS)
        guard result == 0, let text = buffer.ptr else {
            throw SourceError(kind: .unreadable, path: displayPath,
                              message: "cannot find the hooks directory: \(LibGit2Failure(code: result).message)")
        }
        return RequestedPath.withoutTrailingSlash(String(cString: text))
    }

    /// `core.hooksPath` with `~/` expanded as git does for path-valued settings; `nil` when unset.
    fileprivate func configuredHooksPath(displayPath: String) throws(SourceError) -> String? {
        var config: OpaquePointer?
        let opened = git_repository_config_snapshot(&config, pointer)
        guard opened == 0, let config else {
            throw SourceError(kind: .unreadable, path: displayPath,
                              message: "cannot read the configuration: \(LibGit2Failure(code: opened).message)")
        }
        defer { git_config_free(config) }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        let result = git_config_get_path(&buffer, config, "core.hooksPath")
        if result == GIT_ENOTFOUND.rawValue { return nil }
        guard result == 0 else {
            throw SourceError(kind: .unreadable, path: displayPath,
                              message: "cannot read core.hooksPath: \(LibGit2Failure(code: result).message)")
        }
        guard let text = buffer.ptr else { return "" }
        return RequestedPath.withoutTrailingSlash(String(cString: text))
    }
}

/// Cleans `.` and `..` components from an absolute path without touching the file system.
private enum LexicalPath {
    static func normalized(_ path: String) -> String {
        var components: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return "/" + components.joined(separator: "/")
    }
}
