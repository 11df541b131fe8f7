/// The output of `go mod edit -json` and `go work edit -json`, byte for byte (Go 1.27): field order of the
/// go command's structs, `omitempty` where it has it, tab indentation and a trailing newline. Like the go
/// command, rendering drops duplicate excludes, tools and ignores (the first wins) and duplicate replaces
/// of the same old module@version (the last wins), and entries whose path (or godebug key, in go.mod)
/// is empty.
public enum GoEditJSON {
    /// What `go mod edit -json` prints for `file`.
    public static func render(_ file: GoModFile) -> String {
        var fields: [(key: String, value: GoJSONValue)] = []
        var module: [(key: String, value: GoJSONValue)] = [("Path", .string(file.module?.path ?? ""))]
        if let deprecated = file.module?.deprecated, !deprecated.isEmpty {
            module.append(("Deprecated", .string(deprecated)))
        }
        fields.append(("Module", .object(module)))
        if let go = file.go, !go.version.isEmpty { fields.append(("Go", .string(go.version))) }
        if let toolchain = file.toolchain, !toolchain.name.isEmpty {
            fields.append(("Toolchain", .string(toolchain.name)))
        }
        let godebug = file.godebug.filter { !$0.key.isEmpty }
        append("GoDebug", godebug.map(godebugValue), to: &fields)
        let requires = file.requires.filter { !$0.path.isEmpty }
        append("Require", requires.map(requireValue), to: &fields)
        var seenExcludes = Set<[String]>()
        let excludes = file.excludes.filter { seenExcludes.insert([$0.path, $0.version]).inserted && !$0.path.isEmpty }
        append("Exclude", excludes.map { moduleVersion($0.path, $0.version) }, to: &fields)
        append("Replace", effectiveReplaces(file.replaces).map(replaceValue), to: &fields)
        let retracts = file.retracts.filter { !$0.low.isEmpty || !$0.high.isEmpty }
        append("Retract", retracts.map(retractValue), to: &fields)
        var seenTools = Set<String>()
        let tools = file.tools.filter { seenTools.insert($0.path).inserted }
        append("Tool", tools.map { .object([("Path", .string($0.path))]) }, to: &fields)
        var seenIgnores = Set<String>()
        let ignores = file.ignores.filter { seenIgnores.insert($0.path).inserted }
        append("Ignore", ignores.map { .object([("Path", .string($0.path))]) }, to: &fields)
        return GoJSONWriter.render(.object(fields)) + "\n"
    }

    /// What `go work edit -json` prints for `file`.
    public static func render(_ file: GoWorkFile) -> String {
        var fields: [(key: String, value: GoJSONValue)] = []
        if let go = file.go, !go.version.isEmpty { fields.append(("Go", .string(go.version))) }
        if let toolchain = file.toolchain, !toolchain.name.isEmpty {
            fields.append(("Toolchain", .string(toolchain.name)))
        }
        append("Godebug", file.godebug.map(godebugValue), to: &fields)
        let uses = file.uses.filter { !$0.diskPath.isEmpty }
        append("Use", uses.map { .object([("DiskPath", .string($0.diskPath))]) }, to: &fields)
        append("Replace", effectiveReplaces(file.replaces).map(replaceValue), to: &fields)
        return GoJSONWriter.render(.object(fields)) + "\n"
    }

    /// The replaces the go command keeps: for each old module@version the last one, in file order,
    /// without those whose old path is empty.
    public static func effectiveReplaces(_ replaces: [GoModReplace]) -> [GoModReplace] {
        var seen = Set<[String]>()
        var keep = [Bool](repeating: false, count: replaces.count)
        for index in replaces.indices.reversed() {
            let replace = replaces[index]
            keep[index] = seen.insert([replace.oldPath, replace.oldVersion ?? ""]).inserted
        }
        return replaces.indices.filter { keep[$0] && !replaces[$0].oldPath.isEmpty }.map { replaces[$0] }
    }

    private static func append(
        _ key: String, _ elements: [GoJSONValue], to fields: inout [(key: String, value: GoJSONValue)]
    ) {
        if !elements.isEmpty { fields.append((key, .array(elements))) }
    }

    private static func godebugValue(_ entry: GoModGodebug) -> GoJSONValue {
        .object([("Key", .string(entry.key)), ("Value", .string(entry.value))])
    }

    private static func requireValue(_ require: GoModRequire) -> GoJSONValue {
        var members: [(key: String, value: GoJSONValue)] = [("Path", .string(require.path))]
        if !require.version.isEmpty { members.append(("Version", .string(require.version))) }
        if require.indirect { members.append(("Indirect", .bool(true))) }
        return .object(members)
    }

    private static func moduleVersion(_ path: String, _ version: String?) -> GoJSONValue {
        var members: [(key: String, value: GoJSONValue)] = [("Path", .string(path))]
        if let version, !version.isEmpty { members.append(("Version", .string(version))) }
        return .object(members)
    }

    private static func replaceValue(_ replace: GoModReplace) -> GoJSONValue {
        .object([
            ("Old", moduleVersion(replace.oldPath, replace.oldVersion)),
            ("New", moduleVersion(replace.newPath, replace.newVersion)),
        ])
    }

    private static func retractValue(_ retract: GoModRetract) -> GoJSONValue {
        var members: [(key: String, value: GoJSONValue)] = []
        if !retract.low.isEmpty { members.append(("Low", .string(retract.low))) }
        if !retract.high.isEmpty { members.append(("High", .string(retract.high))) }
        if let rationale = retract.rationale, !rationale.isEmpty { members.append(("Rationale", .string(rationale))) }
        return .object(members)
    }
}
