/// What a scan says about a file it wanted but could not read. An unreadable file is a problem of the
/// scan (an incomplete clone, a permission), not of the code, so it is a notification and never a finding.
enum UnreadableFile {
    static func message(path: String, reason: String) -> String {
        var text = "\(path) was not scanned: its content could not be read (\(reason))"
        // libgit2 names the object it could not find: a partial clone or a damaged object store.
        if reason.hasPrefix("blob ") || reason.hasPrefix("object ") {
            text += "; the repository is incomplete (a partial clone, or a missing object): `git fsck` lists what is missing, and fetching it (or a full clone) lets Plumbline read it"
        }
        return text
    }
}
