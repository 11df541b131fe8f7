import YAML

/// `rules/data/linkname-push.yaml`: the standard-library symbols that code outside the standard library may
/// pull with `//go:linkname`, because the standard library pushes them itself, and the standard packages of
/// the same release; generated from a Go toolchain's sources by `rules/data/tools/linkname.py`.
public struct LinknamePushTable: Sendable {
    public struct Kept: Sendable, Equatable {
        public let package: String
        /// The symbol as the object file names it after the package: `nanotime`, `(*rtype).Align`.
        public let symbol: String
        /// `func` or `var`.
        public let kind: String
        /// Where GOROOT pushes it: `src/runtime/time_nofake.go:30`.
        public let at: String
        /// The build constraint of the files that push it; nil when one of them builds everywhere.
        public let build: String?
        /// Its comment says packages outside the standard library use it ("Do not remove or change the type
        /// signature").
        public let promised: Bool
    }

    /// The toolchain the table was read from (`go1.27.3`).
    public let source: String
    /// Keyed by the full object-file name, `runtime.nanotime`.
    public let kept: [String: Kept]
    public let packages: Set<String>

    public static let empty = LinknamePushTable(source: "", kept: [], packages: [])

    init(source: String, kept: [Kept], packages: [String]) {
        self.source = source
        self.kept = Dictionary(kept.map { ("\($0.package).\($0.symbol)", $0) }) { first, _ in first }
        self.packages = Set(packages)
    }

    /// What a `//go:linkname` target names: the package and the symbol within it. The package is everything up
    /// to the first `.` after the last `/` (`sync/atomic.runtime_procPin`, `reflect.(*rtype).Align`); nil for a
    /// name without a package (`_cgo_init`, a C symbol).
    public static func split(_ target: String) -> (package: String, symbol: String)? {
        let afterSlash = target.lastIndex(of: "/").map { target.index(after: $0) } ?? target.startIndex
        guard let dot = target[afterSlash...].firstIndex(of: "."), dot > target.startIndex else { return nil }
        let symbol = target[target.index(after: dot)...]
        guard !symbol.isEmpty else { return nil }
        return (String(target[..<dot]), String(symbol))
    }

    public init(bytes: [UInt8], path: String) throws(DefinitionError) {
        let reader = StrictYAML(file: path)
        guard let root = try RuleLoader.parseYAML(bytes, file: path) else { throw DefinitionError(.file(path), "empty table") }
        let top = try reader.mapping(root, "the table", allowed: ["source", "kept", "packages"])
        guard let source = top["source"], let keptList = top["kept"], let packageList = top["packages"] else {
            throw reader.error(root, "the table needs 'source', 'kept' and 'packages'")
        }
        var kept: [Kept] = []
        for node in try reader.sequence(keptList.value, "kept") {
            let row = try reader.mapping(node, "a kept symbol", allowed: ["package", "symbol", "kind", "at", "build", "promised"])
            guard let package = row["package"], let symbol = row["symbol"], let kind = row["kind"], let at = row["at"],
                  let promised = row["promised"] else {
                throw reader.error(node, "a kept symbol needs package, symbol, kind, at and promised")
            }
            let kindValue = try reader.nonEmptyString(kind.value, "kind")
            guard kindValue == "func" || kindValue == "var" else { throw reader.error(kind.value, "kind is func or var, not '\(kindValue)'") }
            kept.append(Kept(
                package: try reader.nonEmptyString(package.value, "package"),
                symbol: try reader.nonEmptyString(symbol.value, "symbol"),
                kind: kindValue,
                at: try reader.nonEmptyString(at.value, "at"),
                build: try row["build"].map { (pair: YAMLPair) throws(DefinitionError) -> String in try reader.nonEmptyString(pair.value, "build") },
                promised: try reader.bool(promised.value, "promised")
            ))
        }
        let packages = try reader.strings(packageList.value, "packages")
        for row in kept where !packages.contains(row.package) {
            throw DefinitionError(.file(path), "kept symbol \(row.package).\(row.symbol) names a package missing from 'packages'")
        }
        self.init(source: try reader.nonEmptyString(source.value, "source"), kept: kept, packages: packages)
    }
}
