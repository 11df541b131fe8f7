import BPF

/// Judges a decoded eBPF object against the eBPF tables: which program type each section name gives under
/// libbpf and cilium/ebpf, the names of the map types, which helpers are GPL-only, and the first kernel each
/// part of the object needs. The decoder reads the object; everything a table decides happens here.
public struct BPFPolicy: Sendable {
    public let tables: BPFTables

    public init(tables: BPFTables) {
        self.tables = tables
    }

    public func assess(_ object: BPFObject) -> BPFAssessment {
        var classifications: [String: BPFSectionClassification] = [:]
        let programs = object.programs.map { program in
            let classification =
                classifications[program.section] ?? SectionNameMatcher.classify(program.section, tables: tables)
            classifications[program.section] = classification
            return BPFAssessment.Program(program: program, classification: classification)
        }
        let maps = object.maps.map { map in
            BPFAssessment.Map(map: map, typeName: map.typeID.flatMap { tables.mapType($0)?.name })
        }
        let gplOnly = object.helpers.compactMap { tables.helper($0) }.filter(\.gplOnly)
        return BPFAssessment(
            programs: programs, maps: maps,
            gplOnlyHelpers: gplOnly.map(\.id), gplOnlyHelperNames: gplOnly.map { "\($0.name) (\($0.id))" },
            kernelRequirements: kernelRequirements(object, programs: programs))
    }

    /// What in the object needs a minimum kernel, in reporting order: helpers, program types, map types,
    /// features, BTF kinds, each by ascending id.
    private func kernelRequirements(_ object: BPFObject, programs: [BPFAssessment.Program]) -> [BPFKernelRequirement] {
        var requirements: [BPFKernelRequirement] = []
        for id in object.helpers {
            let helper = tables.helper(id)
            requirements.append(
                .init(category: .helper, id: id, name: helper?.name ?? "unknown", since: helper?.since))
        }
        for type in Set(programs.compactMap { $0.classification.programType?.id }).sorted() {
            let entry = tables.programType(type)
            requirements.append(
                .init(category: .programType, id: type, name: entry?.name ?? "unknown", since: entry?.since))
        }
        for type in Set(object.maps.compactMap(\.typeID)).sorted() {
            let entry = tables.mapType(type)
            requirements.append(.init(category: .mapType, id: type, name: entry?.name ?? "unknown", since: entry?.since))
        }
        for feature in object.features {
            let entry = tables.feature(feature)
            requirements.append(
                .init(category: .feature, id: nil, name: entry?.description ?? feature.rawValue, since: entry?.since))
        }
        for kind in object.btf?.kinds ?? [] {
            let entry = tables.btfKind(Int(kind.rawValue))
            requirements.append(
                .init(category: .btfKind, id: Int(kind.rawValue), name: entry?.name ?? kind.name, since: entry?.since))
        }
        return requirements
    }
}
