/// Lists what in an object needs a minimum kernel, in reporting order: helpers, program types, map types,
/// features, BTF kinds, each by ascending id.
struct KernelRequirementCollector {
    let tables: BPFTables

    func collect(
        helpers: [Int], programs: [BPFProgram], maps: [BPFMap], features: Set<BPFFeature>, btf: BTFInfo?
    ) -> [BPFKernelRequirement] {
        var requirements: [BPFKernelRequirement] = []
        for id in helpers {
            let helper = tables.helper(id)
            requirements.append(
                .init(category: .helper, id: id, name: helper?.name ?? "unknown", since: helper?.since))
        }
        for type in Set(programs.compactMap { $0.classification.programType?.id }).sorted() {
            let entry = tables.programType(type)
            requirements.append(
                .init(category: .programType, id: type, name: entry?.name ?? "unknown", since: entry?.since))
        }
        for type in Set(maps.compactMap(\.typeID)).sorted() {
            let entry = tables.mapType(type)
            requirements.append(.init(category: .mapType, id: type, name: entry?.name ?? "unknown", since: entry?.since))
        }
        for feature in BPFFeature.allCases where features.contains(feature) {
            let entry = tables.feature(feature)
            requirements.append(
                .init(category: .feature, id: nil, name: entry?.description ?? feature.rawValue, since: entry?.since))
        }
        for kind in btf?.kinds ?? [] {
            let entry = tables.btfKind(Int(kind.rawValue))
            requirements.append(
                .init(category: .btfKind, id: Int(kind.rawValue), name: entry?.name ?? kind.name, since: entry?.since))
        }
        return requirements
    }
}
