/// The kernel's rule for which `license` strings count as GPL-compatible (`include/linux/license.h`).
public enum BPFLicense {
    /// The strings the kernel accepts; matched exactly and case-sensitively, so SPDX ids such as `GPL-2.0` do
    /// not count.
    public static let gplCompatible: Set<String> = [
        "GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL", "Dual MIT/GPL", "Dual MPL/GPL",
    ]

    /// Whether the kernel treats `license` as GPL-compatible; a missing licence is not.
    public static func isGPLCompatible(_ license: String?) -> Bool {
        guard let license else { return false }
        return gplCompatible.contains(license)
    }
}
