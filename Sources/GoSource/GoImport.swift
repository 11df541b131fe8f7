/// One import spec of a Go file.
public struct GoImport: Sendable, Hashable {
    /// How the package is bound in the file.
    public enum Form: String, Sendable, Hashable {
        /// `import "fmt"`.
        case plain
        /// `import f "fmt"`.
        case named
        /// `import . "fmt"`.
        case dot
        /// `import _ "embed"`.
        case blank
    }

    /// The import path, unquoted (`"\x66mt"` and `` `fmt` `` both give `fmt`).
    public var path: String
    /// The name before the path: an identifier, `.` or `_`; nil when there is none.
    public var name: String?
    /// Where the spec starts: at its name, or at its path when it has none (go/ast's `ImportSpec.Pos()`).
    public var position: GoPosition
    /// Where the quoted path starts.
    public var pathPosition: GoPosition

    /// An import from its parts.
    public init(path: String, name: String?, position: GoPosition, pathPosition: GoPosition) {
        self.path = path
        self.name = name
        self.position = position
        self.pathPosition = pathPosition
    }

    /// How the package is bound.
    public var form: Form {
        switch name {
        case nil: return .plain
        case "."?: return .dot
        case "_"?: return .blank
        default: return .named
        }
    }

    /// `import "C"`: the file uses cgo.
    public var isCgo: Bool { path == "C" }
}
