import Foundation
import Testing
@testable import Git

/// `GitignoreRules` against `git check-ignore --no-index` on the same files, and `SnapshotReader.ignoredPaths`
/// in every snapshot mode.
@Suite struct GitignoreRulesTests {
    static let ignoreFiles: [String: String] = [
        ".gitignore": """
            # a comment, then the blank line is skipped

            *.log
            !keep.log
            /build/
            dist/
            !dist/keep.js
            docs/**/*.tmp
            **/cache
            a/**/z
            foo?.txt
            [abc]x.bin
            [!a-c]y.bin
            [[:digit:]]n.bin
            \\#hash
            \\!bang
            trailing   
            escaped\\ 
            /anchored.txt
            sub/only.txt
            out/*
            !out/keep
            vendor/**
            ab**cd

            """,
        "web/.gitignore": "*.css\n!site.css\n/local\ngenerated/\n",
        "web/static/.gitignore": "!*.css\n",
        "crlf/.gitignore": "*.tmp\r\n\u{FEFF}x\r\n",
    ]

    /// Paths to create: a trailing `/` makes a directory.
    static let paths = [
        "x.log", "keep.log", "sub/keep.log", "sub/x.log",
        "build/a.go", "sub/build/a.go", "build.go",
        "dist/", "web/dist/x.js", "other/dist", "dist/keep.js",
        "docs/a/b/c.tmp", "docs/c.tmp", "other/c.tmp",
        "cache/", "x/y/cache",
        "a/z", "a/b/z", "a/b/c/z", "b/a/z",
        "foo1.txt", "foo12.txt",
        "ax.bin", "dx.bin", "dy.bin", "ay.bin", "7n.bin", "xn.bin",
        "#hash", "!bang", "trailing", "escaped ", "escaped",
        "anchored.txt", "sub/anchored.txt", "sub/only.txt", "x/sub/only.txt",
        "out/a", "out/keep", "vendor/x/y", "vendor/",
        "abXcd", "ab/x/cd",
        "web/a.css", "web/site.css", "web/static/b.css", "web/local", "web/x/local", "web/generated/", "web/generated/a.go",
        "crlf/a.tmp", "crlf/x", "crlf/b.txt",
    ]

    private func layOut(_ fixture: Fixture, under directory: String) throws {
        for (path, content) in Self.ignoreFiles { try fixture.write(directory + path, content) }
        for path in Self.paths {
            if path.hasSuffix("/") {
                try FileManager.default.createDirectory(atPath: fixture.path(directory + path), withIntermediateDirectories: true)
            } else {
                try fixture.write(directory + path, "x\n")
            }
        }
    }

    /// git's own verdicts: `check-ignore -v -n` prints `SOURCE:LINE:PATTERN<TAB>PATH` for every path, the
    /// deciding pattern empty when none matched; none, or a `!` pattern, means not ignored.
    private func gitVerdicts(_ fixture: Fixture, _ paths: [String], in directory: String = "") throws -> [String: Bool] {
        let output = try fixture.git(["-c", "core.quotePath=false", "check-ignore", "--no-index", "-v", "-n"] + paths, in: directory)
        var verdicts: [String: Bool] = [:]
        for line in output.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let pattern = line[..<tab].split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).last ?? ""
            verdicts[String(line[line.index(after: tab)...])] = !pattern.isEmpty && !pattern.hasPrefix("!")
        }
        return verdicts
    }

    private func rules() -> GitignoreRules {
        GitignoreRules(files: Self.ignoreFiles.mapValues { Array($0.utf8) })
    }

    @Test func agreesWithGitCheckIgnore() throws {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try layOut(fixture, under: "repo/")
        let paths = Self.paths.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        let verdicts = try gitVerdicts(fixture, paths, in: "repo")
        #expect(verdicts.count == paths.count)
        let rules = rules()
        for path in Self.paths {
            let name = path.hasSuffix("/") ? String(path.dropLast()) : path
            let ours = rules.isIgnored(name, isDirectory: path.hasSuffix("/"))
            #expect(ours == verdicts[name], "\(path): ours \(ours), git \(verdicts[name].map(String.init) ?? "nothing")")
        }
        // A few that matter most, spelled out.
        #expect(rules.isIgnored("dist/keep.js", isDirectory: false), "a negation cannot re-include below an ignored directory")
        #expect(!rules.isIgnored("out/keep", isDirectory: false))
        #expect(!rules.isIgnored("web/static/b.css", isDirectory: false), "a deeper .gitignore wins")
        #expect(rules.isIgnored("web/dist", isDirectory: true) && !rules.isIgnored("other/dist", isDirectory: false))
    }

    @Test func wildmatch() {
        func matches(_ pattern: String, _ text: String) -> Bool { Wildmatch.matches(Array(pattern.utf8), Array(text.utf8)) }
        #expect(matches("*.go", "a.go") && !matches("*.go", "x/a.go"))
        #expect(matches("**/a", "a") && matches("**/a", "x/y/a"))
        #expect(matches("a/**", "a/x/y") && !matches("a/**", "a"))
        #expect(matches("a/**/b", "a/b") && matches("a/**/b", "a/x/y/b") && !matches("a/**/b", "a/xb"))
        #expect(matches("a**b", "aXb") && !matches("a**b", "a/b"))
        #expect(matches("[a-c]", "b") && !matches("[!a-c]", "b") && matches("[^a-c]", "d") && !matches("[a-c]", "/"))
        #expect(matches("[]]", "]") && matches("[a-]", "-"))
        #expect(!matches("[abc", "a"), "an unclosed class matches nothing")
        #expect(!matches("[[:nope:]]", "a"), "an unknown class matches nothing")
        #expect(matches("\\*", "*") && !matches("\\*", "x"))
        #expect(matches("?", "x") && !matches("?", "/"))
        // Many stars stay fast.
        #expect(!matches(String(repeating: "*a", count: 40) + "b", String(repeating: "a", count: 200)))
    }

    @Test func theWorkingTreeAsksLibgit2() throws {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.write("repo/.gitignore", "/web/dist/\n*.o\n")
        try fixture.write("repo/.git/info/exclude", "local-only/\n")
        try fixture.write("repo/web/app.go", "package web\n")
        let reader = try SnapshotReader.open(path: fixture.path("repo"), mode: .workingTree)
        // Neither exists on disk: taken as a directory, `dist` is ignored.
        #expect(reader.ignoredPaths(["web/dist", "web/dist/app.js", "counter_bpfel.o", "local-only", "web/static", "web/app.go"])
                == ["web/dist", "web/dist/app.js", "counter_bpfel.o", "local-only"])
    }

    @Test func aRevisionTheIndexAndABareRepositoryUseTheirOwnIgnoreFiles() throws {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.write("repo/.gitignore", "/web/dist/\n")
        try fixture.write("repo/web/.gitignore", "*.o\n!keep.o\n")
        try fixture.write("repo/web/app.go", "package web\n")
        try fixture.git("add", "-A", in: "repo")
        try fixture.git("commit", "-q", "-m", "one", in: "repo")
        // The index and the working tree move on; the commit keeps the old rules.
        try fixture.write("repo/.gitignore", "/web/dist/\n/web/static/\n")
        try fixture.git("add", ".gitignore", in: "repo")
        try fixture.write("repo/.gitignore", "/web/dist/\n/web/static/\n/web/gen/\n")
        let asked = ["web/dist", "web/x.o", "web/keep.o", "web/static", "web/gen", "web/app.go"]

        let revision = try SnapshotReader.open(path: fixture.path("repo"), mode: .revision("HEAD"))
        #expect(revision.ignoredPaths(asked) == ["web/dist", "web/x.o"])
        let index = try SnapshotReader.open(path: fixture.path("repo"), mode: .index)
        #expect(index.ignoredPaths(asked) == ["web/dist", "web/x.o", "web/static"])
        let workingTree = try SnapshotReader.open(path: fixture.path("repo"), mode: .workingTree)
        #expect(workingTree.ignoredPaths(asked) == ["web/dist", "web/x.o", "web/static", "web/gen"])

        try fixture.git("clone", "-q", "--bare", fixture.path("repo"), fixture.path("bare.git"))
        let bare = try SnapshotReader.open(path: fixture.path("bare.git"), mode: .revision("HEAD"))
        #expect(bare.ignoredPaths(asked) == ["web/dist", "web/x.o"])
        let bareDefault = try SnapshotReader.open(path: fixture.path("bare.git"), mode: .workingTree)
        #expect(bareDefault.ignoredPaths(asked) == ["web/dist", "web/x.o"])

        // A scan of a subdirectory still applies the .gitignore files above it.
        let scoped = try SnapshotReader.open(path: fixture.path("repo/web"), mode: .revision("HEAD"))
        #expect(scoped.snapshot.scanPrefix == "web/")
        #expect(scoped.ignoredPaths(asked) == ["web/dist", "web/x.o"])
        let scopedIndex = try SnapshotReader.open(path: fixture.path("repo/web"), mode: .index)
        #expect(scopedIndex.ignoredPaths(asked) == ["web/dist", "web/x.o", "web/static"])
    }

    @Test func aPlainDirectoryUsesItsIgnoreFiles() throws {
        let fixture = try Fixture()
        try fixture.write("plain/.gitignore", "dist/\n")
        try fixture.write("plain/web/app.go", "package web\n")
        let reader = try SnapshotReader.open(path: fixture.path("plain"), mode: .workingTree)
        #expect(reader.snapshot.origin == .directory)
        #expect(reader.ignoredPaths(["web/dist", "web/static"]) == ["web/dist"])
    }
}
