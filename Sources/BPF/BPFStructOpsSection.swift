/// An ELF section holding struct_ops map values: `.struct_ops`, `.struct_ops.link`, or either with libbpf's
/// `?` prefix (the map is not created automatically).
public struct BPFStructOpsSection: Sendable, Equatable {
    /// Section name as written (`.struct_ops.link`, `?.struct_ops`, ...).
    public let name: String
    /// Index in the section header table.
    public let index: Int
    /// `.struct_ops.link`: the maps are attached through a BPF link. cilium/ebpf loads only this form.
    public let isLink: Bool
    /// The name starts with `?`.
    public let isOptional: Bool
    /// The struct_ops variables (maps) of the section, from the BTF DATASEC of the same name; empty without
    /// BTF.
    public let variables: [String]

    /// Creates a struct_ops section description (normally through `BPFObject.decode`).
    public init(name: String, index: Int, isLink: Bool, isOptional: Bool, variables: [String]) {
        self.name = name
        self.index = index
        self.isLink = isLink
        self.isOptional = isOptional
        self.variables = variables
    }

    static let plainName = ".struct_ops"
    static let linkName = ".struct_ops.link"

    /// Whether a section of this name holds struct_ops maps, and in which form; nil when it does not.
    static func form(of name: String) -> (isLink: Bool, isOptional: Bool)? {
        let isOptional = name.utf8.first == UInt8(ascii: "?")
        let bare = isOptional ? String(name.dropFirst()) : name
        switch bare {
        case plainName: return (false, isOptional)
        case linkName: return (true, isOptional)
        default: return nil
        }
    }
}
