/// Why a module, import or file path is malformed (module.CheckPath / CheckImportPath / CheckFilePath).
public struct ModulePathError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which rule set was applied.
    public enum Kind: String, Sendable, Hashable {
        case module, `import`, file
    }

    /// Which rule set was applied.
    public var kind: Kind
    /// The path that was checked.
    public var path: String
    /// The reason, e.g. `missing dot in first path element`.
    public var reason: String

    /// `malformed <kind> path "<path>": <reason>`, as the go command prints it.
    public var description: String { "malformed \(kind.rawValue) path \(GoQuote.quote(path)): \(reason)" }
}

/// Module path rules of golang.org/x/mod/module.
public enum ModulePath {
    /// `module.SplitPathVersion`: splits `a.com/b/v2` into `("a.com/b", "/v2")` and `gopkg.in/yaml.v3`
    /// into `("gopkg.in/yaml", ".v3")`; a path without a major suffix gives `(path, "")`.
    /// Returns nil when the suffix is malformed (`/v1`, `/v0`, `/v2.1`, `gopkg.in/x` without `.vN`),
    /// which go.mod reports as `invalid module path`.
    public static func splitPathMajor(_ path: String) -> (prefix: String, pathMajor: String)? {
        let bytes = Array(path.utf8)
        if GoByteText.hasPrefix(bytes, "gopkg.in/") {
            return splitGopkgIn(bytes)
        }
        var index = bytes.count
        var sawDot = false
        while index > 0 && (SemverParts.isDigit(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: ".")) {
            if bytes[index - 1] == UInt8(ascii: ".") { sawDot = true }
            index -= 1
        }
        if index <= 1 || index == bytes.count || bytes[index - 1] != UInt8(ascii: "v")
            || bytes[index - 2] != UInt8(ascii: "/")
        {
            return (path, "")
        }
        let pathMajor = Array(bytes[(index - 2)...])
        if sawDot || pathMajor.count <= 2 || pathMajor[2] == UInt8(ascii: "0") || pathMajor == Array("/v1".utf8) {
            return nil
        }
        return (String(decoding: bytes[..<(index - 2)], as: UTF8.self), String(decoding: pathMajor, as: UTF8.self))
    }

    private static func splitGopkgIn(_ bytes: [UInt8]) -> (prefix: String, pathMajor: String)? {
        var index = bytes.count
        let unstable = Array("-unstable".utf8)
        if bytes.count >= unstable.count && Array(bytes.suffix(unstable.count)) == unstable {
            index -= unstable.count
        }
        while index > 0 && SemverParts.isDigit(bytes[index - 1]) { index -= 1 }
        guard index > 1, bytes[index - 1] == UInt8(ascii: "v"), bytes[index - 2] == UInt8(ascii: ".") else {
            return nil
        }
        let pathMajor = Array(bytes[(index - 2)...])
        if pathMajor.count <= 2 || (pathMajor[2] == UInt8(ascii: "0") && pathMajor != Array(".v0".utf8)) {
            return nil
        }
        return (String(decoding: bytes[..<(index - 2)], as: UTF8.self), String(decoding: pathMajor, as: UTF8.self))
    }

    /// `module.MatchPathMajor`: whether `version` may be used with a path whose major suffix is `pathMajor`.
    public static func versionMatchesPathMajor(_ version: String, _ pathMajor: String) -> Bool {
        checkPathMajor(version, pathMajor) == nil
    }

    /// `module.CheckPathMajor`: nil when allowed, else the go command's message,
    /// e.g. `version "v2.0.0" invalid: should be v0 or v1, not v2`.
    public static func checkPathMajor(_ version: String, _ pathMajor: String) -> String? {
        checkPathMajor(version, parsed: ModuleVersion(version), pathMajor)
    }

    /// `checkPathMajor` for a version the caller has already parsed.
    static func checkPathMajor(_ version: String, parsed: ModuleVersion?, _ pathMajor: String) -> String? {
        var pathMajor = pathMajor
        if pathMajor.hasPrefix(".v") && pathMajor.hasSuffix("-unstable") {
            pathMajor = String(pathMajor.dropLast("-unstable".count))
        }
        if version.hasPrefix("v0.0.0-") && pathMajor == ".v1" {
            // Allow old-style gopkg.in pseudo-versions for .v1.
            return nil
        }
        let major = parsed?.major ?? ""
        let expected: String
        if pathMajor.isEmpty {
            if major == "v0" || major == "v1" || parsed?.build == "+incompatible" { return nil }
            expected = "v0 or v1"
        } else if pathMajor.hasPrefix("/") || pathMajor.hasPrefix(".") {
            expected = String(pathMajor.dropFirst())
            if major == expected { return nil }
        } else {
            expected = pathMajor
        }
        return "version \(GoQuote.quote(version)) invalid: should be \(expected), not \(major)"
    }

    /// `modfile.IsDirectoryPath`: a relative (`./`, `../`, `.\`, `..\`) or rooted (`/`, `\`, `C:`) path.
    public static func isDirectoryPath(_ path: String) -> Bool {
        if path == "." || path == ".." { return true }
        for prefix in ["./", ".\\", "../", "..\\", "/", "\\"] where path.hasPrefix(prefix) {
            return true
        }
        let bytes = Array(path.utf8.prefix(2))
        guard bytes.count == 2 else { return false }
        let letter = bytes[0] | 0x20
        return letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z") && bytes[1] == UInt8(ascii: ":")
    }

    /// `module.CheckPath`: nil when `path` is a valid module path.
    public static func check(_ path: String) -> ModulePathError? {
        func failure(_ reason: String) -> ModulePathError { ModulePathError(kind: .module, path: path, reason: reason) }
        if let reason = PathRules.check(path, kind: .module) { return failure(reason) }
        let bytes = Array(path.utf8)
        let firstElement = bytes.prefix { $0 != UInt8(ascii: "/") }
        if firstElement.isEmpty { return failure("leading slash") }
        if !firstElement.contains(UInt8(ascii: ".")) { return failure("missing dot in first path element") }
        if bytes.first == UInt8(ascii: "-") { return failure("leading dash in first path element") }
        for byte in firstElement where !PathRules.isFirstElementByte(byte) {
            return failure("invalid char \(GoQuote.quoteRune(UInt32(byte))) in first path element")
        }
        if splitPathMajor(path) == nil { return failure("invalid version") }
        return nil
    }

    /// `module.CheckImportPath`: nil when `path` is a valid package import path.
    public static func checkImportPath(_ path: String) -> ModulePathError? {
        PathRules.check(path, kind: .import).map { ModulePathError(kind: .import, path: path, reason: $0) }
    }

    /// `module.CheckFilePath`: nil when `path` is a valid file path inside a module.
    public static func checkFilePath(_ path: String) -> ModulePathError? {
        PathRules.check(path, kind: .file).map { ModulePathError(kind: .file, path: path, reason: $0) }
    }

    /// `module.EscapePath`: the module-cache form of a valid module path (`Azure` → `!azure`).
    public static func escape(_ path: String) -> String? {
        guard check(path) == nil else { return nil }
        return escapeUpperCase(path)
    }

    /// `module.EscapeVersion`: the module-cache form of a version; nil when it is not a valid file-path
    /// element or contains `!`.
    public static func escapeVersion(_ version: String) -> String? {
        guard PathRules.checkElement(Array(version.utf8)[...], kind: .file) == nil, !version.contains("!") else {
            return nil
        }
        return escapeUpperCase(version)
    }

    private static func escapeUpperCase(_ text: String) -> String? {
        var out: [UInt8] = []
        for byte in text.utf8 {
            if byte >= 0x80 || byte == UInt8(ascii: "!") { return nil }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                out.append(UInt8(ascii: "!"))
                out.append(byte | 0x20)
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
