internal import CLibGit2

/// A SHA-1 object id held in Swift-native storage, so entries stay `Sendable`
/// and no libgit2 type appears in the public API.
struct ObjectID: Hashable, Sendable {
    private let head: UInt64
    private let middle: UInt64
    private let tail: UInt32

    init(_ oid: git_oid) {
        var head: UInt64 = 0
        var middle: UInt64 = 0
        var tail: UInt32 = 0
        withUnsafeBytes(of: oid.id) { raw in
            head = raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
            middle = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            tail = raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
        }
        self.head = head
        self.middle = middle
        self.tail = tail
    }

    var oid: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { raw in
            raw.storeBytes(of: head, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: middle, toByteOffset: 8, as: UInt64.self)
            raw.storeBytes(of: tail, toByteOffset: 16, as: UInt32.self)
        }
        return oid
    }

    /// Forty lowercase hex digits.
    var hex: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(40)
        let digits = Array("0123456789abcdef".utf8)
        withUnsafeBytes(of: oid.id) { raw in
            for byte in raw.prefix(20) {
                bytes.append(digits[Int(byte >> 4)])
                bytes.append(digits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The id of the empty blob, which git stores for empty files.
    static let emptyBlob: ObjectID = {
        var oid = git_oid()
        _ = git_oid_fromstr(&oid, "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391")
        return ObjectID(oid)
    }()
}
