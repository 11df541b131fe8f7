import BPF
import Foundation

/// Paths and loaders shared by the BPF tests: the repository's fixture objects.
enum TestFixtures {
    /// The repository root, found from this file's real location (the test folder may be reached through a
    /// symlink from a scratch package).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var fixtureDirectory: URL { repositoryRoot.appendingPathComponent("fixtures/ebpf") }

    /// Every committed good fixture object, by file name.
    static let objectNames = [
        "counter_bpfeb.o", "counter_bpfel.o", "externs.o", "kfunc.o", "kprobe.o", "large.o", "legacy_maps.o", "maps.o",
        "nobtf.o", "nongpl.o", "ringbuf.o", "sections.o", "struct_ops.o", "struct_ops_link.o", "tc.o", "tracepoint.o",
        "xdp.o",
    ]

    /// The broken objects under `broken/`.
    static let brokenNames = [
        "broken/lying_section_size.o", "broken/not_relocatable.o", "broken/truncated.o", "broken/wrong_machine.o",
    ]

    struct MissingFixture: Error, CustomStringConvertible {
        let path: String
        var description: String { "cannot read fixture \(path)" }
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        let path = fixtureDirectory.appendingPathComponent(name).path
        guard let data = FileManager.default.contents(atPath: path) else { throw MissingFixture(path: path) }
        return [UInt8](data)
    }

    static func decode(_ name: String) throws -> BPFObject {
        try BPFObject.decode(bytes(name))
    }
}
