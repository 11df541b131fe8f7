/// Reads the externs of an object: the entries of BTF DATASEC `.kconfig` and `.ksyms`, joined by name to
/// their ELF symbols for the binding.
struct ExternDecoder {
    let btf: BTFInfo
    let symbols: [BPFSymbol]
    /// Where `.BTF` starts in the file, for errors.
    let btfOffset: Int

    static let sections: [(name: String, section: BPFExtern.Section)] = [(".kconfig", .kconfig), (".ksyms", .ksyms)]

    func decode(budget: inout TextBudget) throws(BPFDecodeError) -> [BPFExtern] {
        // Symbols by name, built once: an object may list many externs. Undefined symbols win over defined
        // ones of the same name, since those are the ones the loader resolves.
        var byName: [String: BPFSymbol] = [:]
        for symbol in symbols where !symbol.name.isEmpty {
            if let known = byName[symbol.name], known.isUndefined || !symbol.isUndefined { continue }
            byName[symbol.name] = symbol
        }
        var externs: [BPFExtern] = []
        for (name, section) in Self.sections {
            guard let datasec = btf.dataSection(named: name), case .sectionVariables(let entries) = datasec.detail
            else { continue }
            for entry in entries {
                guard let type = btf.type(entry.type) else { continue }
                let kind: BPFExtern.Kind
                switch type.kind {
                case .variable: kind = .variable
                case .function: kind = .function
                default: continue
                }
                let externName = try BTFInfo.StringReference(offset: type.nameOffset)
                    .resolve(in: btf, budget: &budget, at: btfOffset)
                let symbol = byName[externName]
                externs.append(
                    BPFExtern(
                        name: externName, section: section, kind: kind, isWeak: symbol?.binding == ELF.bindWeak,
                        isTyped: kind == .variable ? isTyped(type) : nil,
                        hasUndefinedSymbol: symbol.map { $0.isUndefined && $0.type == ELF.symbolNoType } ?? false))
            }
        }
        return externs
    }

    /// A VAR is typed unless its type, past CONST/VOLATILE/TYPEDEF and the like, is void. A broken reference
    /// (a cycle, an id past the last type) counts as typed: it is not the `const void` libbpf looks for.
    private func isTyped(_ variable: BTFType) -> Bool {
        btf.skippingModifiers(variable.sizeOrType) != 0
    }
}
