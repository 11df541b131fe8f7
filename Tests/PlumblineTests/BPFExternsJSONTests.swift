import BPF
import Foundation
import Plumbline
import Testing

/// `inspect --format json` and the text summary show externs and struct_ops sections.
@Suite struct BPFExternsJSONTests {
    private func json(_ name: String) throws -> [String: Any] {
        let object = try BPFFixtures.decode(name)
        let text = InspectReport.json(object, assessment: try BPFFixtures.assess(object))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func summary(_ name: String) throws -> String {
        let object = try BPFFixtures.decode(name)
        return InspectReport.text(object, assessment: try BPFFixtures.assess(object), path: name)
    }

    @Test func externsCarrySectionKindWeakAndTyped() throws {
        let externs = try #require(try json("externs.o")["externs"] as? [[String: Any]])
        #expect(externs.count == 9)
        let typeless = try #require(externs.first { $0["name"] as? String == "plumbline_missing_symbol" })
        #expect(typeless["section"] as? String == "ksyms")
        #expect(typeless["kind"] as? String == "var")
        #expect(typeless["weak"] as? Bool == true)
        #expect(typeless["typed"] as? Bool == false)
        #expect(typeless["undefined_symbol"] as? Bool == true)
        let kfunc = try #require(externs.first { $0["name"] as? String == "bpf_task_acquire" })
        #expect(kfunc["kind"] as? String == "func")
        #expect(kfunc["typed"] is NSNull)
        #expect(externs.first?["name"] as? String == "LINUX_KERNEL_VERSION")
        #expect(externs.first?["section"] as? String == "kconfig")
    }

    @Test func structOpsSectionsCarryTheirVariables() throws {
        let sections = try #require(try json("struct_ops_link.o")["struct_ops"] as? [[String: Any]])
        #expect(sections.map { $0["section"] as? String } == [".struct_ops.link", "?.struct_ops.link"])
        #expect(sections.map { $0["variables"] as? [String] } == [["link_cc"], ["optional_cc"]])
        #expect(sections.map { $0["link"] as? Bool } == [true, true])
        #expect(sections.map { $0["optional"] as? Bool } == [false, true])
        #expect(try json("xdp.o")["struct_ops"] as? [Any] != nil)
        #expect((try json("xdp.o")["struct_ops"] as? [Any])?.isEmpty == true)
    }

    @Test func textSummaryListsThem() throws {
        let text = try summary("externs.o")
        #expect(text.contains("externs: 9\n"))
        #expect(text.contains("  plumbline_missing_symbol  ksyms var weak typeless\n"))
        #expect(text.contains("  CONFIG_HZ  kconfig var\n"))
        #expect(text.contains("struct_ops sections: 0\n"))
        let structOps = try summary("struct_ops.o")
        #expect(structOps.contains("struct_ops sections: 1\n  .struct_ops  toy_cc\n"))
    }
}
