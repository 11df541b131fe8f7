// The directives of go.mod and go.work files, as modfile.Parse interprets them. Each carries the
// position of its first token (the verb of a single-line directive, the first argument of a line inside
// a block) and the column just past its last token. `blockIndex` numbers the `verb ( … )` blocks of the
// file from 0 in order of appearance; it is nil for a directive written on its own line.

/// `module path` with its `// Deprecated:` message.
public struct GoModModule: Sendable, Hashable {
    /// The path as written, unquoted.
    public var path: String
    /// The deprecation message, or nil when the module is not deprecated (an empty message counts as none,
    /// as for the go command).
    public var deprecated: String?
    /// Where the directive starts: its first token.
    public var position: GoModPosition
    /// The column just past the directive's last token.
    public var endColumn: Int
    /// Ordinal of the enclosing `( … )` block in the file, or nil for a one-line directive.
    public var blockIndex: Int?

    /// Creates a value; positions default to 1:1 for values built by hand.
    public init(
        path: String,
        deprecated: String? = nil,
        position: GoModPosition = GoModPosition(line: 1, column: 1),
        endColumn: Int = 1,
        blockIndex: Int? = nil
    ) {
        self.path = path
        self.deprecated = deprecated
        self.position = position
        self.endColumn = endColumn
        self.blockIndex = blockIndex
    }
}

/// The `go` line.
public struct GoModGoDirective: Sendable, Hashable {
    /// The version exactly as written, e.g. "1.21" or "1.22.3".
    public var version: String
    /// Where the directive starts: its first token.
    public var position: GoModPosition
    /// The column just past the directive's last token.
    public var endColumn: Int

    /// The version parsed with go/version semantics.
    public var goVersion: GoVersion? { GoVersion(version) }

    /// Creates a value; positions default to 1:1 for values built by hand.
    public init(version: String, position: GoModPosition = GoModPosition(line: 1, column: 1), endColumn: Int = 1) {
        self.version = version
        self.position = position
        self.endColumn = endColumn
    }
}

/// The `toolchain` line.
public struct GoModToolchain: Sendable, Hashable {
    /// The name as written, e.g. "go1.21.0", "go1.21.0-custom" or "default".
    public var name: String
    /// Where the directive starts: its first token.
    public var position: GoModPosition
    /// The column just past the directive's last token.
    public var endColumn: Int

    /// Creates a value; positions default to 1:1 for values built by hand.
    public init(name: String, position: GoModPosition = GoModPosition(line: 1, column: 1), endColumn: Int = 1) {
        self.name = name
        self.position = position
        self.endColumn = endColumn
    }
}

/// A `godebug key=value` entry.
public struct GoModGodebug: Sendable, Hashable {
    /// The setting's name.
    public var key: String
    /// The setting's value.
    public var value: String
    /// Where the directive starts: its first token.
    public var position: GoModPosition
    /// The column just past the directive's last token.
    public var endColumn: Int
    /// Ordinal of the enclosing `( … )` block in the file, or nil for a one-line directive.
    public var blockIndex: Int?

    /// Creates a value; positions default to 1:1 for values built by hand.
    public init(
        key: String,
        value: String,
        position: GoModPosition = GoModPosition(line: 1, column: 1),
        endColumn: Int = 1,
        blockIndex: Int? = nil
    ) {
        self.key = key
        self.value = value
        self.position = position
        self.endColumn = endColumn
        self.blockIndex = blockIndex
    }
}

/// A `require path version` entry.
public struct GoModRequire: Sendable, Hashable {
    /// The path as written, unquoted.
    public var path: String
    /// The canonical version (`v1.2` is read as `v1.2.0`, `+meta` is dropped, as `go mod edit` does).
    public var version: String
    /// Whether the line's comment marks it `// indirect`.
    public var indirect: Bool
    /// Where the directive starts: its first token.
    public var position: GoModPosition
    /// The column just past the directive's last token.
    public var endColumn: Int
    /// Ordinal of the enclosing `( … )` block in the file, or nil for a one-line directive.
    public var blockIndex: Int?

    /// Creates a value; positions default to 1:1 for values built by hand.
    public init(
        path: String,
        version: String,
        indirect: Bool = false,
        position: GoModPosition = GoModPosition(line: 1, column: 1),
        endColumn: Int = 1,
        blockIndex: Int? = nil
    ) {
        self.path = path
        self.version = version
        self.indirect = indirect
        self.position = position
        self.endColumn = endColumn
        self.blockIndex = blockIndex
    }
}

/// An `exclude path version` entry.
public struct GoModExclude: Sendable, Hashable {
    /// The path as written, unquoted.
    public var path: String
    /// The canonical version.
    public var version: String
    /// Where the directive starts: its first token.
    public var position: GoModPosition
    /// The column just past the directive's last token.
    public var endColumn: Int
    /// Ordinal of the enclosing `( … )` block in the file, or nil for a one-line directive.
    public var blockIndex: Int?

    /// Creates a value; positions default to 1:1 for values built by hand.
    public init(
        path: String,
        version: String,
        position: GoModPosition = GoModPosition(line: 1, column: 1),
        endColumn: Int = 1,
        blockIndex: Int? = nil
    ) {
        self.path = path
        self.version = version
        self.position = position
        self.endColumn = endColumn
        self.blockIndex = blockIndex
    }
}

/// A `replace old [version] => new [version]` entry.
public struct GoModReplace: Sendable, Hashable {
    /// The replaced module path.
    public var oldPath: String
    /// nil replaces every version of `oldPath`.
    public var oldVersion: String?
    /// The replacement module path or directory.
    public var newPath: String
    /// nil when the replacement is a directory.
    public var newVersion: String?
    /// Where the directive starts: its first token.
    public var position: GoModPosition
    /// The column just past the directive's last token.
    public var endColumn: Int
    /// Ordinal of the enclosing `( … )` block in the file, or nil for a one-line directive.
    public var blockIndex: Int?

    /// Whether the replacement is a local directory (`./x`, `../x`, `/abs`, `C:\x`; modfile.IsDirectoryPath).
    public var newIsLocalPath: Bool { ModulePath.isDirectoryPath(newPath) }

    /// Creates a value; positions default to 1:1 for values built by hand.
    public init(
        oldPath: String,
        oldVersion: String? = nil,
        newPath: String,
        newVersion: String? = nil,
        position: GoModPosition = GoModPosition(line: 1, column: 1),
        endColumn: Int = 1,
        blockIndex: Int? = nil
    ) {
        self.oldPath = oldPath
        self.oldVersion = oldVersion
        self.newPath = newPath
        self.newVersion = newVersion
        self.position = position
        self.endColumn = endColumn
        self.blockIndex = blockIndex
    }
}

/// A `retract version` or `retract [low, high]` entry.
public struct GoModRetract: Sendable, Hashable {
    /// Lower bound as written (`go mod edit` does not canonicalize retracted versions).
    public var low: String
    /// Upper bound; equal to `low` for a single version.
    public var high: String
    /// The rationale from the comments, or nil.
    public var rationale: String?
    /// Where the directive starts: its first token.
    public var position: GoModPosition
    /// The column just past the directive's last token.
    public var endColumn: Int
    /// Ordinal of the enclosing `( … )` block in the file, or nil for a one-line directive.
    public var blockIndex: Int?

    /// Creates a value; positions default to 1:1 for values built by hand.
    public init(
        low: String,
        high: String,
        rationale: String? = nil,
        position: GoModPosition = GoModPosition(line: 1, column: 1),
        endColumn: Int = 1,
        blockIndex: Int? = nil
    ) {
        self.low = low
        self.high = high
        self.rationale = rationale
        self.position = position
        self.endColumn = endColumn
        self.blockIndex = blockIndex
    }
}

/// A directive whose one argument is a path: `tool package/path` and `ignore dir`.
public struct GoModPathDirective: Sendable, Hashable {
    /// The path as written, unquoted.
    public var path: String
    /// Where the directive starts: its first token.
    public var position: GoModPosition
    /// The column just past the directive's last token.
    public var endColumn: Int
    /// Ordinal of the enclosing `( … )` block in the file, or nil for a one-line directive.
    public var blockIndex: Int?

    /// Creates a value; positions default to 1:1 for values built by hand.
    public init(
        path: String,
        position: GoModPosition = GoModPosition(line: 1, column: 1),
        endColumn: Int = 1,
        blockIndex: Int? = nil
    ) {
        self.path = path
        self.position = position
        self.endColumn = endColumn
        self.blockIndex = blockIndex
    }
}

/// A `tool package/path` entry.
public typealias GoModTool = GoModPathDirective

/// An `ignore dir` entry.
public typealias GoModIgnore = GoModPathDirective

/// A go.work `use dir` entry.
public struct GoWorkUse: Sendable, Hashable {
    /// The directory as written.
    public var diskPath: String
    /// The text of the line's trailing comment, without `//` and trimmed, or nil. The go command never
    /// reads a module path from it (`go work edit -json` prints no `ModPath` for parsed files).
    public var comment: String?
    /// Where the directive starts: its first token.
    public var position: GoModPosition
    /// The column just past the directive's last token.
    public var endColumn: Int
    /// Ordinal of the enclosing `( … )` block in the file, or nil for a one-line directive.
    public var blockIndex: Int?

    /// Creates a value; positions default to 1:1 for values built by hand.
    public init(
        diskPath: String,
        comment: String? = nil,
        position: GoModPosition = GoModPosition(line: 1, column: 1),
        endColumn: Int = 1,
        blockIndex: Int? = nil
    ) {
        self.diskPath = diskPath
        self.comment = comment
        self.position = position
        self.endColumn = endColumn
        self.blockIndex = blockIndex
    }
}
