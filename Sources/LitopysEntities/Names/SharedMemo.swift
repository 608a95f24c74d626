import Foundation

/// Values computed from inputs, remembered and shared by all threads. Entries are found by
/// a 64-bit hash of the input and kept with the input, so a hash collision is caught. A call
/// that finds the memo in use by another thread computes its value rather than wait; past
/// `limit` entries the memo starts over, bounding its memory.
final class SharedMemo<Input, Value>: @unchecked Sendable {  // `entries` is guarded by `lock`
    private let lock = NSLock()
    private let limit: Int
    /// Whether two inputs are the same.
    private let same: (Input, Input) -> Bool
    private var entries: [UInt64: (input: Input, value: Value)] = [:]

    init(limit: Int, same: @escaping (Input, Input) -> Bool) {
        self.limit = limit
        self.same = same
    }

    /// The value remembered for `input` (whose hash is `hash`), else `make()`, remembered.
    func value(for input: Input, hash: UInt64, make: () -> Value) -> Value {
        if lock.try() {
            let found = entries[hash]
            lock.unlock()
            if let found, same(found.input, input) { return found.value }
        }
        let value = make()
        if lock.try() {
            if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[hash] = (input, value)
            lock.unlock()
        }
        return value
    }
}
