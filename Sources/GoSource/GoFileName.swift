/// What a Go file's name says about it, by go/build's rules.
public struct GoFileName: Sendable, Hashable {
    /// The last path component.
    public var baseName: String
    /// The name ends in `_test.go`.
    public var isTest: Bool
    /// The name starts with `_` or `.`, so the go command ignores the file.
    public var isIgnored: Bool
    /// The constraint implied by a `_GOOS`, `_GOARCH` or `_GOOS_GOARCH` suffix before the first `.` (and
    /// before an optional `_test`), as go/build's `goodOSArchFile` applies it: `x_linux_amd64.go` gives
    /// `linux && amd64`, `x_js.go` gives `js`. Nil when the name implies nothing. As in Go since 1.4, the part
    /// before the first `_` never counts (`linux.go` implies nothing, `linux_amd64.go` only `amd64`).
    public var constraint: GoBuildExpression?

    /// Reads the name of the file at `path` (only its last component matters).
    public init(path: String) {
        let bytes = Array(path.utf8)
        let start = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
        let base = Array(bytes[start...])
        baseName = String(decoding: base, as: UTF8.self)
        isTest = base.count >= 8 && base[(base.count - 8)...].elementsEqual("_test.go".utf8)
        isIgnored = base.first == UInt8(ascii: "_") || base.first == UInt8(ascii: ".")
        constraint = Self.constraint(forBaseName: base, operatingSystems: GoPlatforms.knownOperatingSystems)
    }

    /// The constraint the name implies for a toolchain that knows only `operatingSystems` as GOOS values:
    /// before a port existed, its suffix (`_wasip1.go` before Go 1.21) was part of the name and implied
    /// nothing.
    static func constraint(forBaseName base: [UInt8], operatingSystems: Set<String>) -> GoBuildExpression? {
        let stem = base.prefix { $0 != UInt8(ascii: ".") }
        guard let underscore = stem.firstIndex(of: UInt8(ascii: "_")) else { return nil }
        var parts = stem[underscore...].split(separator: UInt8(ascii: "_"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        if parts.last == "test" { parts.removeLast() }
        let count = parts.count
        if count >= 2 {
            let system = parts[count - 2]
            let architecture = parts[count - 1]
            if operatingSystems.contains(system) && GoPlatforms.knownArchitectures.contains(architecture) {
                return .and(.tag(system), .tag(architecture))
            }
        }
        if let last = parts.last,
           operatingSystems.contains(last) || GoPlatforms.knownArchitectures.contains(last) {
            return .tag(last)
        }
        return nil
    }
}
