import ArgumentParser
import Git
import Plumbline

/// Which snapshot of which repository a command reads: shared by `scan`, `roadmap` and `modules`.
struct SnapshotOptions: ParsableArguments {
    @Argument(help: "Repository or directory to read.")
    var path: String = "."

    @Option(name: .customLong("rev"), help: ArgumentHelp("Read this commit-ish's tree (works on bare repositories).", valueName: "REV"))
    var revision: String?

    @Flag(help: "Read the index: the content the next commit would get ($GIT_INDEX_FILE when set, as git hooks see it).")
    var staged = false

    @Flag(name: .customLong("no-owner-validation"), help: "Open repositories owned by another user (as in CI containers).")
    var noOwnerValidation = false

    func validate() throws {
        if revision != nil && staged { throw ValidationError("--rev and --staged cannot be used together") }
    }

    var mode: SourceMode { revision.map { .revision($0) } ?? (staged ? .index : .workingTree) }

    /// The snapshot read through libgit2, for commands that do not run a whole scan.
    func read() throws(PlumblineError) -> ScanInput {
        if noOwnerValidation { GitLibrary.setOwnerValidation(false) }
        do {
            return try ScanInput.load(path: path, mode: mode)
        } catch {
            throw .unreadable("error: \(error.description)")
        }
    }
}
