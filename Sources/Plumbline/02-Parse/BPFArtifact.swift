import BPF

/// An ELF file of the snapshot that is, or claims to be, an eBPF object, decoded and judged once.
struct BPFArtifact: Sendable {
    let path: String
    /// The decoded object, or nil when it could not be decoded.
    let object: BPFObject?
    /// What the eBPF tables say about the object; nil exactly when `object` is.
    let assessment: BPFAssessment?
    /// Why it could not be decoded: the decoder's error, with its byte offset.
    let error: String?

    /// Names that only eBPF objects carry: clang's `.bpf.o` convention and bpf2go's outputs.
    static func isNamedLikeBPF(_ path: String) -> Bool {
        path.hasSuffix(".bpf.o") || path.hasSuffix("_bpfel.o") || path.hasSuffix("_bpfeb.o")
    }

    /// Decodes the file when its header says EM_BPF, or EM_NONE (which the decoder accepts only with
    /// BPF-shaped content). Other ELF machines and non-ELF files are ordinary build outputs and are
    /// ignored, unless their name says eBPF: then they are reported as invalid objects.
    static func classify(path: String, bytes: [UInt8], policy: BPFPolicy) -> BPFArtifact? {
        guard mayBeBPF(path: path, header: bytes) else { return nil }
        guard bytes.starts(with: FileKind.elfMagic) else { return invalid(path, error: "not an ELF file") }
        let machine = elfMachine(bytes)
        do {
            let object = try BPFObject.decode(bytes)
            return BPFArtifact(path: path, object: object, assessment: policy.assess(object), error: nil)
        } catch {
            // An EM_NONE file that is not BPF-shaped is some other tool's object, unless named as eBPF.
            if machine == 0, !isNamedLikeBPF(path), error.kind == .wrongMachine { return nil }
            return invalid(path, error: error.description)
        }
    }

    private static func invalid(_ path: String, error: String) -> BPFArtifact {
        BPFArtifact(path: path, object: nil, assessment: nil, error: error)
    }

    /// Whether a file with this name and these first bytes (20 are enough) could be an eBPF object; the
    /// snapshot reads the rest of a `.o` file only when it could.
    static func mayBeBPF(path: String, header: [UInt8]) -> Bool {
        if isNamedLikeBPF(path) { return true }
        guard header.starts(with: FileKind.elfMagic), let machine = elfMachine(header) else { return false }
        return machine == 247 || machine == 0
    }

    /// `e_machine`, read in the byte order `EI_DATA` names; nil when the header is too short.
    static func elfMachine(_ bytes: [UInt8]) -> UInt16? {
        guard bytes.count >= 20 else { return nil }
        let low = UInt16(bytes[18]), high = UInt16(bytes[19])
        return bytes[5] == 2 ? (low << 8 | high) : (high << 8 | low)
    }
}
