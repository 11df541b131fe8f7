/// Why a module source could not give an answer. "Not in this source" is not an error: readers return nil.
public enum ModuleSourceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A module path or version that cannot be escaped or unescaped for the proxy protocol.
    case invalidPath(String)
    case invalidVersion(String)
    /// A `--modules` value that names no kind of source.
    case unsupportedSource(String)
    /// A file of the source exists but could not be read.
    case unreadable(path: String, reason: String)
    /// A remote proxy answered with an HTTP status other than success or "not found".
    case httpStatus(url: String, status: Int)
    /// A remote proxy did not answer in time, or the connection failed.
    case network(url: String, reason: String)
    /// A module zip that the go command would refuse.
    case invalidZip(String)

    public var description: String {
        switch self {
        case .invalidPath(let reason): reason
        case .invalidVersion(let reason): reason
        case .unsupportedSource(let spec): "unsupported module source \"\(spec)\": use auto, a module cache directory, file://DIR or an http(s):// proxy URL"
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .httpStatus(let url, let status): "\(url): HTTP status \(status)"
        case .network(let url, let reason): "\(url): \(reason)"
        case .invalidZip(let reason): reason
        }
    }
}
