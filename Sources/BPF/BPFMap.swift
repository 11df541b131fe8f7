/// A map the object defines, from BTF (`.maps`) or a legacy `struct bpf_map_def` record (`maps`).
public struct BPFMap: Sendable, Equatable {
    /// How the map is defined.
    public enum Definition: String, Sendable, Equatable {
        /// A BTF-defined map in `.maps`.
        case btf
        /// A `struct bpf_map_def` record in a `maps` section, which libbpf >= 1.0 refuses.
        case legacy
    }

    /// Symbol name.
    public let name: String
    /// How it is defined.
    public let definition: Definition
    /// The ELF section holding it.
    public let section: String
    /// Map type id (`enum bpf_map_type`); nil when it could not be read (BTF-defined map without BTF, or no
    /// `type` field).
    public let typeID: Int?
    /// Key size in bytes, when known.
    public let keySize: UInt64?
    /// Value size in bytes, when known.
    public let valueSize: UInt64?
    /// `max_entries`, when given.
    public let maxEntries: UInt32?
    /// `map_flags`, when given.
    public let flags: UInt32?
    /// `pinning`, when given.
    public let pinning: UInt32?
    /// BTF member names that neither libbpf nor cilium/ebpf know.
    public let unknownFields: [String]
    /// BTF member names libbpf knows but cilium/ebpf rejects (`numa_node`, `map_extra`).
    public let libbpfOnlyFields: [String]
    /// Legacy records: bytes past the 20-byte `struct bpf_map_def` (iproute2, gobpf layouts).
    public let extraBytes: Int
    /// The map symbol is `static` (cilium/ebpf: "possible erroneous static qualifier").
    public let isStatic: Bool
    /// BTF-defined map whose description was not found in `.BTF` (no BTF, or no VAR of that name).
    public let missingBTF: Bool

    /// Creates a map description.
    public init(
        name: String, definition: Definition, section: String, typeID: Int?, keySize: UInt64?, valueSize: UInt64?,
        maxEntries: UInt32?, flags: UInt32?, pinning: UInt32?, unknownFields: [String],
        libbpfOnlyFields: [String], extraBytes: Int, isStatic: Bool, missingBTF: Bool
    ) {
        self.name = name
        self.definition = definition
        self.section = section
        self.typeID = typeID
        self.keySize = keySize
        self.valueSize = valueSize
        self.maxEntries = maxEntries
        self.flags = flags
        self.pinning = pinning
        self.unknownFields = unknownFields
        self.libbpfOnlyFields = libbpfOnlyFields
        self.extraBytes = extraBytes
        self.isStatic = isStatic
        self.missingBTF = missingBTF
    }
}
