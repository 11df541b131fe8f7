import BPF
import Foundation
import Plumbline

/// The eBPF fixture objects (`fixtures/ebpf`), decoded and judged with the shipped eBPF tables.
enum BPFFixtures {
    static var directory: String { Support.fixtures + "/ebpf" }

    /// Every good fixture object's file name (the broken ones are under `broken/`), in name order.
    static var objectNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".o") }.sorted()
    }

    struct MissingFixture: Error, CustomStringConvertible {
        let path: String
        var description: String { "cannot read fixture \(path)" }
    }

    static func tables() throws -> BPFTables {
        try BPFTablesLoader.load(directory: Support.rulesDirectory + "/data")
    }

    static func decode(_ name: String) throws -> BPFObject {
        let path = directory + "/" + name
        guard let data = FileManager.default.contents(atPath: path) else { throw MissingFixture(path: path) }
        return try BPFObject.decode([UInt8](data))
    }

    static func assess(_ object: BPFObject) throws -> BPFAssessment {
        BPFPolicy(tables: try tables()).assess(object)
    }

    static func assess(_ name: String) throws -> BPFAssessment {
        try assess(decode(name))
    }
}
