/// Caps how much text the decoder may copy out of string tables.
///
/// Many symbols or BTF types may point at the same long string; without a cap a small file could make the
/// decoder copy far more text than it holds. The cap is a multiple of the file size, which real objects stay
/// far below (their names are mostly distinct).
struct TextBudget {
    private(set) var remaining: Int

    init(fileSize: Int) {
        let (scaled, overflow) = fileSize.multipliedReportingOverflow(by: 4)
        remaining = overflow ? Int.max : scaled + 65_536
    }

    mutating func spend(_ count: Int, at offset: Int) throws(BPFDecodeError) {
        guard count <= remaining else {
            throw BPFDecodeError(
                kind: .malformedString, offset: offset,
                message: "names in the string tables add up to more text than the file can hold")
        }
        remaining -= count
    }
}
