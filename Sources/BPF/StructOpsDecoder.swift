/// Finds the struct_ops sections of an object and the variables BTF lists in each.
struct StructOpsDecoder {
    let sections: [BPFSection]
    let btf: BTFInfo?

    func decode(budget: inout TextBudget) throws(BPFDecodeError) -> [BPFStructOpsSection] {
        let datasecs = dataSectionsByName()
        // Variables per section name, read once even when a hostile file repeats the section many times.
        var variablesByName: [String: [String]] = [:]
        var result: [BPFStructOpsSection] = []
        for section in sections {
            guard let form = BPFStructOpsSection.form(of: section.name) else { continue }
            let variables: [String]
            if let known = variablesByName[section.name] {
                variables = known
            } else {
                variables = try self.variables(of: datasecs[section.name], budget: &budget, at: Int(clamping: section.offset))
                variablesByName[section.name] = variables
            }
            result.append(
                BPFStructOpsSection(
                    name: section.name, index: section.index, isLink: form.isLink, isOptional: form.isOptional,
                    variables: variables))
        }
        return result
    }

    private func variables(of datasec: BTFType?, budget: inout TextBudget, at offset: Int) throws(BPFDecodeError)
        -> [String]
    {
        guard let btf, let datasec, case .sectionVariables(let entries) = datasec.detail else { return [] }
        var names: [String] = []
        for entry in entries {
            guard let type = btf.type(entry.type), type.kind == .variable else { continue }
            names.append(try BTFInfo.StringReference(offset: type.nameOffset).resolve(in: btf, budget: &budget, at: offset))
        }
        return names
    }

    /// The first DATASEC of each struct_ops section name, found in one pass over the types: a hostile file
    /// may have many sections of the same name, and each must not search all types again.
    private func dataSectionsByName() -> [String: BTFType] {
        guard let btf else { return [:] }
        let names = [BPFStructOpsSection.plainName, BPFStructOpsSection.linkName].flatMap { [$0, "?" + $0] }
        var found: [String: BTFType] = [:]
        for type in btf.types where type.kind == .dataSection {
            guard let name = names.first(where: { btf.stringMatches(at: type.nameOffset, $0) }), found[name] == nil
            else { continue }
            found[name] = type
        }
        return found
    }
}
