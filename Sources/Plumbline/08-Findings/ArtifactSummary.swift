/// One build artifact the scan verified, as the job summary and JSON list them: what it is and what it
/// needs to run. Taken from the artifact's facts; reporters only print it.
public struct ArtifactSummary: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case ebpf, wasm
    }

    public let kind: Kind
    public let file: String
    /// Whether it decoded; when not, `error` says why.
    public let valid: Bool
    public let error: String?
    /// eBPF: how many programs it holds; Wasm: who built it for what (`go-wasip1`, `rust`...).
    public let target: String?
    /// eBPF: the oldest kernel its loader can run it on (BTF kinds excluded, as loaders rewrite them).
    public let minKernel: String?
    /// eBPF: the licence; Wasm: the Go release that built it.
    public let detail: String?
    public let size: Int?

    public init(kind: Kind, file: String, valid: Bool, error: String?, target: String?, minKernel: String?, detail: String?, size: Int?) {
        self.kind = kind
        self.file = file
        self.valid = valid
        self.error = error
        self.target = target
        self.minKernel = minKernel
        self.detail = detail
        self.size = size
    }

    /// The artifacts of a fact base, eBPF objects then Wasm modules, each in path order.
    static func inventory(of base: FactBase) -> [ArtifactSummary] {
        let objects = base[.bpfObject].map { fact in
            ArtifactSummary(
                kind: .ebpf, file: fact["file"].stringValue ?? fact.identity, valid: fact["valid"].boolValue ?? false,
                error: fact["error"].stringValue,
                target: fact["program_count"].intValue.map { "\($0) program\($0 == 1 ? "" : "s")" },
                minKernel: fact["loader_min_kernel"].stringValue, detail: fact["license"].stringValue, size: nil
            )
        }
        let modules = base[.wasmModule].map { fact in
            ArtifactSummary(
                kind: .wasm, file: fact["file"].stringValue ?? fact.identity, valid: fact["valid"].boolValue ?? false,
                error: fact["error"].stringValue, target: fact["target"].stringValue, minKernel: nil,
                detail: fact["go_version"].stringValue.map { "go" + $0 }, size: fact["size"].intValue
            )
        }
        return objects.sorted { $0.file < $1.file } + modules.sorted { $0.file < $1.file }
    }
}
