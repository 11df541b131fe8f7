import BPF
import Plumbline
import Testing

/// What the shipped eBPF tables say about the fixture objects: program types from section names, map type
/// names, GPL-only helpers and kernel floors.
@Suite struct BPFPolicyTests {
    @Test func kprobeProgramsAndTheirFloor() throws {
        let assessment = try BPFFixtures.assess("kprobe.o")
        let open = try #require(assessment.programs.first)
        #expect(open.program.name == "count_open")
        #expect(open.typeName == "kprobe")
        #expect(open.classification.match == .libbpfExact)
        #expect(open.classification.pattern == "kprobe+")
        #expect(assessment.maps.map(\.typeName) == ["hash"])
        #expect(assessment.gplOnlyHelpers.isEmpty)
        #expect(assessment.minimumKernel?.since?.description == "5.2")
        #expect(assessment.minimumKernel?.reason == "BTF kind 14 VAR")
        let withoutBTF = assessment.minimumKernel(excluding: [.btfKind])
        #expect(withoutBTF?.reason == "feature bpf-to-bpf calls")
        #expect(withoutBTF?.since?.description == "4.16")
    }

    @Test func requirementsComeInReportingOrder() throws {
        let assessment = try BPFFixtures.assess("kprobe.o")
        #expect(assessment.kernelRequirements.map(\.reason) == [
            "helper 1 bpf_map_lookup_elem", "helper 2 bpf_map_update_elem", "helper 3 bpf_map_delete_elem",
            "helper 14 bpf_get_current_pid_tgid", "program type 2 kprobe", "map type 1 hash",
            "feature bpf-to-bpf calls", "BTF kind 1 INT", "BTF kind 2 PTR", "BTF kind 3 ARRAY", "BTF kind 4 STRUCT",
            "BTF kind 8 TYPEDEF", "BTF kind 12 FUNC", "BTF kind 13 FUNC_PROTO", "BTF kind 14 VAR",
            "BTF kind 15 DATASEC",
        ])
    }

    @Test func everySectionIsClassified() throws {
        let assessment = try BPFFixtures.assess("sections.o")
        let rows = assessment.programs.map {
            "\($0.program.name) \($0.classification.match.rawValue) \($0.typeName ?? "-") \($0.classification.ciliumProgramType?.name ?? "-")"
        }
        #expect(rows == [
            "socket_two cilium-only socket_filter socket_filter",
            "xdp_sloppy cilium-only xdp xdp",
            "xdp_old_devmap legacy xdp xdp",
            "gobpf_classifier legacy sched_cls -",
            "seccomp_filter legacy socket_filter -",
            "unknown_hook unknown - -",
            "xdp_manual exact xdp xdp",
            "sleepable_multi exact kprobe kprobe",
            "sleepable_tp exact tracepoint -",
            "lsm_file_open exact lsm lsm",
            "connect_unix exact cgroup_sock_addr cgroup_sock_addr",
            "static_prog unknown - -",
        ])
        #expect(assessment.programs.filter(\.classification.autoloadDisabled).map(\.program.name) == ["xdp_manual"])
        #expect(assessment.minimumKernel?.reason == "program type 29 lsm")
    }

    @Test func structOpsPrograms() throws {
        let assessment = try BPFFixtures.assess("struct_ops.o")
        #expect(Set(assessment.programs.compactMap(\.typeName)) == ["struct_ops"])
    }

    @Test func tcNamesAndInstructionSetV4() throws {
        let assessment = try BPFFixtures.assess("tc.o")
        #expect(assessment.programs.map(\.typeName) == ["sched_cls", "sched_cls"])
        #expect(assessment.programs.map(\.classification.match) == [.libbpfExact, .libbpfExact])
        #expect(assessment.minimumKernel?.since?.description == "6.6")
        #expect(assessment.minimumKernel?.reason == "feature instruction set v4 (sign extension, bswap, signed division, gotol)")
        let features = assessment.kernelRequirements.filter { $0.category == .feature }.map(\.since?.description)
        #expect(features == ["5.1", "6.6"])
    }

    @Test func tracepointTypesAndGPLOnlyHelper() throws {
        let assessment = try BPFFixtures.assess("tracepoint.o")
        #expect(assessment.programs.map(\.typeName) == ["tracepoint"])
        #expect(assessment.gplOnlyHelpers == [25])
        #expect(assessment.maps.map(\.typeName) == ["array", "perf_event_array"])
    }

    @Test func xdpTypesAndLoaderFloor() throws {
        let assessment = try BPFFixtures.assess("xdp.o")
        #expect(assessment.programs.map(\.typeName) == ["xdp"])
        #expect(assessment.programs.first?.classification.programType?.id == 6)
        #expect(assessment.maps.map(\.typeName) == ["lru_hash", "devmap"])
        #expect(assessment.minimumKernel(excluding: [.btfKind])?.reason == "helper 51 bpf_redirect_map")
        #expect(assessment.minimumKernel(excluding: [.btfKind])?.since?.description == "4.14")
    }

    @Test func bpf2goTwinsAreJudgedAlike() throws {
        let little = try BPFFixtures.assess("counter_bpfel.o")
        let big = try BPFFixtures.assess("counter_bpfeb.o")
        #expect(little.kernelRequirements == big.kernelRequirements)
        #expect(little.programs.map(\.classification) == big.programs.map(\.classification))
        #expect(big.maps.map(\.typeName) == ["array"])
    }

    @Test func kfuncCallsSetTheFloor() throws {
        let assessment = try BPFFixtures.assess("kfunc.o")
        #expect(assessment.programs.map(\.typeName) == ["tracing"])
        #expect(assessment.minimumKernel?.reason == "feature kfunc calls")
        #expect(assessment.minimumKernel?.since?.description == "5.13")
    }

    @Test func largeProgramSetsTheFloor() throws {
        let assessment = try BPFFixtures.assess("large.o")
        #expect(assessment.programs.map(\.typeName) == ["raw_tracepoint"])
        #expect(assessment.minimumKernel?.reason == "feature a program over 4096 instructions")
        #expect(assessment.minimumKernel?.since?.description == "5.2")
    }

    @Test func mapTypeNames() throws {
        #expect(try BPFFixtures.assess("legacy_maps.o").maps.map(\.typeName) == ["array", "hash", "hash"])
        let maps = try BPFFixtures.assess("maps.o")
        #expect(maps.maps.map(\.typeName) == ["hash", "lpm_trie", "array", "percpu_array", "prog_array"])
        #expect(maps.programs.map(\.typeName) == ["socket_filter"])
    }

    @Test func objectWithoutBTFTakesItsFloorFromHelpers() throws {
        let assessment = try BPFFixtures.assess("nobtf.o")
        #expect(assessment.maps.map(\.typeName) == [nil])
        #expect(assessment.minimumKernel?.reason == "helper 14 bpf_get_current_pid_tgid")
        #expect(assessment.minimumKernel?.since?.description == "4.2")
    }

    @Test func nonGPLObjectCallsGPLOnlyHelpers() throws {
        let assessment = try BPFFixtures.assess("nongpl.o")
        #expect(assessment.gplOnlyHelpers == [6, 113])
        #expect(assessment.minimumKernel?.reason == "helper 113 bpf_probe_read_kernel")
        #expect(assessment.minimumKernel?.since?.description == "5.5")
        #expect(assessment.kernelRequirements.contains { $0.reason == "feature global data sections" })
    }

    @Test func ringbufSetsKernel58() throws {
        let assessment = try BPFFixtures.assess("ringbuf.o")
        #expect(assessment.minimumKernel?.since == BPFKernelVersion(major: 5, minor: 8))
        #expect(assessment.minimumKernel?.reason == "helper 130 bpf_ringbuf_output")
        #expect(assessment.maps.map(\.typeName) == ["ringbuf"])
        #expect(assessment.kernelRequirements.contains { $0.category == .mapType && $0.id == 27 && $0.since?.description == "5.8" })
    }

    @Test func unknownIdsAreNamedUnknownAndSetNoFloor() throws {
        let object = BPFObject(
            byteOrder: .little, machine: 247, sections: [], symbols: [], programs: [], subprograms: [], maps: [],
            license: nil, kernelVersionCode: nil, versionSectionSize: nil, btf: nil, btfExt: nil, helpers: [999],
            kfuncs: [], usesCallRegister: false, features: [])
        let assessment = try BPFFixtures.assess(object)
        #expect(assessment.kernelRequirements.map(\.reason) == ["helper 999 unknown"])
        #expect(assessment.minimumKernel == nil)
        #expect(assessment.gplOnlyHelpers.isEmpty)
    }

    @Test func emptyTablesJudgeNothing() throws {
        let object = try BPFFixtures.decode("ringbuf.o")
        let empty = BPFTables(
            helpers: [], programTypes: [], mapTypes: [], sectionPatterns: [], legacySectionPatterns: [], btfKinds: [],
            features: [])
        let assessment = BPFPolicy(tables: empty).assess(object)
        #expect(assessment.programs.map(\.program) == object.programs)
        #expect(assessment.programs.allSatisfy { $0.classification.match == .unknown })
        #expect(assessment.maps.map(\.typeName) == [nil])
        #expect(assessment.minimumKernel == nil)
    }
}
