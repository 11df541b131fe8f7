/// Copies C memory into a Swift array in one block. `Array(UnsafeRawBufferPointer)` goes through the
/// generic sequence path, byte by byte, which dominated reading large blobs.
enum ByteCopy {
    static func array(from buffer: UnsafeRawBufferPointer) -> [UInt8] {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: buffer.count) { destination, initialized in
            if let target = destination.baseAddress {
                target.update(from: base.assumingMemoryBound(to: UInt8.self), count: buffer.count)
            }
            initialized = buffer.count
        }
    }
}
