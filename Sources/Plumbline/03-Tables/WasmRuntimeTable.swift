import Wasm
import YAML

/// `rules/data/wasm-runtimes.yaml`: for each WebAssembly runtime, the first version that enables each
/// feature by default. Facts expose it per module (`feature_support`); rules compare it with the runtimes
/// in `wasm.runtimes`.
public struct WasmRuntimeTable: Sendable {
    /// When a runtime enables a feature by default.
    public enum Availability: Sendable, Equatable {
        /// In every version the row covers.
        case all
        /// From this version on.
        case since(String)
        /// In no version the source covers.
        case never
    }

    /// One runtime's row.
    public struct Runtime: Sendable, Equatable {
        public let name: String
        /// The oldest version the row speaks for; what a bare name means.
        public let oldest: String
        public let features: [WasmFeature: Availability]
        /// Features whose version boundary the source does not state outright.
        public let unverified: Set<WasmFeature>

        /// The first version that enables `feature` by default (`oldest` when every covered version does);
        /// nil when none does.
        public func since(_ feature: WasmFeature) -> String? {
            switch features[feature] ?? .never {
            case .all: oldest
            case .since(let first): first
            case .never: nil
            }
        }
    }

    /// A configured target: `wasmtime 14`, or a bare `wasmtime` (its row's oldest version).
    public struct Target: Sendable, Equatable {
        public let runtime: Runtime
        public let version: String

        /// `wazero 1.7`, as findings name it.
        public var label: String { "\(runtime.name) \(version)" }

        /// Whether this runtime version enables `feature` by default.
        public func supports(_ feature: WasmFeature) -> Bool {
            WasmRuntimeTable.enables(version, since: runtime.since(feature))
        }
    }

    public let runtimes: [Runtime]

    public static let empty = WasmRuntimeTable(runtimes: [])

    public init(runtimes: [Runtime]) { self.runtimes = runtimes }

    public init(bytes: [UInt8], path: String) throws(DefinitionError) {
        let reader = StrictYAML(file: path)
        guard let root = try RuleLoader.parseYAML(bytes, file: path) else { throw DefinitionError(.file(path), "empty table") }
        let top = try reader.mapping(root, "the table", allowed: ["runtimes"])
        guard let list = top["runtimes"] else { throw reader.error(root, "the table needs 'runtimes'") }
        var runtimes: [Runtime] = []
        for node in try reader.sequence(list.value, "runtimes") {
            let row = try reader.mapping(node, "a runtime", allowed: ["name", "oldest", "source", "note", "features", "unverified"])
            guard let name = row["name"], let oldest = row["oldest"], let features = row["features"], row["source"] != nil else {
                throw reader.error(node, "a runtime needs name, oldest, source and features")
            }
            let runtimeName = try reader.nonEmptyString(name.value, "name")
            guard runtimeName == runtimeName.lowercased(), !runtimeName.contains(" ") else {
                throw reader.error(name.value, "name must be lowercase without spaces")
            }
            if runtimes.contains(where: { $0.name == runtimeName }) { throw reader.error(name.value, "runtime '\(runtimeName)' is listed twice") }
            let oldestVersion = try reader.string(oldest.value, "oldest")
            guard Self.components(oldestVersion) != nil else { throw reader.error(oldest.value, "oldest must be a version like \"1.0\"") }
            let allowed = WasmFeature.allCases.map(\.rawValue)
            let map = try reader.mapping(features.value, "features", allowed: allowed)
            var availability: [WasmFeature: Availability] = [:]
            for feature in WasmFeature.allCases {
                guard let pair = map[feature.rawValue] else {
                    throw reader.error(features.value, "features needs every feature; '\(feature.rawValue)' is missing (write never if unsupported)")
                }
                availability[feature] = try Self.availability(pair.value, feature.rawValue, reader)
            }
            var unverified = Set<WasmFeature>()
            if let list = row["unverified"] {
                for item in try reader.sequence(list.value, "unverified") {
                    let text = try reader.string(item, "each entry of unverified")
                    guard let feature = WasmFeature(rawValue: text) else {
                        throw reader.error(item, "unknown feature '\(text)'\(StrictYAML.suggestion(for: text, among: allowed))")
                    }
                    unverified.insert(feature)
                }
            }
            runtimes.append(Runtime(name: runtimeName, oldest: oldestVersion, features: availability, unverified: unverified))
        }
        self.runtimes = runtimes
    }

    /// Resolves one `wasm.runtimes` entry (`"wazero 1.7"`, `"node"`); the error is a sentence for the user.
    public func target(_ entry: String) -> Result<Target, TargetError> {
        let named: (name: String, version: String?)
        switch Self.words(of: entry) {
        case .success(let words): named = words
        case .failure(let error): return .failure(error)
        }
        guard let runtime = runtimes.first(where: { $0.name == named.name }) else {
            let known = runtimes.map(\.name)
            let hint = StrictYAML.suggestion(for: named.name, among: known)
            return .failure(TargetError(message: "unknown runtime '\(named.name)'\(hint) (known: \(known.joined(separator: ", ")))"))
        }
        return Self.version(named.version, in: entry, runtime: runtime.name, oldest: runtime.oldest).map { Target(runtime: runtime, version: $0) }
    }

    /// The runtime name (lower-cased) and the version, if any, of a `wasm.runtimes` entry.
    static func words(of entry: String) -> Result<(name: String, version: String?), TargetError> {
        let words = entry.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let name = words.first?.lowercased(), words.count <= 2 else {
            return .failure(TargetError(message: "'\(entry)' is not \"NAME\" or \"NAME VERSION\""))
        }
        return .success((name, words.count == 2 ? words[1] : nil))
    }

    /// The version an entry means for a runtime whose row starts at `oldest`: the one written (without a
    /// leading `v`), or `oldest` for a bare name.
    static func version(_ written: String?, in entry: String, runtime: String, oldest: String) -> Result<String, TargetError> {
        guard let written else { return .success(oldest) }
        let version = written.hasPrefix("v") ? String(written.dropFirst()) : written
        guard components(version) != nil else {
            return .failure(TargetError(message: "'\(written)' in '\(entry)' is not a version like 1.7"))
        }
        guard compare(version, oldest) >= 0 else {
            return .failure(TargetError(message: "\(runtime) \(version) is older than the table covers (from \(oldest))"))
        }
        return .success(version)
    }

    /// Why a `wasm.runtimes` entry cannot be used.
    public struct TargetError: Error, Sendable, Equatable {
        public let message: String
    }

    /// Whether a runtime at `version` (not older than its row's oldest) enables a feature first enabled by
    /// default at `since`; nil `since` means no version does.
    static func enables(_ version: String, since: String?) -> Bool {
        since.map { compare(version, $0) >= 0 } ?? false
    }

    /// Dotted numeric versions compared part by part, missing parts as 0: `16.4 < 16.10`, `1.0 == 1`.
    static func compare(_ a: String, _ b: String) -> Int {
        let left = components(a) ?? [], right = components(b) ?? []
        for index in 0..<max(left.count, right.count) {
            let l = index < left.count ? left[index] : 0, r = index < right.count ? right[index] : 0
            if l != r { return l < r ? -1 : 1 }
        }
        return 0
    }

    /// `[16, 4]` for "16.4"; nil unless one to four dot-separated decimal parts of at most six digits.
    static func components(_ version: String) -> [Int]? {
        let parts = version.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...4).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for part in parts {
            guard (1...6).contains(part.count), part.allSatisfy({ ("0"..."9").contains($0) }), let number = Int(part) else { return nil }
            numbers.append(number)
        }
        return numbers
    }

    private static func availability(_ node: YAMLNode, _ what: String, _ reader: StrictYAML) throws(DefinitionError) -> Availability {
        let text = try reader.string(node, what)
        switch text {
        case "all": return .all
        case "never": return .never
        default:
            guard components(text) != nil else {
                throw reader.error(node, "\(what) must be a version like \"16.4\", all or never; found '\(text)'")
            }
            return .since(text)
        }
    }
}
