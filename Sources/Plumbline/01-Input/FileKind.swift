/// What a file is to Plumbline, decided in one place: from its name, and for build outputs without a
/// telling name from its first bytes. Selection (which blobs are read), parsing (which parser runs) and
/// `inspect` all ask here.
public enum FileKind: Sendable, Equatable {
    /// `.plumbline.yaml`.
    case configuration
    case goMod
    case goWork
    /// `go.sum` or `go.work.sum`.
    case goSum
    /// `modules.txt` (selected only as `vendor/modules.txt`).
    case vendorList
    case goSource
    /// `wasm_exec.js`, the JavaScript glue of a Go js/wasm build.
    case wasmExec
    /// `.o` / `.elf`: an ELF file that may be an eBPF object.
    case object
    /// `.wasm`, or any file that starts with the WebAssembly magic.
    case wasmModule

    public static let wasmMagic: [UInt8] = [0x00, 0x61, 0x73, 0x6D]
    public static let elfMagic: [UInt8] = [0x7F, 0x45, 0x4C, 0x46]

    /// Build outputs the decoders verify.
    public var isArtifact: Bool { self == .object || self == .wasmModule }

    /// The kind a path's name gives; nil for files Plumbline does not read by name. Called for every entry
    /// of a snapshot, so it compares the last component's UTF-8 bytes: matching a Substring against string
    /// literals goes through Unicode-aware comparison, which cost more than the tree walk.
    public static func named(_ path: String) -> FileKind? {
        let utf8 = path.utf8
        let name = utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8[utf8.index(after: $0)...] } ?? utf8[...]
        for (fileName, kind) in exactNames where name.elementsEqual(fileName) { return kind }
        // `.go` needs a name before it; a build output called `.o` is still an object file.
        if name.count > goSuffix.count, name.suffix(goSuffix.count).elementsEqual(goSuffix) { return .goSource }
        for (suffix, kind) in artifactSuffixes where name.suffix(suffix.count).elementsEqual(suffix) { return kind }
        return nil
    }

    /// The kind of a file that has been read: by name first, then by its first bytes (a `go build -o`
    /// output named `plugin` that is WebAssembly).
    public static func of(_ path: String, header: some Collection<UInt8>) -> FileKind? {
        let byName = named(path)
        if let byName, !byName.isArtifact { return byName }
        if byName == .wasmModule || header.starts(with: wasmMagic) { return .wasmModule }
        return byName
    }

    private static let exactNames: [([UInt8], FileKind)] = ([
        ("go.mod", .goMod), ("go.work", .goWork), ("go.sum", .goSum), ("go.work.sum", .goSum),
        ("modules.txt", .vendorList), (".plumbline.yaml", .configuration), ("wasm_exec.js", .wasmExec),
    ] as [(String, FileKind)]).map { (Array($0.0.utf8), $0.1) }

    private static let goSuffix = Array(".go".utf8)
    private static let artifactSuffixes: [([UInt8], FileKind)] = ([
        (".o", .object), (".elf", .object), (".wasm", .wasmModule),
    ] as [(String, FileKind)]).map { (Array($0.0.utf8), $0.1) }
}
