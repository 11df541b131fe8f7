import BPF
import Testing

/// The committed broken objects are rejected with the right kind of error and position.
@Suite struct BrokenFixtureTests {
    @Test func truncated() throws {
        let error = try decodeError("broken/truncated.o")
        #expect(error.kind == .sectionOutOfBounds)
        #expect(error.offset == 5760)  // e_shoff: llvm-readelf -h says "Start of section headers: 5760"
    }

    @Test func wrongMachine() throws {
        let error = try decodeError("broken/wrong_machine.o")
        #expect(error.kind == .wrongMachine)
        #expect(error.offset == 18)
        #expect(error.message.contains("62"))
    }

    @Test func notRelocatable() throws {
        let error = try decodeError("broken/not_relocatable.o")
        #expect(error.kind == .notRelocatable)
        #expect(error.offset == 16)
    }

    @Test func lyingSectionSize() throws {
        let error = try decodeError("broken/lying_section_size.o")
        #expect(error.kind == .sectionOutOfBounds)
        #expect(error.message.contains("section 3"))
        #expect(error.message.contains("1048576"))
    }

    private func decodeError(_ name: String) throws -> BPFDecodeError {
        let bytes = try TestFixtures.bytes(name)
        do {
            _ = try BPFObject.decode(bytes)
        } catch {
            return error
        }
        Issue.record("\(name) decoded without error")
        return BPFDecodeError(kind: .truncated, offset: -1, message: "")
    }
}
