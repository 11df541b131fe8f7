import BPF
import Plumbline
import Foundation
import Testing

/// The inspect JSON has the keys issue 3 names, with the decoder's values. When `PLUMBLINE_BPF_DUMP_DIR` is
/// set, the JSON of every fixture is also written there as `<object>.json` for `.ci/bpf-oracle.sh`.
@Suite struct InspectJSONTests {
    private func json(_ object: BPFObject) throws -> [String: Any] {
        let parsed = try JSONSerialization.jsonObject(with: Data(InspectReport.json(object).utf8))
        return try #require(parsed as? [String: Any])
    }

    @Test func ringbufObjectHasTheDocumentedKeys() throws {
        let root = try json(try TestFixtures.decode("ringbuf.o"))
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
        var builder = ELFBuilder.minimalProgram()
        builder.sections[0].name = "weird"
        builder.sections[1].name = "not-a-license"
        let root = try json(try BPFObject.decode(builder.build(), tables: try TestFixtures.tables()))
        #expect(root["license"] is NSNull)
        #expect(root["gpl_compatible"] as? Bool == false)
        #expect(root["btf"] as? Bool == false)
        let programs = try #require(root["programs"] as? [[String: Any]])
        #expect(programs.first?["type"] is NSNull)
        #expect(programs.first?["libbpf"] as? String == "unknown")
    }

    @Test func stringsAreEscaped() throws {
        var builder = ELFBuilder.minimalProgram()
        builder.sections[1].data = Array("GPL \"quoted\" \\ back\nline\u{1}\0".utf8)
        let root = try json(try BPFObject.decode(builder.build(), tables: try TestFixtures.tables()))
        #expect(root["license"] as? String == "GPL \"quoted\" \\ back\nline\u{1}")
    }

    @Test func everyFixtureRendersAndIsDumpedOnRequest() throws {
        let directory = ProcessInfo.processInfo.environment["PLUMBLINE_BPF_DUMP_DIR"]
        for name in TestFixtures.objectNames {
            let object = try TestFixtures.decode(name)
            let root = try json(object)
            #expect((root["sections"] as? [Any])?.count == object.sections.count, "\(name)")
            #expect((root["symbols"] as? [Any])?.count == object.symbols.count, "\(name)")
            if let directory {
                let url = URL(fileURLWithPath: directory).appendingPathComponent(name + ".json")
                try Data((InspectReport.json(object) + "\n").utf8).write(to: url)
            }
        }
    }
}
