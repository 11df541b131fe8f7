/// One thing in an object that needs a minimum kernel, and which kernel.
public struct BPFKernelRequirement: Sendable, Equatable {
    /// What kind of thing sets the floor. The order of the cases is the order in which ties are reported.
    public enum Category: String, Sendable, Equatable, CaseIterable {
        case helper
        case programType = "program type"
        case mapType = "map type"
        case feature
        case btfKind = "BTF kind"
    }

    /// What kind of thing it is.
    public let category: Category
    /// Its number (helper id, type id, BTF kind); nil for features.
    public let id: Int?
    /// Its name (`bpf_ringbuf_output`, `ringbuf`, `bpf-to-bpf calls`).
    public let name: String
    /// First kernel that has it; nil when the tables do not know.
    public let since: BPFKernelVersion?

    /// Creates a requirement.
    public init(category: Category, id: Int?, name: String, since: BPFKernelVersion?) {
        self.category = category
        self.id = id
        self.name = name
        self.since = since
    }

    /// `"helper 130 bpf_ringbuf_output"`, `"feature bpf-to-bpf calls"`.
    public var reason: String {
        [category.rawValue, id.map(String.init), name].compactMap { $0 }.joined(separator: " ")
    }

    /// The requirement with the newest kernel; on a tie the earliest in `requirements`. Nil when none has a
    /// known kernel.
    public static func highest(of requirements: [BPFKernelRequirement]) -> BPFKernelRequirement? {
        var best: BPFKernelRequirement?
        for requirement in requirements {
            guard let since = requirement.since else { continue }
            if let current = best?.since, current >= since { continue }
            best = requirement
        }
        return best
    }
}
