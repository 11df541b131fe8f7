import BPF
import Testing

/// The `version` section: a u32 `LINUX_VERSION_CODE` in the file's byte order; loaders refuse other sizes.
@Suite struct VersionSectionTests {
    private func object(version: [UInt8], bigEndian: Bool = false) throws -> BPFObject {
        var builder = ELFBuilder.minimalProgram(bigEndian: bigEndian)
        builder.sections.append(.init(name: "version", type: 1, flags: 3, data: version))
        return try BPFObject.decode(builder.build())
    }

    @Test(arguments: [false, true]) func fourBytesInFileOrder(bigEndian: Bool) throws {
        var encoder = ByteEncoder(bigEndian: bigEndian)
        encoder.u32(0x0005_0800)
        let decoded = try object(version: encoder.bytes, bigEndian: bigEndian)
        #expect(decoded.kernelVersionCode == 0x0005_0800)
        #expect(decoded.versionSectionSize == 4)
    }

    @Test func otherSizesAreReportedWithoutAValue() throws {
        let decoded = try object(version: [1, 2, 3])
        #expect(decoded.kernelVersionCode == nil)
        #expect(decoded.versionSectionSize == 3)
    }
}
