import GoModules

/// The module proxy's case encoding (`module.EscapePath`/`UnescapePath`): every capital letter becomes `!`
/// and its lower-case form, so paths stay distinct on case-insensitive file systems.
public enum ProxyEscaping {
    /// A valid module path (`module.CheckPath`), escaped.
    public static func escapePath(_ path: String) throws(ModuleSourceError) -> String {
        if let error = ModulePath.check(path) { throw .invalidPath(error.description) }
        guard let escaped = ModulePath.escape(path) else { throw .invalidPath("malformed module path \"\(path)\"") }
        return escaped
    }

    /// A version that is a valid file-path element without `!`, escaped.
    public static func escapeVersion(_ version: String) throws(ModuleSourceError) -> String {
        guard let escaped = ModulePath.escapeVersion(version) else {
            throw .invalidVersion("version \"\(version)\" invalid: disallowed version string")
        }
        return escaped
    }

    /// The module path an escaped path stands for; it must unescape to a valid module path.
    public static func unescapePath(_ escaped: String) throws(ModuleSourceError) -> String {
        guard let path = unescape(escaped) else { throw .invalidPath("invalid escaped module path \"\(escaped)\"") }
        if let error = ModulePath.check(path) {
            throw .invalidPath("invalid escaped module path \"\(escaped)\": \(error.reason)")
        }
        return path
    }

    /// The version an escaped version stands for; it must unescape to a valid version file-path element.
    public static func unescapeVersion(_ escaped: String) throws(ModuleSourceError) -> String {
        guard let version = unescape(escaped), ModulePath.escapeVersion(version) != nil else {
            throw .invalidVersion("invalid escaped version \"\(escaped)\"")
        }
        return version
    }

    /// nil for non-ASCII, a capital letter, or `!` not followed by a lower-case letter.
    private static func unescape(_ escaped: String) -> String? {
        var out: [UInt8] = []
        var bang = false
        for byte in escaped.utf8 {
            if byte >= 0x80 { return nil }
            if bang {
                bang = false
                guard byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") else { return nil }
                out.append(byte - 0x20)
                continue
            }
            if byte == UInt8(ascii: "!") {
                bang = true
                continue
            }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return nil }
            out.append(byte)
        }
        return bang ? nil : String(decoding: out, as: UTF8.self)
    }
}
