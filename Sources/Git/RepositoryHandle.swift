internal import CLibGit2
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// The single owner of a `git_repository*`. Not `Sendable`: libgit2 handles must stay in
/// the task that opened them. Everything it hands out is a Swift value.
final class RepositoryHandle {
    let pointer: OpaquePointer
    /// Absolute git directory, no trailing slash.
    let gitDir: String
    /// Absolute, symlink-free working tree, no trailing slash; `nil` when there is none.
    let workdir: String?

    private init(pointer: OpaquePointer) {
        self.pointer = pointer
        gitDir = RequestedPath.withoutTrailingSlash(git_repository_path(pointer).map { String(cString: $0) } ?? "")
        workdir = Self.effectiveWorkdir(pointer)
    }

    deinit { git_repository_free(pointer) }

    /// Opens the repository containing `path`, walking up; `nil` when there is none.
    static func discover(_ path: String, displayPath: String) throws(SourceError) -> RepositoryHandle? {
        GitLibrary.ensureInitialized()
        var pointer: OpaquePointer?
        let result = git_repository_open_ext(&pointer, path, 0, nil)
        if result < 0 {
            let failure = LibGit2Failure(code: result)
            if failure.isNotFound && failure.errorClass == Int32(GIT_ERROR_REPOSITORY.rawValue) { return nil }
            if failure.code == GIT_EOWNER.rawValue || failure.message.contains("safe.directory") {
                throw SourceError(kind: .notOwned, path: displayPath, message:
                    "repository is owned by another user (\(failure.message)); add it to git's safe.directory, or pass --no-owner-validation (as CI containers need)")
            }
            throw SourceError(kind: .unreadable, path: displayPath, message: failure.message)
        }
        guard let pointer else {
            throw SourceError(kind: .unreadable, path: displayPath, message: "libgit2 returned no repository")
        }
        return RepositoryHandle(pointer: pointer)
    }

    /// libgit2 1.5 takes a bare directory copied without its `config` file for a non-bare
    /// repository whose working tree is the parent directory. A real repository always has a
    /// config file in its common directory, so its absence means "bare".
    private static func effectiveWorkdir(_ pointer: OpaquePointer) -> String? {
        guard git_repository_is_bare(pointer) == 0, let workdir = git_repository_workdir(pointer) else { return nil }
        let common = git_repository_commondir(pointer).map { String(cString: $0) } ?? ""
        guard access(RequestedPath.withoutTrailingSlash(common) + "/config", F_OK) == 0 else { return nil }
        let path = String(cString: workdir)
        return RequestedPath.canonical(path) ?? RequestedPath.withoutTrailingSlash(path)
    }

    var isBare: Bool { workdir == nil }

    /// HEAD, branch, origin and layout, each looked up independently so that one missing
    /// piece (unborn HEAD, no config) does not hide the others.
    func info() -> RepositoryInfo {
        var headID = git_oid()
        let headCommit = git_reference_name_to_id(&headID, pointer, "HEAD") == 0 ? ObjectID(headID).hex : nil
        return RepositoryInfo(headCommit: headCommit, headBranch: headBranch(), originURL: originURL(),
                              isBare: isBare, workdir: workdir, gitDir: gitDir)
    }

    private func headBranch() -> String? {
        var head: OpaquePointer?
        guard git_reference_lookup(&head, pointer, "HEAD") == 0, let head else { return nil }
        defer { git_reference_free(head) }
        guard git_reference_type(head) == GIT_REFERENCE_SYMBOLIC,
              let target = git_reference_symbolic_target(head) else { return nil }
        let name = String(cString: target)
        let prefix = "refs/heads/"
        return name.hasPrefix(prefix) ? String(name.dropFirst(prefix.count)) : name
    }

    /// The configured URL, not `git_remote_url`'s: that applies `url.*.insteadOf` rewrites,
    /// which describe this machine (mirrors, proxies) rather than the repository.
    private func originURL() -> String? {
        withConfig { config in
            var value: UnsafePointer<CChar>?
            guard git_config_get_string(&value, config, "remote.origin.url") == 0, let value else { return nil }
            return RemoteURL.sanitized(String(cString: value))
        } ?? nil
    }

    /// A boolean from the repository's configuration, or `fallback` when unset or unreadable.
    func configFlag(_ name: String, default fallback: Bool) -> Bool {
        withConfig { config in
            var value: Int32 = 0
            return git_config_get_bool(&value, config, name) == 0 ? value != 0 : fallback
        } ?? fallback
    }

    /// Runs `body` with a read-only snapshot of the configuration; `nil` if it cannot be loaded.
    private func withConfig<Result>(_ body: (OpaquePointer) -> Result) -> Result? {
        var config: OpaquePointer?
        guard git_repository_config_snapshot(&config, pointer) == 0, let config else { return nil }
        defer { git_config_free(config) }
        return body(config)
    }
}
