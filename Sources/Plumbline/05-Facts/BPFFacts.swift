import BPF
import GoSource

/// Facts of the eBPF objects found in the snapshot: one `bpf_object` per file and one `bpf_program` per
/// program.
enum BPFFacts {
    /// One history walk for every object and its C source: enough to tell a stale object (its source changed
    /// in a later commit) without reading any blob.
    static func objects(
        _ artifacts: [BPFArtifact], paths: Set<String>, goFiles: [String: GoSourceFile], owners: ModuleOwners,
        history source: HistorySource?
    ) -> [FactObject] {
        let links = BPFGoLinks(objects: artifacts.map(\.path), goFiles: goFiles).links
        // The source a go:generate line names wins over the one guessed from the object's name.
        let sources = Dictionary(artifacts.map { artifact in
            (artifact.path, links[artifact.path].flatMap { firstPresentSource($0, paths: paths) } ?? BPFSources.source(for: artifact.path, in: paths))
        }) { first, _ in first }
        let asked = artifacts.map(\.path) + sources.values.compactMap { $0 }
        let history = source?.lastChanges(of: asked) ?? [:]
        let ciliumModules = ciliumImportingModules(goFiles: goFiles, owners: owners)
        return artifacts.map { artifact in
            var fact = object(artifact, source: sources[artifact.path] ?? nil, history: history, paths: paths)
            let module = owners.module(of: artifact.path)?.dir
            fact.fields["module_imports_cilium_ebpf"] = .bool(module.map(ciliumModules.contains) ?? false)
            let link = links[artifact.path]
            fact.fields["embedded_by"] = .optional(link?.embeddedBy)
            fact.fields["generated_by"] = .optional(link?.generateFile)
            fact.fields.merge(generateFields(link, paths: paths)) { _, new in new }
            return fact
        }
    }

    /// What the object's bpf2go line compiles and writes, against the snapshot.
    private static func generateFields(_ link: BPFGoLinks.Link?, paths: Set<String>) -> [String: FactValue] {
        guard let command = link?.command, let directory = link?.generateDirectory else {
            return ["generate_sources": .null, "generate_sources_missing": .null, "bpf2go_outputs": .null, "bpf2go_missing_outputs": .null]
        }
        let sources = command.resolvedSources(from: directory)
        let outputs = command.objectPaths(from: directory)
        return [
            "generate_sources": .strings(sources.map { $0.path ?? $0.written }),
            "generate_sources_missing": .strings(sources.compactMap { $0.path.flatMap { paths.contains($0) ? nil : $0 } }),
            "bpf2go_outputs": outputs.map { .strings($0.compactMap(\.first)) } ?? .null,
            // A target's object counts as there under the name older bpf2go releases gave it, too.
            "bpf2go_missing_outputs": outputs.map { .strings($0.filter { !$0.contains(where: paths.contains) }.compactMap(\.first)) } ?? .null,
        ]
    }

    private static func firstPresentSource(_ link: BPFGoLinks.Link, paths: Set<String>) -> String? {
        guard let command = link.command, let directory = link.generateDirectory else { return nil }
        return command.resolvedSources(from: directory).lazy.compactMap(\.path).first(where: paths.contains)
    }

    static let ciliumModulePath = "github.com/cilium/ebpf"

    /// Directories of the modules some of whose Go files (which are read outside vendor/ and testdata/
    /// only) import cilium/ebpf or one of its packages: those modules load eBPF objects with cilium/ebpf.
    static func ciliumImportingModules(goFiles: [String: GoSourceFile], owners: ModuleOwners) -> Set<String> {
        var modules: Set<String> = []
        for (path, file) in goFiles
        where file.imports.contains(where: { $0.path == ciliumModulePath || $0.path.hasPrefix(ciliumModulePath + "/") }) {
            if let module = owners.module(of: path) { modules.insert(module.dir) }
        }
        return modules
    }

    static func programs(_ artifacts: [BPFArtifact]) -> [FactObject] {
        artifacts.flatMap { artifact -> [FactObject] in
            guard let object = artifact.object, let assessment = artifact.assessment else { return [] }
            let reference = FactValue.object(FactObject(identity: "bpf:\(artifact.path)", location: .file(artifact.path), fields: [
                "file": .string(artifact.path),
                "license": .optional(object.license),
                "gpl_compatible": .bool(object.isGPLCompatible),
                "bpf2go": .bool(isBPF2Go(artifact.path)),
            ]))
            return assessment.programs.map { program in
                var fields = programFields(program)
                fields["object"] = reference
                return FactObject(identity: "bpf-program:\(program.program.name)", location: .file(artifact.path), fields: fields)
            }
        }
    }

    static func isBPF2Go(_ path: String) -> Bool {
        path.hasSuffix("_bpfel.o") || path.hasSuffix("_bpfeb.o")
    }

    private static func programFields(_ assessed: BPFAssessment.Program) -> [String: FactValue] {
        let program = assessed.program
        return [
            "name": .string(program.name),
            "section": .string(program.section),
            "type": .optional(assessed.typeName),
            "libbpf": .string(assessed.classification.match.rawValue),
            "cilium_type": .optional(assessed.classification.ciliumProgramType?.name),
            "instructions": .int(program.instructions),
            "helpers": .list(program.helpers.map { .int($0) }),
            "kfuncs": .strings(program.kfuncs),
            "maps": .strings(program.mapReferences),
            "core_relocations": .int(program.coreRelocations),
            "static": .bool(program.isStatic),
        ]
    }

    /// Externs and struct_ops sections, kept apart from the other fields so each literal stays small.
    private static func externFields(_ object: BPFObject) -> [String: FactValue] {
        let kconfig = object.externs.filter { $0.section == .kconfig }.map(\.name)
        let ksyms = object.externs.filter { $0.section == .ksyms }.map(\.name)
        let typeless = object.externs.filter(\.isTypelessKsym).map(\.name)
        let weak = object.externs.filter(\.isWeak).map(\.name)
        let sections = object.structOpsSections.map(\.name)
        let maps = object.structOpsSections.flatMap(\.variables)
        return [
            "kconfig_externs": .strings(kconfig),
            "ksym_externs": .strings(ksyms),
            "typeless_ksyms": .strings(typeless),
            "weak_externs": .strings(weak),
            "struct_ops_sections": .strings(sections),
            "struct_ops_maps": .strings(maps),
        ]
    }

    private static func object(_ artifact: BPFArtifact, source: String?, history: [String: LastChange], paths: Set<String>) -> FactObject {
        let objectChange = history[artifact.path]
        let sourceChange = source.flatMap { history[$0] }
        var stale: FactValue = .null
        if let objectChange, let sourceChange {
            stale = .bool(sourceChange.commit != objectChange.commit && sourceChange.time > objectChange.time)
        }
        var fields: [String: FactValue] = [
            "source": .optional(source),
            "object_commit": .optional(objectChange?.commit),
            "source_commit": .optional(sourceChange?.commit),
            "stale": stale,
            "file": .string(artifact.path),
            "valid": .bool(artifact.object != nil),
            "error": .optional(artifact.error),
            "bpf2go": .bool(isBPF2Go(artifact.path)),
        ]
        if let object = artifact.object, let assessment = artifact.assessment {
            let minimum = assessment.minimumKernel
            let loaderMinimum = assessment.minimumKernel(excluding: [.btfKind])
            let hasMapsSection = object.sections.contains { $0.name == ".maps" }
            let name = artifact.path.split(separator: "/").last.map(String.init) ?? artifact.path
            let namedLittle = name.contains("bpfel"), namedBig = name.contains("bpfeb")
            fields.merge([
                "name_byte_order_mismatch": .bool((namedLittle && object.byteOrder.rawValue == "big") || (namedBig && object.byteOrder.rawValue == "little")),
                "endianness": .string(object.byteOrder.rawValue),
                "license": .optional(object.license),
                "gpl_compatible": .bool(object.isGPLCompatible),
                "btf": .bool(object.btf != nil),
                "btf_ext": .bool(object.btfExt != nil),
                "core_relocations": .int(object.coreRelocationCount),
                "maps_section_without_btf": .bool(hasMapsSection && (object.btf == nil || object.maps.contains(where: \.missingBTF))),
                "legacy_maps": .bool(object.maps.contains { $0.definition == .legacy }),
                "maps": .list(assessment.maps.map { assessed in
                    let map = assessed.map
                    return .object(FactObject(identity: "map:\(map.name)", location: .file(artifact.path), fields: [
                        "name": .string(map.name),
                        "type": .optional(assessed.typeName ?? map.typeID.map { "unknown(\($0))" }),
                        "max_entries": map.maxEntries.map { .int(Int($0)) } ?? .null,
                        "definition": .string(map.definition.rawValue),
                        "missing_btf": .bool(map.missingBTF),
                    ]))
                }),
                "programs": .list(assessment.programs.map { program in
                    .object(FactObject(identity: "program:\(program.program.name)", location: .file(artifact.path), fields: programFields(program)))
                }),
                "program_count": .int(object.programs.count),
                "helpers": .list(object.helpers.map { .int($0) }),
                "gpl_only_helpers": .list(assessment.gplOnlyHelpers.map { .int($0) }),
                "gpl_only_helper_names": .strings(assessment.gplOnlyHelperNames),
                "kfuncs": .strings(object.kfuncs),
                "min_kernel": .optional(minimum?.since?.description),
                "min_kernel_reason": .optional(minimum?.reason),
                "loader_min_kernel": .optional(loaderMinimum?.since?.description),
                "loader_min_kernel_reason": .optional(loaderMinimum?.reason),
            ]) { _, new in new }
            fields.merge(externFields(object)) { _, new in new }
        }
        return FactObject(identity: "bpf:\(artifact.path)", location: .file(artifact.path), fields: fields)
    }
}
