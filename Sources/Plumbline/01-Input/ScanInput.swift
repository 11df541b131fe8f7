/// What kind of snapshot a scan read; the raw value is how reports name it.
public enum SourceKind: String, Sendable, Equatable {
    case workingTree = "working-tree"
    case index
    case revision
    /// A plain directory (or files given in memory): no git repository around it.
    case directory
}

/// Where a scan's files came from, as reporters show it.
public struct SourceInfo: Sendable, Equatable {
    public var kind: SourceKind
    public var revision: String?
    public var headCommit: String?
    public var branch: String?
    public var originURL: String?

    public init(kind: SourceKind, revision: String? = nil, headCommit: String? = nil, branch: String? = nil, originURL: String? = nil) {
        self.kind = kind
        self.revision = revision
        self.headCommit = headCommit
        self.branch = branch
        self.originURL = originURL
    }
}

/// The last commit that changed a path, from the repository's history.
public struct LastChange: Sendable, Equatable {
    public var commit: String
    /// Committer time, seconds since 1970.
    public var time: Int64

    public init(commit: String, time: Int64) {
        self.commit = commit
        self.time = time
    }
}

/// A snapshot reduced to what the extractors need: every path (to know what exists) and the bytes of the
/// files they asked for. Built from git (`GitScanInput`) or from an example's files (`ExampleRunner`).
public struct ScanInput: Sendable {
    public var source: SourceInfo
    /// Every file path of the snapshot, repository-relative, sorted.
    public var paths: [String]
    /// Contents of the selected files, by path.
    public var files: [String: [UInt8]]
    /// Selected files that could not be read, with the reason.
    public var unreadable: [String: String]
    public var notifications: [Notification]
    /// The absolute directory repository-relative paths start from, when there is one on disk.
    public var rootPath: String?
    /// `""`, or the repository-relative directory (ending in `/`) the scan was limited to.
    public var scanPrefix: String = ""

    public init(source: SourceInfo, paths: [String], files: [String: [UInt8]], unreadable: [String: String] = [:], notifications: [Notification] = [], rootPath: String? = nil) {
        self.rootPath = rootPath
        self.source = source
        self.paths = paths
        self.files = files
        self.unreadable = unreadable
        self.notifications = notifications
    }

    /// The snapshot without the paths the configuration excludes: applied once, before anything is parsed,
    /// so an excluded file is never read into facts and nothing is reported about it.
    public func excluding(_ isExcluded: (String) -> Bool) -> ScanInput {
        var copy = self
        copy.paths = paths.filter { !isExcluded($0) }
        copy.files = files.filter { !isExcluded($0.key) }
        copy.unreadable = unreadable.filter { !isExcluded($0.key) }
        copy.notifications = notifications.filter { $0.location.map { !isExcluded($0.path) } ?? true }
        return copy
    }

    /// Files given in memory, read as a plain directory would be: every path is listed, and only the files
    /// the extractors want are kept.
    public static func inMemory(_ files: [String: [UInt8]]) -> ScanInput {
        ScanInput(
            source: SourceInfo(kind: .directory),
            paths: files.keys.sorted(),
            files: files.filter { FileSelection.isWanted($0.key) }
        )
    }
}

/// Which files the extractors read. Everything else is listed but never read.
public enum FileSelection {
    /// Largest file read; a bigger one is reported, not read.
    public static let maxFileBytes = 32 << 20

    /// `scanRoot` is the scanned directory (`""` or `dir/`): only its own `.plumbline.yaml` is read, since
    /// nested ones (fixtures, vendored projects) do not configure this scan.
    public static func isWanted(_ path: String, scanRoot: String = "") -> Bool {
        switch FileKind.named(path) {
        case nil: false
        case .configuration: path == scanRoot + ConfigurationLoader.fileName
        case .wasmExec: true
        case .vendorList: path == "vendor/modules.txt" || path.hasSuffix("/vendor/modules.txt")
        // go.mod files and build artifacts in vendor/ and testdata/ trees are not the repository's own.
        case .goMod, .goWork, .goSum, .goSource, .object, .wasmModule: !isInIgnoredTree(path)
        }
    }

    /// Names with no extension (or `.bin`) outside vendor/ and testdata/: build outputs whose first bytes
    /// are worth a look. Dotfiles and well-known extensionless text files are left alone.
    public static func mayBeUnnamedBinary(_ path: String) -> Bool {
        // Called for most entries of the snapshot: look at the last component's bytes without splitting.
        let utf8 = path.utf8
        let name = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8[utf8.index(after: $0)...] } ?? utf8[...]
        if name.contains(UInt8(ascii: ".")) {
            return path.hasSuffix(".bin") && !isInIgnoredTree(path)
        }
        return !textNames.contains(String(Substring(name))) && !isInIgnoredTree(path)
    }

    private static let textNames: Set<String> = [
        "LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS", "CONTRIBUTORS", "OWNERS", "CODEOWNERS", "Makefile",
        "Dockerfile", "Containerfile", "Jenkinsfile", "Vagrantfile", "PATENTS", "VERSION", "README",
    ]

    /// Files that may be build artifacts the decoders verify.
    public static func isArtifact(_ path: String) -> Bool {
        FileKind.named(path)?.isArtifact ?? false
    }

    /// go.mod files (and build artifacts) in vendor/ and testdata/ trees are not the repository's own.
    static func isInIgnoredTree(_ path: String) -> Bool {
        path.split(separator: "/").dropLast().contains { $0 == "vendor" || $0 == "testdata" }
    }
}
