/// The decoded `.BTF.ext` section: record counts of its func_info, line_info and CO-RE relocation parts.
public struct BTFExtInfo: Sendable, Equatable {
    /// One CO-RE relocation record (`struct bpf_core_relo`).
    public struct CoreRelocation: Sendable, Equatable {
        /// Offset in the `.BTF` strings of the name of the code section it belongs to.
        public let sectionNameOffset: UInt32
        /// Byte offset of the instruction inside that section.
        public let instructionOffset: UInt32
        /// Local BTF type id the access starts from.
        public let typeID: UInt32
        /// Relocation kind (0 FIELD_BYTE_OFFSET ... 12 TYPE_MATCHES).
        public let kind: UInt32
    }

    /// `hdr_len`: 24 without, 32 with the CO-RE part.
    public let headerLength: Int
    /// Number of func_info records.
    public let functionInfoCount: Int
    /// Number of line_info records.
    public let lineInfoCount: Int
    /// The CO-RE relocation records in file order.
    public let coreRelocations: [CoreRelocation]

    /// Number of CO-RE relocation records.
    public var coreRelocationCount: Int { coreRelocations.count }
}
