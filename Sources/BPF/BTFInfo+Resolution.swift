/// Following type references. Malformed BTF may contain reference cycles, so every walk is bounded.
extension BTFInfo {
    static let maximumReferenceDepth = 64

    /// The id reached by following TYPEDEF, VOLATILE, CONST, RESTRICT and TYPE_TAG from `id`.
    public func skippingModifiers(_ id: UInt32) -> UInt32? {
        var current = id
        for _ in 0..<Self.maximumReferenceDepth {
            guard let type = type(current) else { return current == 0 ? 0 : nil }
            switch type.kind {
            case .typedef, .volatile, .const, .restrict, .typeTag: current = type.sizeOrType
            default: return current
            }
        }
        return nil
    }

    /// The size in bytes of type `id` as the kernel computes it; nil for void, functions, unknown kinds,
    /// broken references or a size that does not fit 64 bits.
    public func size(of id: UInt32) -> UInt64? {
        size(of: id, depth: 0)
    }

    private func size(of id: UInt32, depth: Int) -> UInt64? {
        guard depth < Self.maximumReferenceDepth, let resolved = skippingModifiers(id), let type = type(resolved) else {
            return nil
        }
        switch type.kind {
        case .int, .enumeration, .enumeration64, .structure, .union, .dataSection, .float:
            return UInt64(type.sizeOrType)
        case .pointer:
            return 8
        case .array:
            guard case .array(let element, _, let count) = type.detail,
                let elementSize = size(of: element, depth: depth + 1)
            else { return nil }
            let (total, overflow) = elementSize.multipliedReportingOverflow(by: UInt64(count))
            return overflow ? nil : total
        case .variable:
            return size(of: type.sizeOrType, depth: depth + 1)
        default:
            return nil
        }
    }

    /// The value of a `__uint(name, N)` map field: a PTR to an ARRAY of N elements.
    func arrayLengthBehindPointer(_ id: UInt32) -> UInt32? {
        guard let pointerID = skippingModifiers(id), let pointer = type(pointerID), pointer.kind == .pointer,
            let arrayID = skippingModifiers(pointer.sizeOrType), let array = type(arrayID),
            case .array(_, _, let count) = array.detail
        else { return nil }
        return count
    }

    /// The size of what a `__type(name, T)` map field points at.
    func sizeBehindPointer(_ id: UInt32) -> UInt64? {
        guard let pointerID = skippingModifiers(id), let pointer = type(pointerID), pointer.kind == .pointer else {
            return nil
        }
        return size(of: pointer.sizeOrType)
    }

    /// The DATASEC named `name`.
    func dataSection(named name: String) -> BTFType? {
        types.first { $0.kind == .dataSection && stringMatches(at: $0.nameOffset, name) }
    }
}
