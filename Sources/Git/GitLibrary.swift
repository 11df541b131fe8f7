internal import CLibGit2

/// Process-wide libgit2 settings.
public enum GitLibrary {
    /// A lazy `static let` runs exactly once and thread-safely, which is what
    /// `git_libgit2_init` needs; `Int32` is `Sendable`, so strict concurrency accepts it.
    ///
    /// Strict hash verification is turned off: like `git cat-file`, reading trusts the object database
    /// instead of re-hashing every object read, which cost as much as inflating it.
    private static let initializationCount: Int32 = {
        let count = git_libgit2_init()
        _ = clibgit2_set_strict_hash_verification(0)
        return count
    }()

    /// Initializes libgit2 once per process; every entry point calls this first.
    static func ensureInitialized() {
        _ = initializationCount
    }

    /// Turns libgit2's repository owner check on (the default) or off.
    ///
    /// libgit2 1.5 refuses repositories owned by another user unless `safe.directory`
    /// allows them, which is common in CI containers. The setting is process-wide.
    public static func setOwnerValidation(_ on: Bool) {
        ensureInitialized()
        _ = clibgit2_set_owner_validation(on ? 1 : 0)
    }
}
