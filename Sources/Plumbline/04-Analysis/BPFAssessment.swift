import BPF

/// What `BPFPolicy` concludes about one decoded object from the eBPF tables.
public struct BPFAssessment: Sendable, Equatable {
    /// A program of the object with how loaders read its section name.
    public struct Program: Sendable, Equatable {
        public let program: BPFProgram
        /// How loaders read the section name, and the program type.
        public let classification: BPFSectionClassification

        /// The program type's name (`kprobe`), nil when no loader's table knows the section name.
        public var typeName: String? { classification.programType?.name }
    }

    /// A map of the object with its type's name.
    public struct Map: Sendable, Equatable {
        public let map: BPFMap
        /// libbpf's name of the map type (`ringbuf`); nil when the type id is unread or not in the table.
        public let typeName: String?
    }

    /// The object's programs, in its order.
    public let programs: [Program]
    /// The object's maps, in its order.
    public let maps: [Map]
    /// Helpers called that the kernel allows only from GPL-compatible programs, ascending.
    public let gplOnlyHelpers: [Int]
    /// The same helpers by name with their id (`bpf_trace_printk (6)`), for messages.
    public let gplOnlyHelperNames: [String]
    /// Everything that needs a minimum kernel: helpers, program types, map types, features, BTF kinds.
    public let kernelRequirements: [BPFKernelRequirement]

    /// The requirement that sets the minimum kernel (newest; on a tie helpers, then program types, map types,
    /// features, BTF kinds); nil when nothing has a known kernel.
    public var minimumKernel: BPFKernelRequirement? {
        BPFKernelRequirement.highest(of: kernelRequirements)
    }

    /// The minimum kernel ignoring some categories, for example `[.btfKind]` when the loader rewrites newer
    /// BTF kinds away on older kernels (libbpf and cilium/ebpf do).
    public func minimumKernel(excluding categories: Set<BPFKernelRequirement.Category>) -> BPFKernelRequirement? {
        BPFKernelRequirement.highest(of: kernelRequirements.filter { !categories.contains($0.category) })
    }
}
