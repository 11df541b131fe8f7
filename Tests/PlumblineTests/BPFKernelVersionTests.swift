import Plumbline
import Testing

/// Kernel versions parse and order numerically; the requirement with the newest kernel sets the floor.
@Suite struct BPFKernelVersionTests {
    @Test func parsing() {
        #expect(BPFKernelVersion("5.8") == BPFKernelVersion(major: 5, minor: 8))
        #expect(BPFKernelVersion("3.19")?.description == "3.19")
        for bad in ["", "5", "5.", ".8", "5.8.1", "a.b", "-1.2", "5.8 ", "99999.1"] {
            #expect(BPFKernelVersion(bad) == nil, "\(bad)")
        }
    }

    @Test func ordering() throws {
        let versions = ["5.10", "4.20", "5.9", "3.19", "6.0", "5.0"].compactMap(BPFKernelVersion.init)
        #expect(versions.sorted().map(\.description) == ["3.19", "4.20", "5.0", "5.9", "5.10", "6.0"])
    }

    @Test func highestPrefersTheFirstOnTies() {
        let five8 = BPFKernelVersion(major: 5, minor: 8)
        let requirements = [
            BPFKernelRequirement(category: .helper, id: 130, name: "bpf_ringbuf_output", since: five8),
            BPFKernelRequirement(category: .mapType, id: 35, name: "rhash", since: nil),
            BPFKernelRequirement(category: .mapType, id: 27, name: "ringbuf", since: five8),
            BPFKernelRequirement(category: .helper, id: 1, name: "bpf_map_lookup_elem", since: BPFKernelVersion(major: 3, minor: 19)),
        ]
        #expect(BPFKernelRequirement.highest(of: requirements)?.reason == "helper 130 bpf_ringbuf_output")
        #expect(BPFKernelRequirement.highest(of: Array(requirements.dropFirst()))?.reason == "map type 27 ringbuf")
        #expect(BPFKernelRequirement.highest(of: []) == nil)
        #expect(BPFKernelRequirement.highest(of: [requirements[1]]) == nil)
    }
}
