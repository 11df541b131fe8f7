import BPF
import Plumbline
import Foundation
import Testing

/// The inspect JSON has the keys issue 3 names, with the decoder's values and the eBPF tables' verdicts. When
/// `PLUMBLINE_BPF_DUMP_DIR` is set, the JSON of every fixture is also written there as `<object>.json` for
/// `.ci/bpf-oracle.sh`.
@Suite struct BPFInspectJSONTests {
    private func json(_ object: BPFObject) throws -> [String: Any] {
        let text = InspectReport.json(object, assessment: try BPFFixtures.assess(object))
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(parsed as? [String: Any])
    }

    /// An object with one program in `section`, the given maps and licence, and nothing else.
    private func object(section: String, maps: [BPFMap] = [], license: String?) -> BPFObject {
        let program = BPFProgram(
            name: "prog", section: section, sectionIndex: 1, offset: 0, instructions: 2, linkedInstructions: 2,
            isStatic: false, helpers: [], calls: [], kfuncs: [], mapReferences: [], coreRelocations: 0,
            usesCallRegister: false)
        return BPFObject(
            byteOrder: .little, machine: 247, sections: [], symbols: [], programs: [program], subprograms: [],
            maps: maps, license: license, kernelVersionCode: nil, versionSectionSize: nil, btf: nil, btfExt: nil,
            helpers: [], kfuncs: [], usesCallRegister: false, features: [])
    }

    private func map(_ name: String, typeID: Int?) -> BPFMap {
        BPFMap(
            name: name, definition: .btf, section: ".maps", typeID: typeID, keySize: nil, valueSize: nil,
            maxEntries: nil, flags: nil, pinning: nil, unknownFields: [], libbpfOnlyFields: [], extraBytes: 0,
            isStatic: false, missingBTF: typeID == nil)
    }

    @Test func ringbufObjectHasTheDocumentedKeys() throws {
        let root = try json(try BPFFixtures.decode("ringbuf.o"))
        #expect(root["kind"] as? String == "bpf")
        #expect(root["endianness"] as? String == "little")
        #expect(root["machine"] as? Int == 247)
        #expect(root["license"] as? String == "Dual MIT/GPL")
        #expect(root["gpl_compatible"] as? Bool == true)
        #expect(root["btf"] as? Bool == true)
        #expect(root["btf_ext"] as? Bool == true)
        #expect(root["core_relocations"] as? Int == 0)
        #expect(root["kfuncs"] as? [String] == [])
        #expect(root["min_kernel"] as? String == "5.8")
        #expect(root["min_kernel_reason"] as? String == "helper 130 bpf_ringbuf_output")
        let programs = try #require(root["programs"] as? [[String: Any]])
        #expect(programs.count == 2)
        #expect(programs[0]["name"] as? String == "on_execve")
        #expect(programs[0]["section"] as? String == "kprobe/sys_execve")
        #expect(programs[0]["type"] as? String == "kprobe")
        #expect(programs[0]["libbpf"] as? String == "exact")
        #expect(programs[0]["instructions"] as? Int == 21)
        #expect(programs[0]["helpers"] as? [Int] == [14, 16, 130])
        let maps = try #require(root["maps"] as? [[String: Any]])
        #expect(maps.count == 1)
        #expect(maps[0]["name"] as? String == "events")
        #expect(maps[0]["type"] as? String == "ringbuf")
        #expect(maps[0]["max_entries"] as? Int == 4096)
        #expect(maps[0]["definition"] as? String == "btf")
    }

    @Test func nullsForMissingLicenseAndUnknownTypes() throws {
        let maps = [map("unread", typeID: nil), map("future", typeID: 99)]
        let root = try json(object(section: "weird", maps: maps, license: nil))
        #expect(root["license"] is NSNull)
        #expect(root["gpl_compatible"] as? Bool == false)
        #expect(root["btf"] as? Bool == false)
        let programs = try #require(root["programs"] as? [[String: Any]])
        #expect(programs.first?["type"] is NSNull)
        #expect(programs.first?["libbpf"] as? String == "unknown")
        let types = try #require(root["maps"] as? [[String: Any]]).compactMap { $0["type"] }
        #expect(types.first is NSNull)
        #expect(types.last as? String == "unknown(99)")
    }

    @Test func stringsAreEscaped() throws {
        let root = try json(object(section: "xdp", license: "GPL \"quoted\" \\ back\nline\u{1}"))
        #expect(root["license"] as? String == "GPL \"quoted\" \\ back\nline\u{1}")
    }

    @Test func everyFixtureRendersAndIsDumpedOnRequest() throws {
        let directory = ProcessInfo.processInfo.environment["PLUMBLINE_BPF_DUMP_DIR"]
        #expect(BPFFixtures.objectNames.count >= 20)
        for name in BPFFixtures.objectNames {
            let object = try BPFFixtures.decode(name)
            let root = try json(object)
            #expect((root["sections"] as? [Any])?.count == object.sections.count, "\(name)")
            #expect((root["symbols"] as? [Any])?.count == object.symbols.count, "\(name)")
            if let directory {
                let url = URL(fileURLWithPath: directory).appendingPathComponent(name + ".json")
                let text = InspectReport.json(object, assessment: try BPFFixtures.assess(object))
                try Data((text + "\n").utf8).write(to: url)
            }
        }
    }
}
