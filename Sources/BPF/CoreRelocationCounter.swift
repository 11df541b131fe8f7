/// Attributes `.BTF.ext` CO-RE records to functions: the record names its code section (a `.BTF` string) and
/// the byte offset of the instruction in it.
struct CoreRelocationCounter {
    let functions: [CodeFunction]
    /// Section index for each distinct section-name string offset seen in the records.
    private var sectionsByNameOffset: [UInt32: Int] = [:]
    private let codeSectionsByName: [String: Int]
    private let btf: BTFInfo?

    init(file: ELFFile, btf: BTFInfo?, functions: [CodeFunction]) {
        self.functions = functions
        self.btf = btf
        var byName: [String: Int] = [:]
        for section in file.sections where section.holdsCode && byName[section.name] == nil {
            byName[section.name] = section.index
        }
        codeSectionsByName = byName
    }

    /// Number of records per function, indexed like `functions`.
    mutating func countsPerFunction(_ relocations: [BTFExtInfo.CoreRelocation], budget: inout TextBudget)
        throws(BPFDecodeError) -> [Int]
    {
        var counts = Array(repeating: 0, count: functions.count)
        guard let btf, !relocations.isEmpty else { return counts }
        var offsetsBySection: [Int: [UInt32]] = [:]
        for relocation in relocations {
            let section: Int?
            if let known = sectionsByNameOffset[relocation.sectionNameOffset] {
                section = known
            } else {
                let name = try BTFInfo.StringReference(offset: relocation.sectionNameOffset)
                    .resolve(in: btf, budget: &budget, at: 0)
                section = codeSectionsByName[name]
                sectionsByNameOffset[relocation.sectionNameOffset] = section ?? -1
            }
            if let section, section >= 0 { offsetsBySection[section, default: []].append(relocation.instructionOffset) }
        }
        for key in offsetsBySection.keys { offsetsBySection[key]?.sort() }
        for (index, function) in functions.enumerated() {
            guard let offsets = offsetsBySection[function.sectionIndex] else { continue }
            let lower = Self.firstIndex(in: offsets, notBelow: UInt64(function.offset))
            let upper = Self.firstIndex(in: offsets, notBelow: UInt64(function.offset + function.size))
            counts[index] = upper - lower
        }
        return counts
    }

    private static func firstIndex(in sorted: [UInt32], notBelow value: UInt64) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if UInt64(sorted[middle]) < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
