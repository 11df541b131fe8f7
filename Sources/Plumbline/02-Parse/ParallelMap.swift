import Foundation

/// `(0..<count).map(transform)` run on every core, results in index order. For pure, independent work
/// such as parsing files or evaluating rules.
func parallelMap<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
    let slots = ResultSlots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        slots.store(index, transform(index))
    }
    return slots.values
}

/// One slot per index, written once each from concurrent iterations.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    private var slots: [Result?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ index: Int, _ value: Result) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// Every slot is written by the time `concurrentPerform` returns.
    var values: [Result] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
