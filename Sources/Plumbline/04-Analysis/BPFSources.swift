/// Where the C source of an eBPF object usually is: beside it, with the object's stem (`probe.bpf.o` from
/// `probe.bpf.c` or `probe.c`; bpf2go's `counter_bpfel.o` from `counter.c`).
enum BPFSources {
    static func candidates(for object: String) -> [String] {
        let directory = RepoPath.directory(of: object)
        let name = object.split(separator: "/").last.map(String.init) ?? object
        var stems: [String] = []
        for suffix in ["_bpfel.o", "_bpfeb.o", ".bpf.o", ".o", ".elf"] where name.hasSuffix(suffix) {
            stems.append(String(name.dropLast(suffix.count)))
            break
        }
        guard let stem = stems.first, !stem.isEmpty else { return [] }
        return [stem + ".bpf.c", stem + ".c"].map { RepoPath.join(directory, $0) }
    }

    /// The first candidate present in the snapshot.
    static func source(for object: String, in paths: Set<String>) -> String? {
        candidates(for: object).first(where: paths.contains)
    }
}
