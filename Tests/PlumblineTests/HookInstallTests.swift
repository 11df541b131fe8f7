import Foundation
import Testing
import Plumbline
import PlumblineHooks

/// `plumbline hook install|uninstall`: the hook is written, an existing one is chained or (with force)
/// backed up, uninstall removes only what install added, and git really runs it.
@Suite struct HookInstallTests {
    static let foreignHook = "#!/bin/sh\necho foreign hook\n"
    static let script = HookScript(executable: "/opt/plumbline/bin/plumbline", scanArguments: [])

    // MARK: - File-system component

    @Test func installsWhereThereIsNoHook() throws {
        let hooks = HookDirectory()
        let actions = try hooks.manager.install(Self.script)
        #expect(actions == [.installed(hook: hooks.hook)])
        #expect(hooks.text(hooks.hook) == Self.script.text)
        #expect(hooks.mode(hooks.hook) == 0o755)
        #expect(hooks.names() == ["pre-commit"])
    }

    @Test func createsAMissingHooksDirectory() throws {
        let root = Support.temporaryDirectory("plumbline-hooks")
        let manager = PreCommitHook(directory: root + "/not/there/yet")
        #expect(try manager.install(Self.script) == [.installed(hook: manager.hookPath)])
        #expect(FileManager.default.isExecutableFile(atPath: manager.hookPath))
    }

    @Test func chainsAnExistingHookAndUninstallRestoresIt() throws {
        let hooks = HookDirectory()
        let original = Data([0x23, 0x21, 0x2F, 0x62, 0x69, 0x6E, 0x2F, 0x73, 0x68, 0x0A, 0xFF, 0x00, 0x0D, 0x0A])
        hooks.write(hooks.hook, original, mode: 0o700)

        #expect(try hooks.manager.install(Self.script) == [.chained(hook: hooks.hook, previous: hooks.chained)])
        #expect(hooks.data(hooks.chained) == original)
        #expect(hooks.mode(hooks.chained) == 0o700)
        #expect(hooks.text(hooks.hook) == Self.script.text)

        #expect(try hooks.manager.uninstall() == [.uninstalled(hook: hooks.hook), .restored(hook: hooks.hook, from: hooks.chained)])
        #expect(hooks.data(hooks.hook) == original)
        #expect(hooks.mode(hooks.hook) == 0o700)
        #expect(hooks.names() == ["pre-commit"])
    }

    @Test func forceReplacesAndKeepsABackup() throws {
        let hooks = HookDirectory()
        hooks.write(hooks.hook, Data(Self.foreignHook.utf8), mode: 0o755)
        let backup = hooks.directory + "/pre-commit.plumbline-replaced"
        #expect(try hooks.manager.install(Self.script, force: true) == [.replaced(hook: hooks.hook, backup: backup)])
        #expect(hooks.text(backup) == Self.foreignHook)
        #expect(hooks.text(hooks.hook) == Self.script.text)
        #expect(hooks.names() == ["pre-commit", "pre-commit.plumbline-replaced"])

        // A second replacement never overwrites the first backup.
        hooks.write(hooks.hook, Data("#!/bin/sh\necho second\n".utf8), mode: 0o755)
        #expect(try hooks.manager.install(Self.script, force: true) == [.replaced(hook: hooks.hook, backup: backup + ".2")])
        #expect(hooks.text(backup) == Self.foreignHook)
        #expect(hooks.text(backup + ".2") == "#!/bin/sh\necho second\n")

        // Uninstall removes only Plumbline's hook; the backups are the user's to keep.
        #expect(try hooks.manager.uninstall() == [.uninstalled(hook: hooks.hook)])
        #expect(hooks.names() == ["pre-commit.plumbline-replaced", "pre-commit.plumbline-replaced.2"])
    }

    @Test func reinstallUpdatesOurHookAndKeepsTheChain() throws {
        let hooks = HookDirectory()
        hooks.write(hooks.hook, Data(Self.foreignHook.utf8), mode: 0o755)
        _ = try hooks.manager.install(Self.script)
        let stricter = HookScript(executable: "/usr/local/bin/plumbline", scanArguments: ["--fail-on", "warning"])

        #expect(try hooks.manager.install(stricter) == [.updated(hook: hooks.hook), .keptChain(chained: hooks.chained)])
        #expect(hooks.text(hooks.hook) == stricter.text)
        #expect(hooks.text(hooks.chained) == Self.foreignHook)
        #expect(try hooks.manager.install(stricter) == [.updated(hook: hooks.hook), .keptChain(chained: hooks.chained)])
        #expect(hooks.names() == ["pre-commit", "pre-commit.plumbline-chained"])
    }

    @Test func uninstallRefusesAHookItDidNotInstall() throws {
        let hooks = HookDirectory()
        hooks.write(hooks.hook, Data(Self.foreignHook.utf8), mode: 0o750)
        let error = #expect(throws: HookError.self) { try hooks.manager.uninstall() }
        #expect(error == HookError(kind: .notInstalledByPlumbline, path: hooks.hook, message: "not installed by plumbline; left untouched"))
        #expect(hooks.text(hooks.hook) == Self.foreignHook)
        #expect(hooks.mode(hooks.hook) == 0o750)
    }

    @Test func uninstallWithoutAHookHasNothingToDo() throws {
        let hooks = HookDirectory()
        #expect(try hooks.manager.uninstall() == [.nothingToDo(hook: hooks.hook)])
        #expect(hooks.names() == [])
    }

    /// Someone deleted Plumbline's hook by hand: uninstall still puts the chained hook back.
    @Test func uninstallRestoresAnOrphanedChainedHook() throws {
        let hooks = HookDirectory()
        hooks.write(hooks.chained, Data(Self.foreignHook.utf8), mode: 0o755)
        #expect(try hooks.manager.uninstall() == [.restored(hook: hooks.hook, from: hooks.chained)])
        #expect(hooks.names() == ["pre-commit"])
    }

    @Test func chainingRefusesWhenTheChainedNameIsTaken() throws {
        let hooks = HookDirectory()
        hooks.write(hooks.hook, Data(Self.foreignHook.utf8), mode: 0o755)
        hooks.write(hooks.chained, Data("#!/bin/sh\necho older\n".utf8), mode: 0o755)
        let error = #expect(throws: HookError.self) { try hooks.manager.install(Self.script) }
        #expect(error?.kind == .chainSlotTaken)
        #expect(error?.path == hooks.chained)
        #expect(hooks.text(hooks.hook) == Self.foreignHook)
        #expect(hooks.text(hooks.chained) == "#!/bin/sh\necho older\n")
    }

    /// husky and the pre-commit framework install links; the link itself is moved, never its target.
    @Test func symlinkedHookIsChainedAsALink() throws {
        let hooks = HookDirectory()
        let target = hooks.directory + "/husky-hook"
        hooks.write(target, Data(Self.foreignHook.utf8), mode: 0o755)
        try FileManager.default.createSymbolicLink(atPath: hooks.hook, withDestinationPath: "husky-hook")

        #expect(try hooks.manager.install(Self.script) == [.chained(hook: hooks.hook, previous: hooks.chained)])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: hooks.chained) == "husky-hook")
        #expect(hooks.text(target) == Self.foreignHook)

        _ = try hooks.manager.uninstall()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: hooks.hook) == "husky-hook")
        #expect(hooks.text(target) == Self.foreignHook)
    }

    @Test func aDirectoryInTheHooksPlaceIsLeftAlone() throws {
        let hooks = HookDirectory()
        try FileManager.default.createDirectory(atPath: hooks.hook, withIntermediateDirectories: false)
        let error = #expect(throws: HookError.self) { try hooks.manager.install(Self.script, force: true) }
        #expect(error?.kind == .notAFile)
        #expect(hooks.names() == ["pre-commit"])
    }

    // MARK: - The script

    @Test func recognisesOnlyItsOwnMarker() {
        #expect(HookScript.isPlumblineHook(Array(Self.script.text.utf8)))
        #expect(HookScript.isPlumblineHook(Array("#!/bin/sh\n# plumbline-hook v7\n".utf8)))
        #expect(!HookScript.isPlumblineHook(Array(Self.foreignHook.utf8)))
        #expect(!HookScript.isPlumblineHook(Array("#!/bin/sh\n\n\n\n# plumbline-hook v1\n".utf8)))
        #expect(!HookScript.isPlumblineHook([0xFF, 0xFE, 0x00]))
    }

    @Test func pathsAndArgumentsSurviveShellQuoting() throws {
        let hooks = HookDirectory()
        let fake = hooks.fakePlumbline(in: "it's a \"dir\" with $HOME and `ticks`")
        let script = HookScript(executable: fake, scanArguments: ["--config", "a b'c $x.yaml"])
        hooks.write(hooks.hook, Data(script.text.utf8), mode: 0o755)
        let result = hooks.runHook()
        #expect(result.status == 0)
        #expect(result.stdout == "scan\n--staged\n--config\na b'c $x.yaml\n.\n")
    }

    @Test func failsClosedWhenPlumblineCannotBeFound() throws {
        let hooks = HookDirectory()
        let script = HookScript(executable: hooks.directory + "/gone/plumbline", scanArguments: [])
        hooks.write(hooks.hook, Data(script.text.utf8), mode: 0o755)
        let result = hooks.runHook()
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot find plumbline"))
        #expect(result.stderr.contains("PLUMBLINE=/path/to/plumbline"))
        #expect(result.stderr.contains("git commit --no-verify"))
    }

    @Test func environmentOverrideWins() throws {
        let hooks = HookDirectory()
        let installed = hooks.fakePlumbline(in: "installed", says: "installed")
        let override = hooks.fakePlumbline(in: "override", says: "override")
        hooks.write(hooks.hook, Data(HookScript(executable: installed, scanArguments: []).text.utf8), mode: 0o755)
        #expect(hooks.runHook().stdout == "installed\n")
        #expect(hooks.runHook(environment: ["PLUMBLINE": override]).stdout == "override\n")
    }

    @Test func aFailingChainedHookStopsTheCommitWithItsStatus() throws {
        let hooks = HookDirectory()
        let fake = hooks.fakePlumbline(in: "bin", says: "scanned")
        hooks.write(hooks.chained, Data("#!/bin/sh\necho chained ran\nexit 7\n".utf8), mode: 0o755)
        hooks.write(hooks.hook, Data(HookScript(executable: fake, scanArguments: []).text.utf8), mode: 0o755)
        let result = hooks.runHook()
        #expect(result.status == 7)
        #expect(result.stdout == "chained ran\n")
    }

    /// Git skips a hook that is not executable; chaining must not start running it.
    @Test func aNonExecutableChainedHookIsSkippedAsGitWould() throws {
        let hooks = HookDirectory()
        let fake = hooks.fakePlumbline(in: "bin", says: "scanned")
        hooks.write(hooks.chained, Data("#!/bin/sh\necho chained ran\nexit 7\n".utf8), mode: 0o644)
        hooks.write(hooks.hook, Data(HookScript(executable: fake, scanArguments: []).text.utf8), mode: 0o755)
        let result = hooks.runHook()
        #expect(result.status == 0)
        #expect(result.stdout == "scanned\n")
    }

    @Test func executableIsFoundOnPathLikeTheShellDoes() throws {
        let hooks = HookDirectory()
        let fake = hooks.fakePlumbline(in: "bin2")
        let directory = URL(fileURLWithPath: fake).deletingLastPathComponent().path
        let nonExecutable = hooks.directory + "/bin1/plumbline"
        hooks.write(nonExecutable, Data("not a program".utf8), mode: 0o644)
        #expect(PlumblineExecutable.resolve("plumbline", searchPath: "/nonexistent:\(hooks.directory)/bin1:\(directory)", currentDirectory: "/") == fake)
        #expect(PlumblineExecutable.resolve("./bin2/plumbline", searchPath: nil, currentDirectory: hooks.directory) == fake)
        #expect(PlumblineExecutable.resolve(nonExecutable, searchPath: nil, currentDirectory: nil) == nil)
        #expect(PlumblineExecutable.resolve("plumbline", searchPath: "", currentDirectory: hooks.directory + "/bin2") == fake)
        #expect(PlumblineExecutable.resolve("", searchPath: directory, currentDirectory: "/") == nil)
    }

    // MARK: - Command line, on real repositories

    @Test func commandInstallsAndUninstallsInARepositoryWithoutAHook() throws {
        let repo = try GitRepository()
        let installed = repo.plumbline(["hook", "install"])
        #expect(installed.status == 0)
        #expect(installed.stdout == "installed .git/hooks/pre-commit\n")
        let text = repo.text(".git/hooks/pre-commit")
        #expect(text?.contains(HookScript.shellQuoted(Support.binary)) == true)
        #expect(text?.contains("\n\"$plumbline\" 'scan' '--staged' '.'\n") == true)

        let removed = repo.plumbline(["hook", "uninstall"], in: "sub")
        #expect(removed.status == 0)
        #expect(removed.stdout == "removed .git/hooks/pre-commit\n")
        #expect(!FileManager.default.fileExists(atPath: repo.path + "/.git/hooks/pre-commit"))
        #expect(repo.plumbline(["hook", "uninstall"]).stdout == "nothing to do: no pre-commit hook at .git/hooks/pre-commit\n")
    }

    @Test func commandChainsAndReportsTheNewName() throws {
        let repo = try GitRepository()
        Support.write([".git/hooks/pre-commit": Self.foreignHook], under: repo.path)
        let result = repo.plumbline(["hook", "install"])
        #expect(result.status == 0)
        #expect(result.stdout == "installed .git/hooks/pre-commit (chained the existing hook, now .git/hooks/pre-commit.plumbline-chained)\n")
        #expect(repo.text(".git/hooks/pre-commit.plumbline-chained") == Self.foreignHook)
    }

    @Test func commandRefusesToUninstallAForeignHook() throws {
        let repo = try GitRepository()
        Support.write([".git/hooks/pre-commit": Self.foreignHook], under: repo.path)
        let result = repo.plumbline(["hook", "uninstall"])
        #expect(result.status == 2)
        #expect(result.stderr == "error: .git/hooks/pre-commit: not installed by plumbline; left untouched\n")
        #expect(repo.text(".git/hooks/pre-commit") == Self.foreignHook)
    }

    @Test func commandHonoursCoreHooksPath() throws {
        let repo = try GitRepository()
        repo.git(["config", "core.hooksPath", ".githooks"])
        let result = repo.plumbline(["hook", "install"], in: "sub")
        #expect(result.status == 0)
        #expect(result.stdout == "installed .githooks/pre-commit\n")
        #expect(repo.text(".githooks/pre-commit")?.hasPrefix("#!/bin/sh\n" + HookScript.marker + "\n") == true)
        #expect(!FileManager.default.fileExists(atPath: repo.path + "/.git/hooks/pre-commit"))
    }

    @Test func commandRecordsOptionsForTheHooksScan() throws {
        let repo = try GitRepository()
        Support.write(["ci/plumbline.yaml": "fail_on: warning\n"], under: repo.path)
        let result = repo.plumbline(["hook", "install", "--fail-on", "note", "--config", "../ci/plumbline.yaml"], in: "sub")
        #expect(result.status == 0)
        #expect(repo.text(".git/hooks/pre-commit")?.contains("'scan' '--staged' '--fail-on' 'note' '--config' './ci/plumbline.yaml' '.'") == true)

        let missing = repo.plumbline(["hook", "install", "--config", "nope.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: cannot read configuration file nope.yaml\n")
        let badLevel = repo.plumbline(["hook", "install", "--fail-on", "loud"])
        #expect(badLevel.status == 2)
    }

    @Test func commandRefusesABareRepository() throws {
        let root = Support.temporaryDirectory("plumbline-hook-bare")
        Support.git(["init", "-q", "--bare", root + "/bare.git"], in: root)
        let result = Support.run(Support.binary, ["hook", "install", root + "/bare.git"], in: root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("bare repository"))
        #expect(!FileManager.default.fileExists(atPath: root + "/bare.git/hooks/pre-commit"))
    }

    // MARK: - End to end: git commit runs the hook

    @Test func gitCommitRunsTheChainedHookAndTheScan() throws {
        let repo = try GitRepository()
        let marker = repo.path + "/../chained-ran"
        Support.write([".git/hooks/pre-commit": "#!/bin/sh\necho ran >> '\(marker)'\n"], under: repo.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: repo.path + "/.git/hooks/pre-commit")
        #expect(repo.plumbline(["hook", "install"]).status == 0)

        // PLB-SC-001 (error, the default --fail-on): requirements but no go.sum.
        Support.write(["go.mod": "module example.com/m\n\ngo 1.22\n\nrequire golang.org/x/text v0.14.0\n"], under: repo.path)
        repo.git(["add", "go.mod"])
        let refused = repo.commit("needs a go.sum")
        #expect(refused.status == 1)
        #expect((refused.stdout + refused.stderr).contains("PLB-SC-001"))
        #expect(repo.git(["rev-parse", "--verify", "-q", "HEAD"]).status != 0)
        #expect((try? String(contentsOfFile: marker, encoding: .utf8)) == "ran\n")

        Support.write(["go.mod": "module example.com/m\n\ngo 1.22\n"], under: repo.path)
        repo.git(["add", "go.mod"])
        let accepted = repo.commit("clean")
        #expect(accepted.status == 0)
        #expect(!(accepted.stdout + accepted.stderr).contains("PLB-SC-001"))
        #expect(repo.git(["rev-parse", "--verify", "-q", "HEAD"]).status == 0)
        #expect((try? String(contentsOfFile: marker, encoding: .utf8)) == "ran\nran\n")
    }

    /// The hook judges what is staged, not the working tree.
    @Test func gitCommitJudgesTheIndexNotTheWorkingTree() throws {
        let repo = try GitRepository()
        #expect(repo.plumbline(["hook", "install"]).status == 0)
        Support.write(["go.mod": "module example.com/m\n\ngo 1.22\n"], under: repo.path)
        repo.git(["add", "go.mod"])
        Support.write(["go.mod": "module example.com/m\n\ngo 1.22\n\nrequire golang.org/x/text v0.14.0\n"], under: repo.path)
        #expect(repo.commit("staged content is clean").status == 0)
    }

    /// `--new-only`: old debt in HEAD does not block commits; a commit that adds a finding is stopped.
    @Test func newOnlyStopsOnlyCommitsThatAddFindings() throws {
        let repo = try GitRepository()
        // Old debt at error level (PLB-GO-013), committed before the hook existed.
        let legacy = "module example.com/m\n\ngo 1.26.0\n\ngodebug nosuchsetting=1\n"
        Support.write(["go.mod": legacy], under: repo.path)
        repo.git(["add", "go.mod"])
        #expect(repo.commit("old debt").status == 0)
        #expect(repo.plumbline(["hook", "install", "--new-only"]).status == 0)
        #expect(repo.text(".git/hooks/pre-commit")?.contains("'--baseline-rev' 'HEAD'") == true)
        Support.write(["go.mod": "// The app.\n" + legacy], under: repo.path)
        repo.git(["add", "go.mod"])
        #expect(repo.commit("touch go.mod").status == 0)
        Support.write(["go.mod": legacy + "\nrequire golang.org/x/text v0.14.0\n"], under: repo.path)
        repo.git(["add", "go.mod"])
        let blocked = repo.commit("adds a requirement without go.sum")
        #expect(blocked.status == 1)
        #expect((blocked.stdout + blocked.stderr).contains("PLB-SC-001"))
        #expect(!(blocked.stdout + blocked.stderr).contains("[PLB-GO-013]"))
        // One line says who stopped the commit and how to go on.
        #expect(blocked.stderr.contains("plumbline pre-commit hook: commit stopped by the findings above. See them again with 'plumbline scan --staged'; skip the check once with 'git commit --no-verify'."))
    }

    /// `git commit -a` and `git commit PATH` prepare the commit in a temporary index named by
    /// `$GIT_INDEX_FILE` (`.git/index.lock`, `.git/next-index-N.lock`); the hook must judge that one.
    @Test(arguments: [["-a"], ["go.mod"]])
    func gitCommitJudgesTheTemporaryIndex(_ selection: [String]) throws {
        let repo = try GitRepository()
        Support.write(["go.mod": "module example.com/m\n\ngo 1.22\n"], under: repo.path)
        repo.git(["add", "go.mod"])
        #expect(repo.commit("clean").status == 0)
        #expect(repo.plumbline(["hook", "install"]).status == 0)
        Support.write(["go.mod": "module example.com/m\n\ngo 1.22\n\nrequire golang.org/x/text v0.14.0\n"], under: repo.path)
        let result = repo.git(["commit", "-q", "-m", "needs a go.sum"] + selection)
        #expect(result.status == 1)
        #expect((result.stdout + result.stderr).contains("PLB-SC-001"))
    }
}

/// A temporary hooks directory for the file-system component, and a way to run a hook in it.
private struct HookDirectory {
    let directory = Support.temporaryDirectory("plumbline-hooks")
    var manager: PreCommitHook { PreCommitHook(directory: directory) }
    var hook: String { manager.hookPath }
    var chained: String { manager.chainedPath }

    func write(_ path: String, _ data: Data, mode: Int) {
        try? FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: mode])
    }

    func data(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
    func text(_ path: String) -> String? { data(path).map { String(decoding: $0, as: UTF8.self) } }

    func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int
    }

    func names() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasPrefix("pre-commit") }.sorted()
    }

    /// A stand-in for `plumbline` that prints its arguments one per line, or `says` instead.
    func fakePlumbline(in subdirectory: String, says: String? = nil) -> String {
        let path = directory + "/" + subdirectory + "/plumbline"
        let body = says.map { "echo '\($0)'" } ?? "for argument in \"$@\"; do printf '%s\\n' \"$argument\"; done"
        write(path, Data("#!/bin/sh\n\(body)\n".utf8), mode: 0o755)
        return path
    }

    /// Runs the hook as git would, from the directory above, with no `plumbline` on PATH.
    func runHook(environment: [String: String] = [:]) -> Support.ProcessResult {
        Support.run("/bin/sh", [hook], in: directory, environment: ["PLUMBLINE": "", "PATH": "/usr/bin:/bin"].merging(environment) { $1 })
    }
}

/// A temporary repository with a `sub` directory, driven through `git` and the built `plumbline`.
private struct GitRepository {
    let path: String
    /// An empty home, so the user's git configuration cannot interfere.
    let home: String

    init() throws {
        let root = Support.temporaryDirectory("plumbline-hook-repo")
        home = root + "/home"
        path = root + "/repo"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: path + "/sub", withIntermediateDirectories: true)
        git(["init", "-q", "-b", "main"])
        git(["config", "user.name", "Plumbline Tests"])
        git(["config", "user.email", "tests@plumbline.invalid"])
        git(["config", "commit.gpgsign", "false"])
    }

    private var environment: [String: String] {
        ["HOME": home, "XDG_CONFIG_HOME": home, "GIT_CONFIG_NOSYSTEM": "1", "PLUMBLINE": "", "NO_COLOR": "1"]
    }

    @discardableResult
    func git(_ arguments: [String]) -> Support.ProcessResult {
        Support.run("/usr/bin/git", arguments, in: path, environment: environment)
    }

    func commit(_ message: String) -> Support.ProcessResult {
        git(["commit", "-q", "-m", message])
    }

    func plumbline(_ arguments: [String], in subdirectory: String = "") -> Support.ProcessResult {
        Support.run(Support.binary, arguments, in: subdirectory.isEmpty ? path : path + "/" + subdirectory, environment: environment)
    }

    func text(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }
}
