import BPF

/// The reference tables `BPFPolicy` judges a decoded object against: helpers, program and map types, libbpf
/// section names, BTF kinds and other kernel features. Built from plain arrays, normally loaded from
/// `rules/data/bpf-*.yaml`.
public struct BPFTables: Sendable {
    /// A helper function (`enum bpf_func_id`).
    public struct Helper: Sendable, Equatable {
        /// Helper id.
        public let id: Int
        /// C name, `bpf_` prefix included.
        public let name: String
        /// First kernel with the helper; nil when unknown.
        public let since: BPFKernelVersion?
        /// Whether the kernel allows the helper only from GPL-compatible programs.
        public let gplOnly: Bool
        /// Caveat when the GPL restriction depends on the program type.
        public let gplOnlyNote: String?

        /// Creates a helper entry.
        public init(id: Int, name: String, since: BPFKernelVersion?, gplOnly: Bool, gplOnlyNote: String? = nil) {
            self.id = id
            self.name = name
            self.since = since
            self.gplOnly = gplOnly
            self.gplOnlyNote = gplOnlyNote
        }
    }

    /// A numbered kernel type (program type, map type or BTF kind) with its first kernel.
    public struct NumberedType: Sendable, Equatable {
        /// The UAPI number.
        public let id: Int
        /// libbpf's lowercase name (`kprobe`, `ringbuf`) or the BTF kind name (`DATASEC`).
        public let name: String
        /// First kernel; nil when unknown.
        public let since: BPFKernelVersion?

        /// Creates an entry.
        public init(id: Int, name: String, since: BPFKernelVersion?) {
            self.id = id
            self.name = name
            self.since = since
        }
    }

    /// One row of a section-name table.
    public struct SectionPattern: Sendable, Equatable {
        /// libbpf pattern: `prefix+`, `prefix/` or an exact name.
        public let pattern: String
        /// Program type name, as in the program type table.
        public let programType: String
        /// Whether cilium/ebpf's table has the row (libbpf rows only; false for rows newer than libbpf v1.7).
        public let inCilium: Bool

        /// Creates a row.
        public init(pattern: String, programType: String, inCilium: Bool = true) {
            self.pattern = pattern
            self.programType = programType
            self.inCilium = inCilium
        }
    }

    /// A kernel feature floor.
    public struct Feature: Sendable, Equatable {
        /// Which feature.
        public let feature: BPFFeature
        /// Text for reasons ("bpf-to-bpf calls").
        public let description: String
        /// First kernel; nil when unknown.
        public let since: BPFKernelVersion?

        /// Creates an entry.
        public init(feature: BPFFeature, description: String, since: BPFKernelVersion?) {
            self.feature = feature
            self.description = description
            self.since = since
        }
    }

    /// Helpers in table order.
    public let helpers: [Helper]
    /// Program types in table order.
    public let programTypes: [NumberedType]
    /// Map types in table order.
    public let mapTypes: [NumberedType]
    /// libbpf's section table, in match order.
    public let sectionPatterns: [SectionPattern]
    /// Section names of older loaders, in match order.
    public let legacySectionPatterns: [SectionPattern]
    /// BTF kinds.
    public let btfKinds: [NumberedType]
    /// Other feature floors.
    public let features: [Feature]

    private let helpersByID: [Int: Helper]
    private let programTypesByID: [Int: NumberedType]
    private let programTypesByName: [String: NumberedType]
    private let mapTypesByID: [Int: NumberedType]
    private let btfKindsByID: [Int: NumberedType]
    private let featuresByKey: [BPFFeature: Feature]

    /// Creates tables; on duplicate ids or names the first entry wins.
    public init(
        helpers: [Helper], programTypes: [NumberedType], mapTypes: [NumberedType], sectionPatterns: [SectionPattern],
        legacySectionPatterns: [SectionPattern], btfKinds: [NumberedType], features: [Feature]
    ) {
        self.helpers = helpers
        self.programTypes = programTypes
        self.mapTypes = mapTypes
        self.sectionPatterns = sectionPatterns
        self.legacySectionPatterns = legacySectionPatterns
        self.btfKinds = btfKinds
        self.features = features
        helpersByID = Dictionary(helpers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        programTypesByID = Dictionary(programTypes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        programTypesByName = Dictionary(programTypes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        mapTypesByID = Dictionary(mapTypes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        btfKindsByID = Dictionary(btfKinds.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        featuresByKey = Dictionary(features.map { ($0.feature, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The helper with `id`.
    public func helper(_ id: Int) -> Helper? { helpersByID[id] }
    /// The program type with `id`.
    public func programType(_ id: Int) -> NumberedType? { programTypesByID[id] }
    /// The program type named `name` (`kprobe`).
    public func programType(named name: String) -> NumberedType? { programTypesByName[name] }
    /// The map type with `id`.
    public func mapType(_ id: Int) -> NumberedType? { mapTypesByID[id] }
    /// The BTF kind with `id`.
    public func btfKind(_ id: Int) -> NumberedType? { btfKindsByID[id] }
    /// The floor of `feature`.
    public func feature(_ feature: BPFFeature) -> Feature? { featuresByKey[feature] }
}
