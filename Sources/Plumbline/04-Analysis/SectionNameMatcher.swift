/// Resolves a program section name to a program type the way libbpf and cilium/ebpf do.
public enum SectionNameMatcher {
    /// Classifies `sectionName` against `tables`: libbpf >= 1.0 rules first, then legacy names, then
    /// cilium/ebpf's prefix rule.
    public static func classify(_ sectionName: String, tables: BPFTables) -> BPFSectionClassification {
        let autoloadDisabled = sectionName.utf8.first == UInt8(ascii: "?")
        let name = autoloadDisabled ? String(decoding: sectionName.utf8.dropFirst(), as: UTF8.self) : sectionName
        let cilium = tables.sectionPatterns.first { $0.inCilium && ciliumMatches(name, pattern: $0.pattern) }
        let ciliumType = cilium.flatMap { tables.programType(named: $0.programType) }
        if let row = tables.sectionPatterns.first(where: { libbpfMatches(name, pattern: $0.pattern) }) {
            return .init(
                match: .libbpfExact, programType: tables.programType(named: row.programType), pattern: row.pattern,
                ciliumProgramType: ciliumType, autoloadDisabled: autoloadDisabled)
        }
        if let row = tables.legacySectionPatterns.first(where: { libbpfMatches(name, pattern: $0.pattern) }) {
            return .init(
                match: .legacy, programType: tables.programType(named: row.programType), pattern: row.pattern,
                ciliumProgramType: ciliumType, autoloadDisabled: autoloadDisabled)
        }
        if let cilium {
            return .init(
                match: .ciliumOnly, programType: ciliumType, pattern: cilium.pattern, ciliumProgramType: ciliumType,
                autoloadDisabled: autoloadDisabled)
        }
        return .init(
            match: .unknown, programType: nil, pattern: nil, ciliumProgramType: nil, autoloadDisabled: autoloadDisabled)
    }

    /// libbpf >= 1.0 `sec_def_matches`: `p+` is `p` or `p/...`; `p/` needs `p/...`; anything else is exact.
    /// Compares bytes, as the C code does.
    public static func libbpfMatches(_ name: String, pattern: String) -> Bool {
        let name = Array(name.utf8)
        let pattern = Array(pattern.utf8)
        guard let last = pattern.last else { return name.isEmpty }
        if last == slash { return name.starts(with: pattern) }
        if last == plus {
            let prefix = pattern.dropLast()
            guard name.starts(with: prefix) else { return false }
            return name.count == prefix.count || name[prefix.count] == slash
        }
        return name == pattern
    }

    /// cilium/ebpf: `p+` and `p/` compare the part before the first `/`; any other pattern is a plain prefix.
    public static func ciliumMatches(_ name: String, pattern: String) -> Bool {
        let name = Array(name.utf8)
        let pattern = Array(pattern.utf8)
        guard let last = pattern.last, last == plus || last == slash else { return name.starts(with: pattern) }
        let separator = name.firstIndex(of: slash)
        let have = name[..<(separator ?? name.count)]
        return have.elementsEqual(pattern.dropLast()) && (last == plus || separator != nil)
    }

    private static let slash = UInt8(ascii: "/")
    private static let plus = UInt8(ascii: "+")
}
