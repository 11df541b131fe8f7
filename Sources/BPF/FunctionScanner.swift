/// Walks the instructions of code functions: helper calls, bpf-to-bpf calls, kfunc calls, map references and
/// instruction-set features. Calls and loads are resolved through the section's relocations.
struct FunctionScanner {
    let file: ELFFile
    let functions: [CodeFunction]
    /// Function indexes per section, sorted by offset.
    private let functionsBySection: [Int: [Int]]
    /// Relocations per code section, by byte offset.
    private let relocationsBySection: [Int: [UInt64: ELFRelocation]]

    init(file: ELFFile, functions: [CodeFunction]) {
        self.file = file
        self.functions = functions
        var bySection: [Int: [Int]] = [:]
        for (index, function) in functions.enumerated() { bySection[function.sectionIndex, default: []].append(index) }
        for key in bySection.keys { bySection[key]?.sort { functions[$0].offset < functions[$1].offset } }
        functionsBySection = bySection
        var relocations: [Int: [UInt64: ELFRelocation]] = [:]
        for section in Set(functions.map(\.sectionIndex)) {
            let entries = file.relocations[section] ?? []
            relocations[section] = Dictionary(entries.map { ($0.offset, $0) }, uniquingKeysWith: { first, _ in first })
        }
        relocationsBySection = relocations
    }

    func scan(_ index: Int) throws(BPFDecodeError) -> FunctionScan {
        let function = functions[index]
        let code = file.contents(of: file.sections[function.sectionIndex])
        let relocations = relocationsBySection[function.sectionIndex] ?? [:]
        var result = FunctionScan()
        var slot = 0
        while slot < function.slots {
            let position = function.offset + slot * BPFInstruction.size
            let instruction = try BPFInstruction(code, at: position)
            if let isa = instruction.requiredISA { result.features.insert(isa) }
            switch instruction.code {
            case BPFInstruction.loadDoubleWord:
                if let relocation = relocations[UInt64(position)] { noteLoad(relocation, into: &result) }
                slot += 2
                continue
            case BPFInstruction.call:
                noteCall(
                    instruction, relocation: relocations[UInt64(position)], sectionIndex: function.sectionIndex,
                    slotInSection: position / BPFInstruction.size, into: &result)
            case BPFInstruction.callRegister:
                result.usesCallRegister = true
            default:
                break
            }
            slot += 1
        }
        return result
    }

    private func noteLoad(_ relocation: ELFRelocation, into result: inout FunctionScan) {
        let symbol = file.symbols[relocation.symbolIndex]
        guard let section = symbol.definedSection, section < file.sections.count else { return }
        if BPFMapSections.isMapSection(file.sections[section].name), symbol.type != ELF.symbolSection {
            result.mapReferences.insert(symbol.name)
        }
    }

    private func noteCall(
        _ instruction: BPFInstruction, relocation: ELFRelocation?, sectionIndex: Int, slotInSection: Int,
        into result: inout FunctionScan
    ) {
        if let relocation {
            let symbol = file.symbols[relocation.symbolIndex]
            if symbol.isUndefined {
                // A call through a relocation to an undefined symbol is a kfunc (or an extern BPF function).
                result.kfuncs.insert(symbol.name)
                result.features.insert(.kfuncCalls)
                return
            }
            guard let targetSection = symbol.definedSection else { return }
            let base = symbol.type == ELF.symbolSection ? 0 : Int64(symbol.value / UInt64(BPFInstruction.size))
            noteLocalCall(section: targetSection, slot: base + Int64(instruction.immediate) + 1, into: &result)
            return
        }
        switch instruction.source {
        case 0:
            // Helper ids start at 1; a call to 0 or below is not a helper call at all.
            if instruction.immediate > 0 { result.helpers.insert(Int(instruction.immediate)) }
        case 1:
            noteLocalCall(
                section: sectionIndex, slot: Int64(slotInSection) + Int64(instruction.immediate) + 1, into: &result)
        case 2:
            result.kfuncs.insert("btf_id:\(instruction.immediate)")
            result.features.insert(.kfuncCalls)
        default:
            break
        }
    }

    private func noteLocalCall(section: Int, slot: Int64, into result: inout FunctionScan) {
        result.features.insert(.bpfToBPFCalls)
        let (target, overflow) = slot.multipliedReportingOverflow(by: Int64(BPFInstruction.size))
        guard slot >= 0, !overflow, let candidates = functionsBySection[section] else { return }
        // Candidates are sorted by offset: the first at or after the target, else the one before it when the
        // target lies inside it.
        var low = 0
        var high = candidates.count
        while low < high {
            let middle = (low + high) / 2
            if Int64(functions[candidates[middle]].offset) < target { low = middle + 1 } else { high = middle }
        }
        if low < candidates.count, Int64(functions[candidates[low]].offset) == target {
            result.callees.insert(candidates[low])
        } else if low > 0 {
            let before = functions[candidates[low - 1]]
            if target < Int64(before.offset + before.size) { result.callees.insert(candidates[low - 1]) }
        }
    }
}
