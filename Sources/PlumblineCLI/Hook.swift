import ArgumentParser
import Foundation
import Git
import Plumbline
import PlumblineHooks

/// `plumbline hook install|uninstall`: a plain git pre-commit hook for repositories that do not use the
/// pre-commit framework.
struct Hook: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Install or remove a git pre-commit hook that scans what each commit will contain.",
        subcommands: [Install.self, Uninstall.self]
    )

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the repository's pre-commit hook; an existing hook is chained (run first), not overwritten."
        )

        @Argument(help: "Repository (or a directory inside it).")
        var path: String = "."

        @Flag(help: "Replace an existing hook instead of chaining it (it is kept as pre-commit.plumbline-replaced).")
        var force = false

        @Option(name: .customLong("fail-on"), help: ArgumentHelp("Stop the commit when a finding is at or above this level: error, warning, note or never (default: as `scan`, the config's fail_on, else error).", valueName: "LEVEL"))
        var failOn: FailOn?

        @Option(help: ArgumentHelp("Configuration file for the hook's scans (default: the staged .plumbline.yaml).", valueName: "FILE"))
        var config: String?

        @Flag(name: .customLong("new-only"), help: "Stop only commits that add findings: judge the index against HEAD (scan --baseline-rev HEAD), for repositories with old debt.")
        var newOnly = false

        func run() throws {
            let hooks = try Hook.locate(path)
            var arguments: [String] = []
            if let failOn { arguments += ["--fail-on", failOn.rawValue] }
            if newOnly { arguments += ["--baseline-rev", "HEAD"] }
            if let config { arguments += ["--config", try Hook.configArgument(config, workdir: hooks.workdir)] }
            let script = HookScript(executable: PlumblineExecutable.current(), scanArguments: arguments)
            try Hook.report(hooks) { () throws(HookError) in try PreCommitHook(directory: hooks.path).install(script, force: force) }
        }
    }

    struct Uninstall: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove Plumbline's pre-commit hook and put back the hook it chained."
        )

        @Argument(help: "Repository (or a directory inside it).")
        var path: String = "."

        func run() throws {
            let hooks = try Hook.locate(path)
            try Hook.report(hooks) { () throws(HookError) in try PreCommitHook(directory: hooks.path).uninstall() }
        }
    }

    /// A bare repository is a refusal (2); anything else means the repository could not be read (3),
    /// as for `scan`.
    static func locate(_ path: String) throws(PlumblineError) -> HooksDirectory {
        do {
            return try HooksDirectory.locate(repositoryAt: path)
        } catch {
            throw PlumblineError(error.kind == .noWorkingTree ? .usage : .unreadable, "error: \(error.description)")
        }
    }

    /// Runs an install or uninstall and prints one line per action; a refusal exits 2, a failed file
    /// operation 3.
    static func report(_ hooks: HooksDirectory, _ change: () throws(HookError) -> [HookAction]) throws(PlumblineError) {
        do {
            for action in try change() {
                print(action.summary { display($0, workdir: hooks.workdir) })
            }
        } catch {
            throw PlumblineError(error.kind == .fileSystem ? .unreadable : .usage, "error: \(display(error.path, workdir: hooks.workdir)): \(error.message)")
        }
    }

    /// Paths inside the work tree relative to its top (`.git/hooks/pre-commit`), others absolute.
    static func display(_ path: String, workdir: String) -> String {
        let prefix = workdir.hasSuffix("/") ? workdir : workdir + "/"
        return path.utf8.starts(with: prefix.utf8) ? String(decoding: path.utf8.dropFirst(prefix.utf8.count), as: UTF8.self) : path
    }

    /// The hook runs at the work tree's top, so a file inside the tree is recorded relative to it (the
    /// repository can move); one outside, absolute. It must exist now, or every commit would fail.
    static func configArgument(_ file: String, workdir: String) throws(PlumblineError) -> String {
        let absolute = URL(fileURLWithPath: file).standardizedFileURL.resolvingSymlinksInPath().path
        guard FileManager.default.isReadableFile(atPath: absolute) else {
            throw .usage("error: cannot read configuration file \(file)")
        }
        let relative = display(absolute, workdir: workdir)
        // `./` keeps a name starting with `-` from reading as an option.
        return relative.hasPrefix("/") ? absolute : "./" + relative
    }
}
