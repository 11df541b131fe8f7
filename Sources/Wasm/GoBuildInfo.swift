/// What the Go toolchain (`gc`) leaves in a module it built: the Go version, the build ID, and the module
/// build info (`runtime/debug.BuildInfo`) that `go version -m` cannot read from wasm binaries.
public struct GoBuildInfo: Sendable, Hashable {
    /// The Go release, e.g. `go1.27.3`.
    public var goVersion: String?
    /// Where `goVersion` was found.
    public var goVersionSource: VersionSource?
    /// The id from the `go:buildid` custom section.
    public var buildID: String?
    /// The main package path (`path` line).
    public var path: String?
    /// The main module (`mod` line); its version is `(devel)` for a local build.
    public var mainModule: Module?
    /// Dependencies (`dep` lines), each with its replacement (`=>` line) if any.
    public var dependencies: [Module] = []
    /// Build settings (`build` lines), e.g. `GOOS=wasip1`, `-buildmode=c-shared`.
    public var settings: [Setting] = []
    /// File offset of the first byte after the start sentinel, when the build info was found.
    public var offset: Int?

    /// Where the Go version came from.
    public enum VersionSource: String, Sendable, Hashable {
        /// A `go` line in the build info (written by `BuildInfo.String` when the version is set).
        case buildInfo
        /// The `producers` section's `language: Go <version>` entry.
        case producers
        /// The runtime's version string found among the data segments.
        case data
    }

    /// A module path and version with its `h1:` sum.
    public struct Module: Sendable, Hashable {
        /// Module path, e.g. `golang.org/x/text`.
        public var path: String
        /// Module version, e.g. `v0.20.0`, or `(devel)` for the main module.
        public var version: String
        /// `h1:…`, or `nil` when the line has none (the main module, replaced or vendored modules).
        public var sum: String?
        /// The `=>` replacement, for a module built from another path or version.
        public var replacement: Replacement?
    }

    /// The target of a `replace`: a module path with version and sum, or a directory with neither.
    public struct Replacement: Sendable, Hashable {
        /// Module path, or a directory for a local replacement.
        public var path: String
        /// Version, absent for a directory replacement.
        public var version: String?
        /// `h1:…` sum, absent for a directory replacement.
        public var sum: String?
    }

    /// One `build KEY=VALUE` line, with Go quoting removed.
    public struct Setting: Sendable, Hashable {
        /// The setting's name, e.g. `GOOS`, `-buildmode`.
        public var key: String
        /// The setting's value, unquoted.
        public var value: String
    }

    /// The value of the build setting `key` (e.g. `GOOS`), if present.
    public func setting(_ key: String) -> String? {
        settings.first { $0.key == key }?.value
    }

    /// The build info's start and end sentinels (cmd/go/internal/modload `infoStart`, `infoEnd`).
    static let startSentinel: [UInt8] = [
        0x30, 0x77, 0xAF, 0x0C, 0x92, 0x74, 0x08, 0x02, 0x41, 0xE1, 0xC1, 0x07, 0xE6, 0xD6, 0x18, 0xE6,
    ]
    static let endSentinel: [UInt8] = [
        0xF9, 0x32, 0x43, 0x31, 0x86, 0x18, 0x20, 0x72, 0x00, 0x82, 0x42, 0x10, 0x41, 0x16, 0xD8, 0xF2,
    ]

    /// Collects the Go facts of `module`, or `nil` when nothing in it says Go built it.
    static func carve(from module: WasmModule, warnings: inout [WasmDecodeWarning]) -> GoBuildInfo? {
        var info = GoBuildInfo()
        info.buildID = module.goBuildID
        var found = module.goBuildID != nil
        for segment in module.dataSegments {
            guard let start = segment.bytes.firstRange(of: startSentinel)?.upperBound else { continue }
            guard let end = segment.bytes[start...].firstRange(of: endSentinel)?.lowerBound else {
                warnings.append(WasmDecodeWarning(
                    offset: segment.contentOffset + start, subject: "go build info",
                    message: "start sentinel without an end sentinel in the same data segment"))
                continue
            }
            info.offset = segment.contentOffset + start
            info.parse(String(decoding: segment.bytes[start..<end], as: UTF8.self))
            found = true
            break
        }
        if info.goVersion == nil, let version = goProducerVersion(module.producers) {
            info.goVersion = version
            info.goVersionSource = .producers
            found = true
        }
        if found, info.goVersion == nil, let version = runtimeVersion(in: module.dataSegments) {
            info.goVersion = version
            info.goVersionSource = .data
        }
        return found ? info : nil
    }

    private static func goProducerVersion(_ producers: WasmProducers?) -> String? {
        guard let producers else { return nil }
        let isGC = producers.values(of: "processed-by").contains { $0.name == "Go cmd/compile" }
        guard isGC, let language = producers.values(of: "language").first(where: { $0.name == "Go" }),
              !language.version.isEmpty
        else { return nil }
        return language.version
    }

    /// The runtime's `buildVersion` string is stored without delimiters, so a candidate must look like a
    /// release (`go1.N`, `go1.N.P`, `go1.NrcK`, `go1.NbetaK`) standing alone; two different candidates
    /// are ambiguous and give nothing.
    private static func runtimeVersion(in segments: [WasmDataSegment]) -> String? {
        var candidates = Set<String>()
        let prefix = Array("go1.".utf8)
        for segment in segments {
            let bytes = segment.bytes
            var searchStart = bytes.startIndex
            while let range = bytes[searchStart...].firstRange(of: prefix) {
                searchStart = range.upperBound
                if range.lowerBound > bytes.startIndex && isWordByte(bytes[range.lowerBound - 1]) { continue }
                var end = range.upperBound
                while end < bytes.endIndex && isVersionByte(bytes[end]) && end - range.lowerBound < 24 { end += 1 }
                let text = String(decoding: bytes[range.lowerBound..<end], as: UTF8.self)
                if isReleaseVersion(text) { candidates.insert(text) }
            }
        }
        return candidates.count == 1 ? candidates.first : nil
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        isVersionByte(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "/")
    }

    private static func isVersionByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: ".")
    }

    private static func isReleaseVersion(_ text: String) -> Bool {
        guard text.hasPrefix("go1.") else { return false }
        var rest = Substring(text.dropFirst(4))
        func digits() -> Bool {
            let count = rest.prefix(while: \.isASCII).prefix(while: \.isNumber).count
            rest = rest.dropFirst(count)
            return count > 0
        }
        guard digits() else { return false }
        if rest.hasPrefix(".") {
            rest = rest.dropFirst()
            guard digits() else { return false }
        } else if rest.hasPrefix("rc") || rest.hasPrefix("beta") {
            rest = rest.dropFirst(rest.hasPrefix("rc") ? 2 : 4)
            guard digits() else { return false }
        }
        return rest.isEmpty
    }

    /// Parses the text `BuildInfo.String` writes: tab-separated `go`, `path`, `mod`, `dep`, `=>`, `build`
    /// lines. Unknown lines are ignored, as `debug.ParseBuildInfo` would reject them but a scanner should not.
    mutating func parse(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let keyword = fields.first else { continue }
            switch keyword {
            case "go" where fields.count >= 2:
                goVersion = fields[1]
                goVersionSource = .buildInfo
            case "path" where fields.count >= 2:
                path = fields[1]
            case "mod" where fields.count >= 3:
                mainModule = Self.module(fields)
            case "dep" where fields.count >= 3:
                dependencies.append(Self.module(fields))
            case "=>" where fields.count >= 2:
                let replacement = Replacement(
                    path: fields[1], version: Self.field(fields, 2), sum: Self.field(fields, 3))
                if dependencies.isEmpty {
                    mainModule?.replacement = replacement
                } else {
                    dependencies[dependencies.count - 1].replacement = replacement
                }
            case "build" where fields.count >= 2:
                if let setting = Self.setting(fields[1...].joined(separator: "\t")) { settings.append(setting) }
            default:
                continue
            }
        }
    }

    private static func field(_ fields: [String], _ index: Int) -> String? {
        index < fields.count && !fields[index].isEmpty ? fields[index] : nil
    }

    private static func module(_ fields: [String]) -> Module {
        Module(path: fields[1], version: fields[2], sum: field(fields, 3), replacement: nil)
    }

    /// `KEY=VALUE`, where the key or value may be a Go double-quoted string.
    private static func setting(_ text: String) -> Setting? {
        var rest = Substring(text)
        let key: String
        if rest.hasPrefix("\"") {
            guard let (unquoted, remainder) = GoQuotedString.unquotePrefix(rest) else { return nil }
            key = unquoted
            rest = remainder
        } else {
            guard let equals = rest.firstIndex(of: "=") else { return nil }
            key = String(rest[..<equals])
            rest = rest[equals...]
        }
        guard rest.hasPrefix("=") else { return nil }
        rest = rest.dropFirst()
        if rest.hasPrefix("\""), let (value, remainder) = GoQuotedString.unquotePrefix(rest), remainder.isEmpty {
            return Setting(key: key, value: value)
        }
        return Setting(key: key, value: String(rest))
    }
}
