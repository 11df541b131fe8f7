/// Bytewise path ordering, the order git itself uses for full paths.
/// `String.<` compares Unicode canonical forms, which is not bytewise.
enum PathOrder {
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    /// Byte equality: `String.==` treats NFC and NFD spellings as equal, but to the file
    /// system and to git they are two different paths.
    static func same(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.elementsEqual(rhs.utf8)
    }

    /// Sorts entries bytewise and drops later duplicates of a path; returns the dropped paths.
    static func sortedUnique(_ entries: [SnapshotEntry]) -> (entries: [SnapshotEntry], duplicates: [String]) {
        var sorted = entries
        sorted.sort { precedes($0.path, $1.path) }
        var unique: [SnapshotEntry] = []
        unique.reserveCapacity(sorted.count)
        var duplicates: [String] = []
        for entry in sorted {
            if let last = unique.last, same(last.path, entry.path) {
                duplicates.append(entry.path)
            } else {
                unique.append(entry)
            }
        }
        return (unique, duplicates)
    }

    /// Whether a C path starts with the given prefix bytes, checked without building a String.
    static func cPath(_ path: UnsafePointer<CChar>, hasPrefix prefix: [UInt8]) -> Bool {
        for (offset, byte) in prefix.enumerated() where UInt8(bitPattern: path[offset]) != byte {
            return false
        }
        return true
    }
}
