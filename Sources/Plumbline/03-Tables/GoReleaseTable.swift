import GoModules
import YAML

/// `rules/data/go-releases.yaml`: when each Go release came out and when its support ended, so support can
/// be judged as of any date (`--as-of`). A new release is a data change, not a code change.
public struct GoReleaseTable: Sendable {
    public struct Release: Sendable, Equatable {
        /// Language version, `1.21`.
        public let version: String
        public let released: CalendarDate
        public let endOfSupport: CalendarDate?
    }

    public let releases: [Release]

    public init(releases: [Release]) {
        self.releases = releases.sorted { GoVersion.compare($0.version, $1.version) < 0 }
    }

    public init(bytes: [UInt8], path: String) throws(DefinitionError) {
        let reader = StrictYAML(file: path)
        guard let root = try RuleLoader.parseYAML(bytes, file: path) else {
            throw DefinitionError(.file(path), "empty Go release table")
        }
        let top = try reader.mapping(root, "the Go release table", allowed: ["releases"])
        guard let list = top["releases"] else { throw reader.error(root, "the Go release table needs 'releases'") }
        var releases: [Release] = []
        for node in try reader.sequence(list.value, "releases") {
            let map = try reader.mapping(node, "a release", allowed: ["version", "released", "end_of_support"])
            guard let version = map["version"], let released = map["released"] else {
                throw reader.error(node, "a release needs version and released")
            }
            let language = try reader.value(version.value, as: .goVersion, "version")
            let date = try reader.value(released.value, as: .date, "released")
            let end = try map["end_of_support"].map { (pair: YAMLPair) throws(DefinitionError) -> FactValue in
                try reader.value(pair.value, as: .date, "end_of_support")
            }
            guard let language = language.stringValue, let date = date.stringValue.flatMap(CalendarDate.init) else { continue }
            releases.append(Release(version: language, released: date, endOfSupport: end?.stringValue.flatMap(CalendarDate.init)))
        }
        self.init(releases: releases)
    }

    /// The release a go line belongs to (`1.21.3` and `1.21rc1` belong to `1.21`).
    public func release(for goLine: String) -> Release? {
        let language = GoVersion(goLine)?.language
        return releases.first { $0.version == language }
    }

    public func isSupported(_ release: Release, asOf date: CalendarDate) -> Bool {
        release.released <= date && (release.endOfSupport.map { date < $0 } ?? true)
    }

    public func supported(asOf date: CalendarDate) -> [Release] {
        releases.filter { isSupported($0, asOf: date) }
    }

    public func latest(asOf date: CalendarDate) -> Release? {
        releases.last { $0.released <= date }
    }
}
