/// The JSON form `plumbline inspect FILE.o --format json` prints (issue 3, section 4), plus the sections and
/// symbols that the offline oracle compares with llvm-readelf.
extension BPFObject {
    /// One line of compact JSON. Keys: kind, endianness, machine, license, gpl_compatible, btf, btf_ext,
    /// core_relocations, programs, maps, kfuncs, min_kernel, min_kernel_reason, then helpers,
    /// gpl_only_helpers, version, btf_types, btf_kinds, subprograms, kernel_requirements, sections, symbols.
    public func inspectJSON() -> String {
        let minimum = minimumKernel
        let pairs: [(String, JSONValue)] = [
            ("kind", .string("bpf")),
            ("endianness", .string(byteOrder.rawValue)),
            ("machine", .int(Int64(machine))),
            ("license", .optional(license)),
            ("gpl_compatible", .bool(isGPLCompatible)),
            ("btf", .bool(btf != nil)),
            ("btf_ext", .bool(btfExt != nil)),
            ("core_relocations", .int(Int64(coreRelocationCount))),
            ("programs", .array(programs.map(Self.json))),
            ("maps", .array(maps.map(Self.json))),
            ("kfuncs", .array(kfuncs.map(JSONValue.string))),
            ("min_kernel", .optional(minimum?.since?.description)),
            ("min_kernel_reason", .optional(minimum?.reason)),
            ("helpers", .array(helpers.map { .int(Int64($0)) })),
            ("gpl_only_helpers", .array(gplOnlyHelpers.map { .int(Int64($0)) })),
            ("version", kernelVersionCode.map { .unsigned(UInt64($0)) } ?? .null),
            ("btf_types", btf.map { .int(Int64($0.types.count)) } ?? .null),
            ("btf_kinds", .array((btf?.kinds ?? []).map { .string($0.name) })),
            ("subprograms", .array(subprograms.map { .string($0.name) })),
            ("kernel_requirements", .array(kernelRequirements.map(Self.json))),
            ("sections", .array(sections.map(Self.json))),
            ("symbols", .array(symbols.map(Self.json))),
        ]
        return JSONValue.object(pairs).render()
    }

    private static func json(_ program: BPFProgram) -> JSONValue {
        .object([
            ("name", .string(program.name)),
            ("section", .string(program.section)),
            ("type", .optional(program.typeName)),
            ("libbpf", .string(program.classification.match.rawValue)),
            ("instructions", .int(Int64(program.instructions))),
            ("helpers", .array(program.helpers.map { .int(Int64($0)) })),
            ("linked_instructions", .int(Int64(program.linkedInstructions))),
            ("static", .bool(program.isStatic)),
            ("cilium_type", .optional(program.classification.ciliumProgramType?.name)),
            ("calls", .array(program.calls.map(JSONValue.string))),
            ("kfuncs", .array(program.kfuncs.map(JSONValue.string))),
            ("maps", .array(program.mapReferences.map(JSONValue.string))),
            ("core_relocations", .int(Int64(program.coreRelocations))),
        ])
    }

    private static func json(_ map: BPFMap) -> JSONValue {
        .object([
            ("name", .string(map.name)),
            ("type", map.typeName.map(JSONValue.string) ?? map.typeID.map { .string("unknown(\($0))") } ?? .null),
            ("max_entries", map.maxEntries.map { .unsigned(UInt64($0)) } ?? .null),
            ("definition", .string(map.definition.rawValue)),
            ("type_id", map.typeID.map { .int(Int64($0)) } ?? .null),
            ("key_size", map.keySize.map(JSONValue.unsigned) ?? .null),
            ("value_size", map.valueSize.map(JSONValue.unsigned) ?? .null),
            ("flags", map.flags.map { .unsigned(UInt64($0)) } ?? .null),
        ])
    }

    private static func json(_ requirement: BPFKernelRequirement) -> JSONValue {
        .object([
            ("reason", .string(requirement.reason)),
            ("since", .optional(requirement.since?.description)),
        ])
    }

    private static func json(_ section: BPFSection) -> JSONValue {
        .object([
            ("index", .int(Int64(section.index))),
            ("name", .string(section.name)),
            ("type", .unsigned(UInt64(section.type))),
            ("flags", .unsigned(section.flags)),
            ("offset", .unsigned(section.offset)),
            ("size", .unsigned(section.size)),
        ])
    }

    private static func json(_ symbol: BPFSymbol) -> JSONValue {
        .object([
            ("index", .int(Int64(symbol.index))),
            ("name", .string(symbol.name)),
            ("type", .int(Int64(symbol.type))),
            ("bind", .int(Int64(symbol.binding))),
            ("section", .int(Int64(symbol.sectionIndex))),
            ("value", .unsigned(symbol.value)),
            ("size", .unsigned(symbol.size)),
        ])
    }
}
