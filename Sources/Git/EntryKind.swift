/// What a snapshot entry is, as git would record it.
public enum EntryKind: Sendable, Hashable {
    /// A regular, non-executable file (mode 100644).
    case file
    /// A regular executable file (mode 100755).
    case executable
    /// A symbolic link (mode 120000); its content is the link text, never the target.
    case symlink
    /// A submodule commit (gitlink, mode 160000); listed but never entered.
    case submodule
}
