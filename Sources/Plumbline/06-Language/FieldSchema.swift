/// The type of a fact field, as rule files see it. Rule files are checked against these types at load time.
public indirect enum FieldType: Sendable, Equatable, CustomStringConvertible {
    case bool
    case int
    case string
    /// A module version (semver with pseudo-versions and `+incompatible`), compared the way the go command does.
    case moduleVersion
    /// A Go release or language version (`1.21`, `1.21rc1`, `1.21.0`), compared in Go's own order.
    case goVersion
    /// A Linux kernel version, `5.8`, compared numerically.
    case kernelVersion
    /// A calendar date, `YYYY-MM-DD`.
    case date
    case list(FieldType)
    /// Keys chosen by the user (path globs, for instance) mapped to values; parameters only.
    case map(FieldType)
    case object(ObjectSchema)

    public var description: String {
        switch self {
        case .bool: "bool"
        case .int: "int"
        case .string: "string"
        case .moduleVersion: "module version"
        case .goVersion: "Go version"
        case .kernelVersion: "kernel version"
        case .date: "date"
        case .list(let element): "list of \(element)"
        case .map(let value): "map of \(value)"
        case .object(let schema): schema.name
        }
    }

    var isScalar: Bool {
        switch self {
        case .list, .map, .object: false
        default: true
        }
    }
}

/// One documented field of a fact.
public struct FieldSpec: Sendable, Equatable {
    public let name: String
    public let type: FieldType
    public let doc: String

    public init(_ name: String, _ type: FieldType, _ doc: String) {
        self.name = name
        self.type = type
        self.doc = doc
    }
}

/// The documented shape of a fact object.
public struct ObjectSchema: Sendable, Equatable {
    public let name: String
    public let doc: String
    public let fields: [FieldSpec]

    public init(name: String, doc: String, fields: [FieldSpec]) {
        self.name = name
        self.doc = doc
        self.fields = fields
    }

    public func field(_ name: String) -> FieldSpec? { fields.first { $0.name == name } }

    /// Resolves a dotted path to its field type; nil names the first segment that does not exist.
    public func resolve(_ path: [String]) -> Result<FieldType, PathError> {
        var schema = self
        var type: FieldType = .object(self)
        for (index, name) in path.enumerated() {
            guard case .object(let current) = type else {
                return .failure(PathError(path: path, failingIndex: index, parent: type))
            }
            schema = current
            guard let spec = schema.field(name) else {
                return .failure(PathError(path: path, failingIndex: index, parent: type))
            }
            type = spec.type
        }
        return .success(type)
    }

    public struct PathError: Error, Sendable {
        public let path: [String]
        public let failingIndex: Int
        public let parent: FieldType

        public var message: String {
            let name = path[failingIndex]
            let prefix = path[..<failingIndex].joined(separator: ".")
            switch parent {
            case .object(let schema):
                let known = schema.fields.map(\.name).joined(separator: ", ")
                let owner = prefix.isEmpty ? "scope \(schema.name)" : "\(prefix) (\(schema.name))"
                return "unknown field '\(name)' for \(owner); known fields: \(known)"
            default:
                return "'\(prefix)' is a \(parent), it has no field '\(name)'"
            }
        }
    }
}
