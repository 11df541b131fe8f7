/// One thing `PreCommitHook` did. Paths are absolute.
public enum HookAction: Sendable, Equatable {
    /// Wrote Plumbline's hook where there was none.
    case installed(hook: String)
    /// Moved the hook that was in place to `previous` and wrote Plumbline's, which runs it first.
    case chained(hook: String, previous: String)
    /// Replaced a hook not written by Plumbline (`force`), keeping it as `backup`.
    case replaced(hook: String, backup: String)
    /// Rewrote a hook Plumbline had written before.
    case updated(hook: String)
    /// Plumbline's hook still runs this earlier hook first.
    case keptChain(chained: String)
    /// Removed Plumbline's hook.
    case uninstalled(hook: String)
    /// Moved the chained hook back to its own name.
    case restored(hook: String, from: String)
    /// There was no hook to remove.
    case nothingToDo(hook: String)

    /// One line for people, with every path passed through `display` (e.g. to shorten it).
    public func summary(_ display: (String) -> String) -> String {
        switch self {
        case .installed(let hook):
            "installed \(display(hook))"
        case .chained(let hook, let previous):
            "installed \(display(hook)) (chained the existing hook, now \(display(previous)))"
        case .replaced(let hook, let backup):
            "installed \(display(hook)) (replaced the existing hook, kept as \(display(backup)))"
        case .updated(let hook):
            "updated \(display(hook))"
        case .keptChain(let chained):
            "kept the chained hook \(display(chained)), which runs first"
        case .uninstalled(let hook):
            "removed \(display(hook))"
        case .restored(let hook, let from):
            "restored \(display(hook)) from \(display(from))"
        case .nothingToDo(let hook):
            "nothing to do: no pre-commit hook at \(display(hook))"
        }
    }
}
