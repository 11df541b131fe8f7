import Foundation
@testable import Git

/// A repository whose HEAD, index and working tree hold three different versions of go.mod,
/// with every kind of entry the snapshot modes must handle:
///
/// - committed: `.gitignore`, `deleted.txt`, `go.mod`, `main.go`, `sub/pkg/a.go`, `tool.sh` (executable),
///   symlinks `link-passwd` → `../../etc/passwd`, `link-abs` → `/etc/passwd`, `linkdir` → `sub`,
///   and the gitlink `vendored`;
/// - staged only: `staged-only.txt` and go.mod v2;
/// - working tree: go.mod v3, `deleted.txt` removed, `untracked.txt`, ignored `debug.log`,
///   and an empty `vendored/` directory.
struct LayeredRepository {
    static let headGoMod = "module example.com/app\n\ngo 1.20\n"
    static let indexGoMod = "module example.com/app\n\ngo 1.21\n"
    static let worktreeGoMod = "module example.com/app\n\ngo 1.22.1\n"
    static let firstMain = "package main\n"
    static let secondMain = "package main\n\nfunc main() {}\n"
    static let gitlinkCommit = "1111111111111111111111111111111111111111"

    let fixture: Fixture
    /// Absolute path of the work tree.
    let path: String
    let firstCommit: String
    let headCommit: String

    static let headPaths: [String] = [
        ".gitignore", "deleted.txt", "go.mod", "link-abs", "link-passwd", "linkdir",
        "main.go", "sub/pkg/a.go", "tool.sh", "vendored",
    ]
    static let indexPaths: [String] = [
        ".gitignore", "deleted.txt", "go.mod", "link-abs", "link-passwd", "linkdir",
        "main.go", "staged-only.txt", "sub/pkg/a.go", "tool.sh", "vendored",
    ]
    static let worktreePaths: [String] = [
        ".gitignore", "go.mod", "link-abs", "link-passwd", "linkdir",
        "main.go", "staged-only.txt", "sub/pkg/a.go", "tool.sh", "untracked.txt", "vendored",
    ]

    static func make() throws -> LayeredRepository {
        let fixture = try Fixture()
        try fixture.initRepository("repo")
        try fixture.write("repo/go.mod", headGoMod)
        try fixture.write("repo/main.go", firstMain)
        try fixture.write("repo/tool.sh", "#!/bin/sh\necho hi\n", executable: true)
        try fixture.write("repo/deleted.txt", "soon gone\n")
        try fixture.write("repo/sub/pkg/a.go", "package pkg\n")
        try fixture.write("repo/.gitignore", "*.log\n")
        try fixture.symlink("repo/link-passwd", to: "../../etc/passwd")
        try fixture.symlink("repo/link-abs", to: "/etc/passwd")
        try fixture.symlink("repo/linkdir", to: "sub")
        try fixture.git("add", "-A", in: "repo")
        try fixture.git("update-index", "--add", "--cacheinfo", "160000,\(gitlinkCommit),vendored", in: "repo")
        try fixture.git("commit", "-q", "-m", "first", in: "repo")
        let first = try fixture.git("rev-parse", "HEAD", in: "repo")
        try fixture.git("tag", "v1.0.0", in: "repo")
        try fixture.git("tag", "-a", "-m", "annotated", "v1.0.0-annotated", in: "repo")
        try fixture.git("branch", "feature", in: "repo")
        try fixture.write("repo/main.go", secondMain)
        // Not `commit -a`: it would record the gitlink, absent on disk, as deleted.
        try fixture.git("add", "main.go", in: "repo")
        try fixture.git("commit", "-q", "-m", "second", in: "repo")
        let head = try fixture.git("rev-parse", "HEAD", in: "repo")

        try fixture.write("repo/go.mod", indexGoMod)
        try fixture.write("repo/staged-only.txt", "staged\n")
        try fixture.git("add", "go.mod", "staged-only.txt", in: "repo")
        try fixture.write("repo/go.mod", worktreeGoMod)
        try fixture.remove("repo/deleted.txt")
        try fixture.write("repo/untracked.txt", "new\n")
        try fixture.write("repo/debug.log", "ignored\n")
        try fixture.makeDirectory("repo/vendored")
        return LayeredRepository(fixture: fixture, path: fixture.path("repo"), firstCommit: first, headCommit: head)
    }
}

extension Snapshot {
    var paths: [String] { entries.map(\.path) }

    func kind(of path: String) -> EntryKind? { entry(at: path)?.kind }
}

extension SnapshotReader {
    /// Reads an entry by path as UTF-8 text.
    func text(_ path: String, limit: Int = 1 << 20) throws -> String? {
        guard let entry = snapshot.entry(at: path) else { return nil }
        return String(decoding: try read(entry, limit: limit), as: UTF8.self)
    }
}
