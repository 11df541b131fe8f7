/// Turns entry functions into `BPFProgram`s: the calls, helpers, kfuncs and maps of everything each program
/// reaches.
struct ProgramAssembler {
    let file: ELFFile
    let functions: [CodeFunction]
    let scans: [FunctionScan]
    let coreCounts: [Int]

    /// Steps allowed for walking call graphs, summed over all programs. Real objects need a few thousand; a
    /// crafted one with many programs sharing a long call chain would otherwise take time quadratic in its size.
    var walkLimit: Int { max(4_000_000, 8 * file.bytes.count) }

    func programs() throws(BPFDecodeError) -> [BPFProgram] {
        var walked = 0
        var programs: [BPFProgram] = []
        for (index, function) in functions.enumerated() {
            let section = file.sections[function.sectionIndex]
            guard section.name != ".text" else { continue }
            let reached = reachable(from: index)
            walked += reached.reduce(0) { $0 + 1 + scans[$1].callees.count }
            guard walked <= walkLimit else {
                throw BPFDecodeError(
                    kind: .malformedProgram, offset: Int(clamping: section.offset),
                    message: "the call graphs of the programs take more than \(walkLimit) steps to walk")
            }
            let scan = scans[index]
            programs.append(
                BPFProgram(
                    name: function.symbol.name, section: section.name, sectionIndex: section.index,
                    offset: UInt64(function.offset), instructions: function.slots,
                    linkedInstructions: reached.reduce(0) { $0 + functions[$1].slots },
                    isStatic: function.symbol.isLocal,
                    helpers: Set(reached.flatMap { scans[$0].helpers }).sorted(),
                    calls: Set(scan.callees.map { functions[$0].symbol.name }).sorted(),
                    kfuncs: Set(reached.flatMap { scans[$0].kfuncs }).sorted(),
                    mapReferences: Set(reached.flatMap { scans[$0].mapReferences }).sorted(),
                    coreRelocations: coreCounts[index],
                    usesCallRegister: reached.contains { scans[$0].usesCallRegister }))
        }
        return programs
    }

    /// `entry` and every function it calls, directly or not; each function is visited once.
    private func reachable(from entry: Int) -> [Int] {
        var seen: Set<Int> = [entry]
        var order = [entry]
        var next = 0
        while next < order.count {
            for callee in scans[order[next]].callees.sorted() where seen.insert(callee).inserted {
                order.append(callee)
            }
            next += 1
        }
        return order
    }
}
