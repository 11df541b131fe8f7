import BPF
import Testing

/// kprobe.o: kprobe and kretprobe programs, a BTF hash map, a bpf-to-bpf call into `.text`.
@Suite struct KprobeFixtureTests {
    @Test func headerAndSections() throws {
        let object = try TestFixtures.decode("kprobe.o")
        #expect(object.byteOrder == .little)
        #expect(object.machine == 247)
        #expect(object.sections.count == 31)
        #expect(object.sections[4].name == "kprobe/do_sys_openat2")
        #expect(object.sections[4].size == 72)
        #expect(object.sections[4].holdsCode)
        #expect(object.symbols.count == 19)
        #expect(object.license == "GPL")
        #expect(object.isGPLCompatible)
        #expect(object.kernelVersionCode == nil)
        #expect(object.versionSectionSize == nil)
    }

    @Test func programsCallTheSubprogram() throws {
        let object = try TestFixtures.decode("kprobe.o")
        #expect(object.programs.map(\.name) == ["count_open", "count_open_return"])
        let open = object.programs[0]
        #expect(open.section == "kprobe/do_sys_openat2")
        #expect(open.instructions == 9)
        #expect(open.linkedInstructions == 9 + 22)
        #expect(open.calls == ["bump"])
        #expect(open.helpers == [1, 2, 14])
        #expect(open.mapReferences == ["counts"])
        #expect(!open.isStatic)
        let close = object.programs[1]
        #expect(close.section == "kretprobe/do_sys_openat2")
        #expect(close.instructions == 9)
        #expect(close.linkedInstructions == 9)
        #expect(close.helpers == [3])
        #expect(close.calls.isEmpty)
        #expect(object.subprograms == [BPFSubprogram(name: "bump", instructions: 22, isStatic: true, helpers: [1, 2])])
        #expect(object.helpers == [1, 2, 3, 14])
        #expect(object.kfuncs.isEmpty)
    }

    @Test func hashMapFromBTF() throws {
        let object = try TestFixtures.decode("kprobe.o")
        #expect(object.maps.count == 1)
        let map = try #require(object.maps.first)
        #expect(map.name == "counts")
        #expect(map.definition == .btf)
        #expect(map.section == ".maps")
        #expect(map.typeID == 1)
        #expect(map.keySize == 4)
        #expect(map.valueSize == 8)
        #expect(map.maxEntries == 1024)
        #expect(map.flags == nil)
        #expect(!map.missingBTF)
        #expect(!map.isStatic)
        #expect(map.unknownFields.isEmpty)
    }

    @Test func btfAndFeatures() throws {
        let object = try TestFixtures.decode("kprobe.o")
        let btf = try #require(object.btf)
        #expect(btf.headerLength == 24)
        #expect(btf.types.count == 26)
        #expect(btf.kinds.map(\.name) == ["INT", "PTR", "ARRAY", "STRUCT", "TYPEDEF", "FUNC", "FUNC_PROTO", "VAR", "DATASEC"])
        #expect(object.btfExt?.headerLength == 32)
        #expect(object.coreRelocationCount == 0)
        #expect(object.features == [.bpfToBPFCalls])
    }

    @Test func oldLLVMMachineNoneIsAccepted() throws {
        var bytes = try TestFixtures.bytes("kprobe.o")
        bytes[18] = 0
        bytes[19] = 0
        let object = try BPFObject.decode(bytes)
        #expect(object.machine == 0)
        #expect(object.programs.count == 2)
    }
}
