/// The byte order of an object (`EI_DATA`): `bpfel` or `bpfeb`.
public enum BPFByteOrder: String, Sendable, Equatable {
    /// `ELFDATA2LSB`, clang `-target bpfel` (bpf2go `*_bpfel.o`).
    case little
    /// `ELFDATA2MSB`, clang `-target bpfeb` (bpf2go `*_bpfeb.o`).
    case big
}
