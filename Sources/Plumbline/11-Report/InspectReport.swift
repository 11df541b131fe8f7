import BPF
import GoSource
import Wasm

/// What `plumbline inspect` prints for a binary artifact: the decoder's facts as JSON, with the keys that
/// tests, the CI oracles and users rely on, or as a summary for people.
public enum InspectReport {
    /// eBPF object and what the tables say about it: issue keys first (kind ... min_kernel_reason), then
    /// helpers, BTF detail, kernel requirements, and the sections and symbols the llvm-readelf oracle compares.
    public static func json(_ object: BPFObject, assessment: BPFAssessment) -> String {
        bpf(object, assessment: assessment).serialized()
    }

    public static func json(_ module: WasmModule) -> String { wasm(module).serialized() }

    public static func json(_ file: GoSourceFile) -> String { go(file).serialized() }

    /// Go source file: package, imports, build constraints (printed as go/build/constraint prints them) and
    /// `//go:` directives, with 1-based lines and byte columns as go/token counts them.
    static func go(_ file: GoSourceFile) -> JSONValue {
        let buildError = file.hasMultipleGoBuildLines ? "multiple //go:build comments" : file.goBuild?.error?.message
        return .object([
            ("kind", .string("go")),
            ("package", .string(file.packageName)),
            ("generated", .bool(file.isGenerated)),
            ("test", .bool(file.isTest)),
            ("imports", .array(file.imports.map { spec in
                .object([
                    ("path", .string(spec.path)), ("name", .optional(spec.name)),
                    ("line", .int(spec.position.line)), ("column", .int(spec.position.column)),
                ])
            })),
            ("build", .optional(file.goBuild?.expression?.description)),
            ("build_error", .optional(buildError)),
            ("plus_build", .array(file.plusBuild.map { .string($0.text) })),
            ("directives", .array(file.directives.map(directive))),
            ("file_build", .optional(file.fileName.constraint?.description)),
            ("cgo_preamble", .optional(file.cgoPreamble)),
        ])
    }

    private static func directive(_ directive: GoDirective) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("name", .string(directive.name)), ("args", .string(directive.arguments)),
            ("line", .int(directive.position.line)), ("column", .int(directive.position.column)),
        ]
        if directive.name == "go:embed" {
            if case .malformed(let message) = directive.detail {
                fields.append(("patterns_error", .string(message)))
            } else {
                fields.append(("patterns", .array(directive.embedPatterns.map(JSONValue.string))))
            }
        }
        return .object(fields)
    }

    /// A readable summary of the same facts as `json(_:assessment:)`.
    public static func text(_ object: BPFObject, assessment: BPFAssessment, path: String) -> String {
        var lines = ["\(path): eBPF object, \(object.byteOrder.rawValue)-endian, licence \(object.license.map { "\"\($0)\"" } ?? "none") (\(object.isGPLCompatible ? "GPL-compatible" : "not GPL-compatible"))"]
        lines.append("BTF: \(object.btf.map { "yes, \($0.types.count) types" } ?? "no"); BTF.ext: \(object.btfExt == nil ? "no" : "yes"); CO-RE relocations: \(object.coreRelocationCount)")
        if let minimum = assessment.minimumKernel {
            lines.append("minimum kernel: \(minimum.since?.description ?? "unknown") (\(minimum.reason))")
        }
        if let loader = assessment.minimumKernel(excluding: [.btfKind]) {
            lines.append("minimum kernel for libbpf/cilium (BTF rewritten): \(loader.since?.description ?? "unknown") (\(loader.reason))")
        }
        lines.append("programs: \(object.programs.count)")
        for assessed in assessment.programs {
            let program = assessed.program
            let helpers = program.helpers.isEmpty ? "none" : program.helpers.map(String.init).joined(separator: ",")
            lines.append("  \(program.name)  \(program.section)  \(assessed.typeName ?? "?")  libbpf: \(assessed.classification.match.rawValue)  \(program.instructions) insns  helpers: \(helpers)")
        }
        lines.append("maps: \(object.maps.count)")
        for assessed in assessment.maps {
            let map = assessed.map
            lines.append("  \(map.name)  \(assessed.typeName ?? "?")  max_entries: \(map.maxEntries.map(String.init) ?? "?")  \(map.definition.rawValue)")
        }
        lines.append("kfuncs: \(object.kfuncs.isEmpty ? "none" : object.kfuncs.joined(separator: ", "))")
        lines.append("externs: \(object.externs.count)")
        for item in object.externs {
            var notes = [item.section.rawValue, item.kind.rawValue]
            if item.isWeak { notes.append("weak") }
            if item.isTypelessKsym { notes.append("typeless") }
            lines.append("  \(item.name)  \(notes.joined(separator: " "))")
        }
        lines.append("struct_ops sections: \(object.structOpsSections.count)")
        for section in object.structOpsSections {
            lines.append("  \(section.name)  \(section.variables.isEmpty ? "no BTF variables" : section.variables.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A readable summary of the same facts as `json(_:)`.
    public static func text(_ module: WasmModule, path: String) -> String {
        var lines = ["\(path): WebAssembly \(module.layer.name), \(module.size) bytes, target \(module.target.rawValue)"]
        lines.append("features: \(module.features.isEmpty ? "none" : module.features.map(\.rawValue).joined(separator: ", "))")
        if let go = module.go {
            lines.append("Go: \(go.goVersion ?? "unknown version")\(go.path.map { ", main module \($0)" } ?? ""), \(go.dependencies.count) dependencies")
        }
        lines.append("imports: \(module.imports.count)")
        for item in module.imports { lines.append("  \(item.module).\(item.name)  \(item.kind.rawValue)") }
        lines.append("exports: \(module.exports.count)\(module.hasStart ? " (has a start function)" : "")")
        for item in module.exports { lines.append("  \(item.name)  \(item.kind.rawValue)") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func bpf(_ object: BPFObject, assessment: BPFAssessment) -> JSONValue {
        let minimum = assessment.minimumKernel
        let pairs: [(String, JSONValue)] = [
            ("kind", .string("bpf")),
            ("endianness", .string(object.byteOrder.rawValue)),
            ("machine", .int(Int(object.machine))),
            ("license", .optional(object.license)),
            ("gpl_compatible", .bool(object.isGPLCompatible)),
            ("btf", .bool(object.btf != nil)),
            ("btf_ext", .bool(object.btfExt != nil)),
            ("core_relocations", .int(object.coreRelocationCount)),
            ("programs", .array(assessment.programs.map(json))),
            ("maps", .array(assessment.maps.map(json))),
            ("kfuncs", .array(object.kfuncs.map(JSONValue.string))),
            ("min_kernel", .optional(minimum?.since?.description)),
            ("min_kernel_reason", .optional(minimum?.reason)),
            ("helpers", .array(object.helpers.map { .int(Int($0)) })),
            ("gpl_only_helpers", .array(assessment.gplOnlyHelpers.map { .int(Int($0)) })),
            ("version", object.kernelVersionCode.map { .unsigned(UInt64($0)) } ?? .null),
            ("btf_types", object.btf.map { .int($0.types.count) } ?? .null),
            ("btf_kinds", .array((object.btf?.kinds ?? []).map { .string($0.name) })),
            ("subprograms", .array(object.subprograms.map { .string($0.name) })),
            ("kernel_requirements", .array(assessment.kernelRequirements.map(json))),
            ("externs", .array(object.externs.map(json))),
            ("struct_ops", .array(object.structOpsSections.map(json))),
            ("sections", .array(object.sections.map(json))),
            ("symbols", .array(object.symbols.map(json))),
        ]
        return .object(pairs)
    }

    private static func json(_ assessed: BPFAssessment.Program) -> JSONValue {
        let program = assessed.program
        return .object([
            ("name", .string(program.name)),
            ("section", .string(program.section)),
            ("type", .optional(assessed.typeName)),
            ("libbpf", .string(assessed.classification.match.rawValue)),
            ("instructions", .int(Int(program.instructions))),
            ("helpers", .array(program.helpers.map { .int(Int($0)) })),
            ("linked_instructions", .int(Int(program.linkedInstructions))),
            ("static", .bool(program.isStatic)),
            ("cilium_type", .optional(assessed.classification.ciliumProgramType?.name)),
            ("calls", .array(program.calls.map(JSONValue.string))),
            ("kfuncs", .array(program.kfuncs.map(JSONValue.string))),
            ("maps", .array(program.mapReferences.map(JSONValue.string))),
            ("core_relocations", .int(Int(program.coreRelocations))),
        ])
    }

    private static func json(_ assessed: BPFAssessment.Map) -> JSONValue {
        let map = assessed.map
        return .object([
            ("name", .string(map.name)),
            ("type", assessed.typeName.map(JSONValue.string) ?? map.typeID.map { .string("unknown(\($0))") } ?? .null),
            ("max_entries", map.maxEntries.map { .unsigned(UInt64($0)) } ?? .null),
            ("definition", .string(map.definition.rawValue)),
            ("type_id", map.typeID.map { .int(Int($0)) } ?? .null),
            ("key_size", map.keySize.map(JSONValue.unsigned) ?? .null),
            ("value_size", map.valueSize.map(JSONValue.unsigned) ?? .null),
            ("flags", map.flags.map { .unsigned(UInt64($0)) } ?? .null),
        ])
    }

    private static func json(_ item: BPFExtern) -> JSONValue {
        .object([
            ("name", .string(item.name)),
            ("section", .string(item.section.rawValue)),
            ("kind", .string(item.kind.rawValue)),
            ("weak", .bool(item.isWeak)),
            ("typed", item.isTyped.map(JSONValue.bool) ?? .null),
            ("undefined_symbol", .bool(item.hasUndefinedSymbol)),
        ])
    }

    private static func json(_ section: BPFStructOpsSection) -> JSONValue {
        .object([
            ("section", .string(section.name)),
            ("index", .int(section.index)),
            ("link", .bool(section.isLink)),
            ("optional", .bool(section.isOptional)),
            ("variables", .array(section.variables.map(JSONValue.string))),
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
            ("index", .int(Int(section.index))),
            ("name", .string(section.name)),
            ("type", .unsigned(UInt64(section.type))),
            ("flags", .unsigned(section.flags)),
            ("offset", .unsigned(section.offset)),
            ("size", .unsigned(section.size)),
        ])
    }

    private static func json(_ symbol: BPFSymbol) -> JSONValue {
        .object([
            ("index", .int(Int(symbol.index))),
            ("name", .string(symbol.name)),
            ("type", .int(Int(symbol.type))),
            ("bind", .int(Int(symbol.binding))),
            ("section", .int(Int(symbol.sectionIndex))),
            ("value", .unsigned(symbol.value)),
            ("size", .unsigned(symbol.size)),
        ])
    }

    /// WebAssembly module: layer, imports, exports, start, target, producers, features, size, and the Go
    /// build info when a Go toolchain built it.
    static func wasm(_ module: WasmModule) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("kind", .string("wasm")),
            ("layer", .string(module.layer.name)),
            ("imports", .array(module.imports.map { .object([
                ("module", .string($0.module)), ("name", .string($0.name)), ("kind", .string($0.kind.rawValue)),
            ]) })),
            ("exports", .array(module.exports.map { .object([("name", .string($0.name)), ("kind", .string($0.kind.rawValue))]) })),
            ("start", .bool(module.hasStart)),
            ("target", .string(module.target.rawValue)),
            ("producers", .object((module.producers?.fields ?? []).map { field in
                (field.name, .object(field.values.map { ($0.name, .string($0.version)) }))
            })),
            ("features", .array(module.features.map { .string($0.rawValue) })),
            ("size", .int(module.size)),
        ]
        if let go = module.go {
            pairs.append(("go", .object([
                ("version", .optional(go.goVersion)),
                ("path", .optional(go.path)),
                ("deps", .array(go.dependencies.map { dependency in
                    .object([
                        ("path", .string(dependency.path)),
                        ("version", .string(dependency.version)),
                        ("sum", .optional(dependency.sum)),
                    ])
                })),
            ])))
        } else {
            pairs.append(("go", .null))
        }
        return .object(pairs)
    }
}
