/// The `partialFingerprints` value of a finding: a 64-bit FNV-1a digest (hex) of the rule id, the file path
/// and the fact's identity. FNV is enough: the value only has to be stable and well spread, not secret.
public enum Fingerprint {
    public static let sarifKey = "plumbline/v1"

    public static func make(ruleID: String, path: String, identity: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [ruleID, path, identity] {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
            hash ^= 0xff  // a separator that cannot occur in UTF-8, so ("ab","c") != ("a","bc")
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
