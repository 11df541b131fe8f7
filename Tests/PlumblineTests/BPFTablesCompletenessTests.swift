import BPF
import Plumbline
import Testing

/// The eBPF tables in rules/data are complete and consistent.
@Suite struct BPFTablesCompletenessTests {
    @Test func allHelpersArePresentWithKernelAndGPLFlag() throws {
        let tables = try BPFFixtures.tables()
        #expect(tables.helpers.count == 211)
        #expect(tables.helpers.map(\.id) == Array(1...211))
        #expect(tables.helpers.allSatisfy { $0.name.hasPrefix("bpf_") && $0.since != nil })
        #expect(Set(tables.helpers.map(\.name)).count == 211)
        #expect(tables.helpers.filter(\.gplOnly).count == 34)
        #expect(tables.helper(130)?.name == "bpf_ringbuf_output")
        #expect(tables.helper(130)?.since == BPFKernelVersion(major: 5, minor: 8))
        #expect(tables.helper(1)?.since == BPFKernelVersion(major: 3, minor: 19))
        #expect(tables.helper(211)?.name == "bpf_cgrp_storage_delete")
        #expect(tables.helper(211)?.since == BPFKernelVersion(major: 6, minor: 2))
        #expect(tables.helper(6)?.gplOnly == true)
        #expect(tables.helper(165)?.gplOnly == true)
        #expect(tables.helper(109)?.gplOnly == false)
        #expect(tables.helper(173)?.gplOnlyNote != nil)
        #expect(tables.helper(212) == nil)
    }

    @Test func helperKernelsNeverGoBackwardsMuch() throws {
        // Ids are assigned in merge order, so a helper is at most a couple of releases older than the one before.
        let tables = try BPFFixtures.tables()
        let versions = tables.helpers.compactMap(\.since)
        for (previous, next) in zip(versions, versions.dropFirst()) {
            #expect(next.major > previous.major || next.minor + 2 >= previous.minor, "\(previous) then \(next)")
        }
    }

    @Test func programTypesAreContiguous() throws {
        let tables = try BPFFixtures.tables()
        #expect(tables.programTypes.map(\.id) == Array(1...32))
        #expect(tables.programTypes.allSatisfy { $0.since != nil })
        #expect(tables.programType(named: "kprobe")?.id == 2)
        #expect(tables.programType(26)?.name == "tracing")
        #expect(tables.programType(32)?.since == BPFKernelVersion(major: 6, minor: 4))
    }

    @Test func mapTypesAreContiguous() throws {
        let tables = try BPFFixtures.tables()
        #expect(tables.mapTypes.map(\.id) == Array(1...35))
        #expect(tables.mapType(27)?.name == "ringbuf")
        #expect(tables.mapType(27)?.since == BPFKernelVersion(major: 5, minor: 8))
        #expect(tables.mapTypes.filter { $0.since == nil }.map(\.id) == [35])
    }

    @Test func sectionTableMatchesLibbpfAndCilium() throws {
        let tables = try BPFFixtures.tables()
        #expect(tables.sectionPatterns.count == 116)
        #expect(tables.sectionPatterns.filter(\.inCilium).count == 105)
        #expect(Set(tables.sectionPatterns.map(\.pattern)).count == 116)
        #expect(tables.legacySectionPatterns.count == 11)
        for row in tables.sectionPatterns + tables.legacySectionPatterns {
            #expect(tables.programType(named: row.programType) != nil, "\(row.pattern) -> \(row.programType)")
        }
        #expect(tables.sectionPatterns.first?.pattern == "socket")
        #expect(tables.sectionPatterns.last?.pattern == "netfilter")
    }

    @Test func btfKindsAndFeaturesAreComplete() throws {
        let tables = try BPFFixtures.tables()
        #expect(tables.btfKinds.map(\.id) == Array(1...19))
        #expect(tables.btfKinds.map(\.name) == (1...19).map { BTFKind(rawValue: UInt8($0)).name })
        #expect(Set(tables.features.map(\.feature)) == Set(BPFFeature.allCases))
        #expect(tables.btfKind(19)?.since == BPFKernelVersion(major: 6, minor: 0))
        #expect(tables.feature(.isaV3)?.since == BPFKernelVersion(major: 5, minor: 1))
    }
}
