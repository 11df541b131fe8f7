/// Installs and removes Plumbline's git pre-commit hook in a hooks directory without losing the hook
/// that was there: it is chained (moved aside and run first), or with `force` kept as a backup.
public struct PreCommitHook: Sendable, Equatable {
    /// The hook git runs before a commit.
    public static let name = "pre-commit"
    /// Where a chained hook is kept, beside Plumbline's.
    public static let chainedName = "pre-commit.plumbline-chained"
    /// Where a hook replaced with `force` is kept.
    public static let replacedName = "pre-commit.plumbline-replaced"
    /// How many numbered backups `force` tries before giving up.
    static let maxBackups = 100

    /// The absolute hooks directory.
    public let directory: String

    /// A hook manager for `directory` (for example `HooksDirectory.locate(repositoryAt:).path`).
    public init(directory: String) {
        self.directory = directory
    }

    /// The absolute path of the pre-commit hook.
    public var hookPath: String { directory + "/" + Self.name }
    /// The absolute path a chained hook is kept at.
    public var chainedPath: String { directory + "/" + Self.chainedName }

    /// Writes `script` as the pre-commit hook.
    ///
    /// A hook Plumbline wrote before is rewritten and its chain kept. Any other hook (file or symlink) is
    /// chained, unless `force`, which replaces it and keeps it as `pre-commit.plumbline-replaced`.
    /// Chaining refuses when the chained name is taken, so nothing is ever overwritten.
    public func install(_ script: HookScript, force: Bool = false) throws(HookError) -> [HookAction] {
        try HookFileSystem.makeDirectory(directory)
        switch try currentHook() {
        case .absent:
            try HookFileSystem.writeExecutable(script.text, to: hookPath)
            return [.installed(hook: hookPath)] + (try keptChain())
        case .plumbline:
            try HookFileSystem.writeExecutable(script.text, to: hookPath)
            return [.updated(hook: hookPath)] + (try keptChain())
        case .foreign:
            if force {
                let backup = try freeBackupPath()
                try HookFileSystem.move(hookPath, to: backup)
                try writeRestoringOnFailure(script, moved: backup)
                return [.replaced(hook: hookPath, backup: backup)] + (try keptChain())
            }
            guard try !HookFileSystem.exists(chainedPath) else {
                throw HookError(kind: .chainSlotTaken, path: chainedPath, message:
                    "cannot chain the existing pre-commit hook: this name is taken; move it away, or use --force to replace the hook (it is kept as a backup)")
            }
            try HookFileSystem.move(hookPath, to: chainedPath)
            try writeRestoringOnFailure(script, moved: chainedPath)
            return [.chained(hook: hookPath, previous: chainedPath)]
        case .notAFile:
            throw HookError(kind: .notAFile, path: hookPath, message: "is not a file or symlink; left untouched")
        }
    }

    /// Removes Plumbline's hook and moves the hook it chained back in place.
    ///
    /// Refuses, changing nothing, when the hook in place is not Plumbline's. With no hook at all it puts
    /// back an orphaned chained hook if there is one, and otherwise does nothing.
    public func uninstall() throws(HookError) -> [HookAction] {
        switch try currentHook() {
        case .absent:
            guard try HookFileSystem.exists(chainedPath) else { return [.nothingToDo(hook: hookPath)] }
            try HookFileSystem.move(chainedPath, to: hookPath)
            return [.restored(hook: hookPath, from: chainedPath)]
        case .plumbline:
            try HookFileSystem.remove(hookPath)
            guard try HookFileSystem.exists(chainedPath) else { return [.uninstalled(hook: hookPath)] }
            try HookFileSystem.move(chainedPath, to: hookPath)
            return [.uninstalled(hook: hookPath), .restored(hook: hookPath, from: chainedPath)]
        case .foreign, .notAFile:
            throw HookError(kind: .notInstalledByPlumbline, path: hookPath,
                            message: "not installed by plumbline; left untouched")
        }
    }

    /// What holds the pre-commit hook's name.
    private enum CurrentHook {
        case absent
        case plumbline
        /// A file or symlink someone else put there.
        case foreign
        /// A directory, FIFO, socket or device.
        case notAFile
    }

    private func currentHook() throws(HookError) -> CurrentHook {
        switch try HookFileSystem.occupant(of: hookPath) {
        case .nothing: .absent
        case .file: HookScript.isPlumblineHook(try HookFileSystem.prefix(of: hookPath)) ? .plumbline : .foreign
        case .symlink: .foreign
        case .other: .notAFile
        }
    }

    private func keptChain() throws(HookError) -> [HookAction] {
        try HookFileSystem.exists(chainedPath) ? [.keptChain(chained: chainedPath)] : []
    }

    /// Puts the moved hook back when ours cannot be written, so a failed install changes nothing.
    private func writeRestoringOnFailure(_ script: HookScript, moved: String) throws(HookError) {
        do {
            try HookFileSystem.writeExecutable(script.text, to: hookPath)
        } catch {
            try? HookFileSystem.move(moved, to: hookPath)
            throw error
        }
    }

    /// `pre-commit.plumbline-replaced`, else the first free `pre-commit.plumbline-replaced.N`.
    private func freeBackupPath() throws(HookError) -> String {
        let base = directory + "/" + Self.replacedName
        if try !HookFileSystem.exists(base) { return base }
        for number in 2...Self.maxBackups {
            let candidate = "\(base).\(number)"
            if try !HookFileSystem.exists(candidate) { return candidate }
        }
        throw HookError(kind: .fileSystem, path: base, message:
            "\(Self.maxBackups) backups of replaced hooks are already there; remove some and try again")
    }
}
