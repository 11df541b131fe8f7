import Foundation
import Testing
@testable import Git

/// `SnapshotReader.lastChanges`: the last commit that changed each path, checked against
/// `git log -1 -- PATH` on the same repository.
@Suite struct PathHistoryTests {
    @Test func sourceChangedAfterItsObjectIsSeen() throws {
        let history = try History()
        try history.commit("import", at: 1_000, ["foo.c": "int f;\n", "foo.o": "obj 1\n", "README": "hi\n"])
        let rebuild = try history.commit("rebuild foo.o", at: 2_000, ["foo.o": "obj 2\n"])
        let fix = try history.commit("fix overflow\nin f\n\nLonger body.", at: 3_000, ["foo.c": "long f;\n"])
        let docs = try history.commit("docs", at: 4_000, ["README": "hello\n"])

        let reader = try SnapshotReader.open(path: history.path, mode: .revision("HEAD"))
        let changes = try reader.lastChanges(of: ["foo.c", "foo.o", "README"])
        #expect(changes["foo.c"] == PathChange(path: "foo.c", commit: fix, time: 3_000, summary: "fix overflow in f"))
        #expect(changes["foo.o"] == PathChange(path: "foo.o", commit: rebuild, time: 2_000, summary: "rebuild foo.o"))
        #expect(changes["README"]?.commit == docs)
        #expect(changes == (try history.oracle(["foo.c", "foo.o", "README"])))
    }

    /// Every way a merge can treat a path, with distinct commit times and with all commits at one
    /// instant: the answer follows parents, not dates.
    @Test(arguments: [true, false]) func mergesAgreeWithGitLog(distinctTimes: Bool) throws {
        let history = try History()
        let time = { (seconds: Int) in distinctTimes ? seconds : nil }
        let files = ["kept-side.c", "dropped-side.c", "main.c", "both.c", "same-both.c", "evil.c", "mode.sh"]
        let base = try history.commit("base", at: time(100), Dictionary(uniqueKeysWithValues: files.map { ($0, "v0\n") }))
        try history.git(["branch", "side"])
        try history.git(["branch", "discarded"])
        try history.checkout("side")
        let sideKept = try history.commit("side edits", at: time(200), ["kept-side.c": "side\n", "same-both.c": "same\n"])
        try history.commit("side edits both", at: time(400), ["both.c": "side\n"])
        try history.checkout("main")
        let mainEdit = try history.commit("main edits", at: time(300), ["main.c": "main\n", "same-both.c": "same\n"])
        try history.commit("main edits both", at: time(350), ["both.c": "main\n"])
        try history.git(["merge", "-q", "--no-commit", "--no-ff", "-s", "ours", "side"])
        try history.write(["kept-side.c": "side\n", "both.c": "resolved\n", "evil.c": "evil\n"])
        let merge = try history.commit("merge side", at: time(500))
        try history.checkout("discarded")
        try history.commit("discarded edits", at: time(600), ["dropped-side.c": "lost\n"])
        try history.checkout("main")
        try history.git(["merge", "-q", "--no-ff", "-s", "ours", "-m", "merge discarded", "discarded"], at: time(700))
        try history.setExecutable("mode.sh", true)
        let chmod = try history.commit("make mode.sh executable", at: time(800))

        let paths = files + ["never.c"]
        let changes = try SnapshotReader.open(path: history.path, mode: .revision("HEAD")).lastChanges(of: paths)
        #expect(changes == (try history.oracle(paths)))
        #expect(changes["kept-side.c"]?.commit == sideKept)
        #expect(changes["dropped-side.c"]?.commit == base)
        #expect(changes["main.c"]?.commit == mainEdit)
        #expect(changes["both.c"]?.commit == merge)
        #expect(changes["evil.c"]?.commit == merge)
        #expect(changes["mode.sh"]?.commit == chmod)
        #expect(changes["never.c"] == nil)
        // Changed identically on both sides: the merge is TREESAME to both and follows its first parent.
        #expect(changes["same-both.c"]?.commit == mainEdit)
    }

    /// Pseudo-random histories with merges (octopus ones too), deletions, mode changes and commit times
    /// that repeat and go backwards, compared with `git log` from every branch tip.
    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64]) func randomHistoriesAgreeWithGitLog(seed: UInt64) throws {
        let history = try History()
        var random = SplitMix(seed: seed)
        let files = ["a.c", "a.o", "lib/x.c", "lib/x.o", "lib/deep/y.c", "tool.sh"]
        let branches = ["main", "b1", "b2"]
        var trees: [String: [String: String]] = [:]
        var counter = 0
        let time = { (random: inout SplitMix) in seed.isMultiple(of: 2) ? 1_000 + random.next(8) * 100 : nil }
        let first = Dictionary(uniqueKeysWithValues: files.prefix(4).map { ($0, "v0\n") })
        try history.commit("root", at: time(&random), first)
        for branch in branches {
            trees[branch] = first
            if branch != "main" { try history.git(["branch", branch]) }
        }
        for step in 0..<30 {
            let branch = branches[random.next(branches.count)]
            try history.checkout(branch)
            var tree = trees[branch] ?? [:]
            let others = branches.filter { $0 != branch }
            if random.next(10) < 3 {
                let merged = random.next(3) == 0 ? others : [others[random.next(others.count)]]
                let unmerged = try merged.filter { !(try history.isAncestor($0, of: branch)) }
                if !unmerged.isEmpty {
                    try history.git(["merge", "-q", "--no-commit", "--no-ff", "-s", "ours"] + unmerged)
                    let theirs = trees[unmerged[0]] ?? [:]
                    for file in files {
                        switch random.next(4) {
                        case 0: tree[file] = theirs[file]
                        case 1:
                            counter += 1
                            tree[file] = "merge \(counter)\n"
                        default: break
                        }
                    }
                    try history.apply(tree)
                    try history.commit("merge \(unmerged.joined(separator: " ")) into \(branch) (\(step))", at: time(&random))
                    trees[branch] = tree
                    continue
                }
            }
            for _ in 0...random.next(2) {
                let file = files[random.next(files.count)]
                switch random.next(5) {
                case 0: tree[file] = nil
                case 1: if let content = tree[file] { tree[file] = content.hasPrefix("+x") ? String(content.dropFirst(2)) : "+x" + content }
                default:
                    counter += 1
                    tree[file] = "edit \(counter)\n"
                }
            }
            try history.apply(tree)
            try history.commit("edit \(branch) (\(step))", at: time(&random))
            trees[branch] = tree
        }
        let paths = files + ["lib", "lib/deep", "never.c"]
        for branch in branches {
            let changes = try SnapshotReader.open(path: history.path, mode: .revision(branch)).lastChanges(of: paths)
            #expect(changes == (try history.oracle(paths, revision: branch)), "seed \(seed), branch \(branch)")
        }
    }

    @Test func renamesAndDeletesAreChangesAndAbsentPathsAreLeftOut() throws {
        let history = try History()
        try history.commit("add", at: 100, ["old.c": "code\n", "gone.c": "x\n", "dir/keep.c": "k\n"])
        try history.git(["mv", "old.c", "new.c"])
        let rename = try history.commit("rename", at: 200)
        let delete = try history.commit("delete", at: 300, ["gone.c": nil])
        try history.commit("unrelated", at: 400, ["other.txt": "o\n"])

        let paths = ["old.c", "new.c", "gone.c", "never.c", "dir/never.c", "dir/keep.c/below"]
        let changes = try SnapshotReader.open(path: history.path, mode: .workingTree).lastChanges(of: paths)
        #expect(changes.mapValues(\.commit) == ["old.c": rename, "new.c": rename, "gone.c": delete])
        #expect(changes == (try history.oracle(paths)))
    }

    @Test func pathsThatCannotNameAnEntryAreLeftOutAndDirectoriesStandForTheirContents() throws {
        let repo = try LayeredRepository.make()
        let reader = try SnapshotReader.open(path: repo.path, mode: .revision("HEAD"))
        let invalid = ["", "/go.mod", "./go.mod", "sub//pkg/a.go", "sub/pkg/", "../repo/go.mod", "sub/./pkg/a.go", "go.mod\0"]
        let changes = try reader.lastChanges(of: invalid + ["go.mod", "go.mod", "sub", "sub/pkg"])
        #expect(changes.mapValues(\.commit) == ["go.mod": repo.firstCommit, "sub": repo.firstCommit, "sub/pkg": repo.firstCommit])
        #expect(try reader.lastChanges(of: []) == [:])
    }

    @Test func maxCommitsCutsTheWalkOff() throws {
        let history = try History()
        var commits: [String] = []
        for number in 1...5 {
            commits.append(try history.commit("change \(number)", at: number * 100, ["file\(number).c": "\(number)\n"]))
        }
        let reader = try SnapshotReader.open(path: history.path, mode: .revision("HEAD"))
        let paths = (1...5).map { "file\($0).c" } + ["never.c"]
        #expect(try reader.lastChanges(of: paths, maxCommits: 2).mapValues(\.commit)
                == ["file5.c": commits[4], "file4.c": commits[3]])
        #expect(try reader.lastChanges(of: paths, maxCommits: 0) == [:])
        #expect(try reader.lastChanges(of: paths, maxCommits: -1) == [:])
        #expect(try reader.lastChanges(of: paths, maxCommits: 5).count == 5)
        #expect(try reader.lastChanges(of: paths) == (try history.oracle(paths)))
    }

    @Test func bareCloneGivesTheSameAnswers() throws {
        let history = try History()
        try history.commit("one", at: 100, ["a.c": "1\n", "a.o": "1\n"])
        try history.commit("two", at: 200, ["a.c": "2\n"])
        try history.fixture.git("clone", "-q", "--bare", history.path, history.fixture.path("bare.git"))
        let paths = ["a.c", "a.o"]
        let expected = try history.oracle(paths)
        for mode in [SourceMode.revision("HEAD"), .workingTree] {
            let reader = try SnapshotReader.open(path: history.fixture.path("bare.git"), mode: mode)
            #expect(try reader.lastChanges(of: paths) == expected, "mode \(mode)")
        }
    }

    /// Parents cut off by `--depth` are missing objects; git treats the boundary commits as roots.
    @Test(arguments: [1, 2]) func shallowCloneStopsAtItsBoundary(depth: Int) throws {
        let history = try History()
        let root = try history.commit("one", at: 100, ["a.c": "1\n", "a.o": "1\n", "b.c": "1\n"])
        try history.commit("two", at: 200, ["a.c": "2\n"])
        let head = try history.commit("three", at: 300, ["a.o": "3\n"])
        try history.fixture.git("clone", "-q", "--depth", "\(depth)", "file://" + history.path, history.fixture.path("shallow"))
        let shallow = history.fixture.path("shallow")
        let paths = ["a.c", "a.o", "b.c", "never.c"]
        let changes = try SnapshotReader.open(path: shallow, mode: .revision("HEAD")).lastChanges(of: paths)
        #expect(changes == (try history.oracle(paths, in: "shallow")))
        #expect(changes["a.o"]?.commit == head)
        #expect(changes["b.c"] != nil && changes["b.c"]?.commit != root)
        #expect(changes["never.c"] == nil)
    }

    @Test func indexAndWorkingTreeStartAtHeadAndRevisionsAtTheirCommit() throws {
        let repo = try LayeredRepository.make()
        let paths = ["go.mod", "main.go", "staged-only.txt", "untracked.txt", "deleted.txt"]
        let atHead = ["go.mod": repo.firstCommit, "main.go": repo.headCommit, "deleted.txt": repo.firstCommit]
        for mode in [SourceMode.index, .workingTree, .revision("HEAD")] {
            let changes = try SnapshotReader.open(path: repo.path, mode: mode).lastChanges(of: paths)
            #expect(changes.mapValues(\.commit) == atHead, "mode \(mode)")
            #expect(changes["main.go"]?.summary == "second")
        }
        let older = try SnapshotReader.open(path: repo.path, mode: .revision("v1.0.0")).lastChanges(of: paths)
        #expect(older.mapValues(\.commit) == ["go.mod": repo.firstCommit, "main.go": repo.firstCommit,
                                              "deleted.txt": repo.firstCommit])
    }

    @Test func subdirectoryScanTakesRepositoryRelativePaths() throws {
        let history = try History()
        let first = try history.commit("add", at: 100, ["sub/pkg/a.c": "a\n", "sub/pkg/a.o": "o\n", "top.c": "t\n"])
        let second = try history.commit("edit a.c", at: 200, ["sub/pkg/a.c": "b\n"])
        let reader = try SnapshotReader.open(path: history.path + "/sub", mode: .workingTree)
        #expect(reader.snapshot.scanPrefix == "sub/")
        let changes = try reader.lastChanges(of: reader.snapshot.entries.map(\.path) + ["top.c", "pkg/a.c"])
        #expect(changes.mapValues(\.commit) == ["sub/pkg/a.c": second, "sub/pkg/a.o": first, "top.c": first])
    }

    @Test func plainDirectoriesAndUnbornRepositoriesHaveNoHistory() throws {
        let fixture = try Fixture()
        try fixture.write("plain/a.c", "a\n")
        let plain = try SnapshotReader.open(path: fixture.path("plain"), mode: .workingTree)
        #expect(try plain.lastChanges(of: ["a.c"]) == [:])
        try fixture.initRepository("unborn")
        try fixture.write("unborn/a.c", "a\n")
        try fixture.git("add", "a.c", in: "unborn")
        for mode in [SourceMode.index, .workingTree] {
            #expect(try SnapshotReader.open(path: fixture.path("unborn"), mode: mode).lastChanges(of: ["a.c"]) == [:])
        }
    }

    @Test func unreadableTreeNamesThePathAndLibgit2sMessage() throws {
        let history = try History()
        try history.commit("add", at: 100, ["dir/x.c": "x\n", "other.c": "o\n"])
        let directory = try history.git(["rev-parse", "HEAD:dir"])
        let second = try history.commit("edit", at: 200, ["dir/x.c": "y\n"])
        // Only the walk needs the old directory tree; listing HEAD does not.
        try history.fixture.remove("repo/.git/objects/\(directory.prefix(2))/\(directory.dropFirst(2))")
        let reader = try SnapshotReader.open(path: history.path, mode: .revision("HEAD"))
        #expect(try reader.lastChanges(of: ["other.c"]).count == 1)
        do {
            _ = try reader.lastChanges(of: ["other.c", "dir/x.c"])
            Issue.record("expected an error for the missing tree \(directory)")
        } catch {
            #expect(error.kind == .unreadable)
            #expect(error.path == "dir/x.c")
            #expect(error.message.hasPrefix("trees of commit \(second): "))
            #expect(error.message.contains(directory))
        }
    }
}

/// A repository built commit by commit at chosen committer times, with `git log` as the oracle.
private final class History {
    let fixture: Fixture
    let path: String

    init() throws {
        fixture = try Fixture()
        try fixture.initRepository("repo")
        path = fixture.path("repo")
    }

    /// Writes (or, for `nil`, deletes) files, stages everything and commits at `time` seconds since the
    /// epoch, or at the fixture's usual instant when `time` is `nil`. Returns the new commit id.
    @discardableResult
    func commit(_ message: String, at time: Int?, _ files: [String: String?] = [:]) throws -> String {
        try write(files)
        try git(["add", "-A"])
        try git(["commit", "-q", "--allow-empty", "-m", message], at: time)
        return try git(["rev-parse", "HEAD"])
    }

    func write(_ files: [String: String?]) throws {
        for (file, content) in files {
            if let content {
                try fixture.write("repo/" + file, content)
            } else {
                try fixture.remove("repo/" + file)
            }
        }
    }

    /// Makes the working tree hold exactly `tree`; content starting with `+x` marks an executable file.
    func apply(_ tree: [String: String]) throws {
        let tracked = try git(["ls-files"]).split(separator: "\n").map(String.init)
        for file in tracked where tree[file] == nil { try fixture.remove("repo/" + file) }
        for (file, content) in tree {
            try fixture.write("repo/" + file, content)
            try setExecutable(file, content.hasPrefix("+x"))
        }
    }

    func setExecutable(_ file: String, _ executable: Bool) throws {
        try FileManager.default.setAttributes([.posixPermissions: executable ? 0o755 : 0o644],
                                              ofItemAtPath: fixture.path("repo/" + file))
    }

    func checkout(_ branch: String) throws {
        try git(["checkout", "-q", branch])
    }

    func isAncestor(_ ancestor: String, of descendant: String) throws -> Bool {
        (try git(["rev-list", "-1", ancestor, "^" + descendant])).isEmpty
    }

    /// What `git log -1` shows for each path from `revision`; paths it shows nothing for are left out.
    func oracle(_ paths: [String], revision: String = "HEAD", in directory: String = "repo") throws -> [String: PathChange] {
        var changes: [String: PathChange] = [:]
        for path in paths {
            let line = try git(["--literal-pathspecs", "log", "-1", "--format=%H%x1f%ct%x1f%s", revision, "--", path],
                               in: directory)
            let fields = line.split(separator: "\u{1f}", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, let time = Int64(fields[1]) else { continue }
            changes[path] = PathChange(path: path, commit: fields[0], time: time, summary: fields[2])
        }
        return changes
    }

    /// `Fixture.git` with an argument array and, when `time` is given, that commit time: the walk
    /// orders commits by committer time, which `Fixture.git` pins to one instant.
    @discardableResult
    func git(_ arguments: [String], at time: Int? = nil, in directory: String = "repo") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: fixture.path(directory))
        let date = time.map { "@\($0) +0000" } ?? "2024-01-01T00:00:00Z"
        process.environment = [
            "HOME": fixture.root,
            "PATH": "/usr/bin:/bin",
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_DATE": date,
        ]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw FixtureError.gitFailed(arguments.joined(separator: " "), String(decoding: errorData, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A small deterministic random number generator, so every run builds the same histories.
private struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        mixed ^= mixed >> 31
        return Int(mixed % UInt64(max(bound, 1)))
    }
}
