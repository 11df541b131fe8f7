import BPF
import Testing

/// GPL compatibility follows the kernel's exact string list.
@Suite struct LicenseTests {
    @Test(arguments: ["GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL", "Dual MIT/GPL", "Dual MPL/GPL"])
    func kernelListIsCompatible(_ license: String) {
        #expect(BPFLicense.isGPLCompatible(license))
    }

    @Test(arguments: ["GPL-2.0", "GPL-2.0-only", "gpl", "MIT", "BSD-2-Clause", "Apache-2.0", "", "GPL ", "Dual MIT/GPL\n"])
    func everythingElseIsNot(_ license: String) {
        #expect(!BPFLicense.isGPLCompatible(license))
    }

    @Test func missingLicenseIsNotCompatible() {
        #expect(!BPFLicense.isGPLCompatible(nil))
    }
}
