/// An open-addressing hash table from 64-bit feature keys to weight-row numbers, built once
/// when a model loads and read on every token.
///
/// Layout: `slots` `[capacity]` keys (0 = empty) and `rows` `[capacity]`, capacity a power
/// of two at least twice the feature count; linear probing.
struct FeatureTable: Sendable {
    private var slots: ContiguousArray<UInt64>
    private var rows: ContiguousArray<Int32>
    private let mask: Int
    /// The number of keys.
    private(set) var count: Int = 0

    /// A table for the given keys; key `i` maps to row `i`.
    ///
    /// - Complexity: O(keys).
    init(keys: some Collection<UInt64>) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        slots = ContiguousArray(repeating: 0, count: capacity)
        rows = ContiguousArray(repeating: -1, count: capacity)
        mask = capacity - 1
        for (i, key) in keys.enumerated() { insert(key, row: Int32(i)) }
    }

    /// Zero marks an empty slot, so key 0 is stored as 1.
    @inline(__always)
    private static func normalise(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    private mutating func insert(_ key: UInt64, row: Int32) {
        let k = Self.normalise(key)
        var i = Int(truncatingIfNeeded: k) & mask
        while slots[i] != 0 && slots[i] != k { i = (i + 1) & mask }
        if slots[i] == 0 { count += 1 }
        slots[i] = k
        rows[i] = row
    }

    /// The row of `key`, or -1.
    ///
    /// - Complexity: O(1) expected.
    @inline(__always)
    func row(_ key: UInt64) -> Int32 {
        let k = Self.normalise(key)
        return slots.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: k) & mask
            while true {
                let s = slots[i]
                if s == k { return rows[i] }
                if s == 0 { return -1 }
                i = (i + 1) & mask
            }
        }
    }
}
