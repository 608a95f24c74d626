/// An open-addressing hash table from 64-bit feature keys to weight-row numbers, built once
/// when a model loads and read on every token.
///
/// Layout: `slots` `[capacity]`, each slot one `UInt64` packing a 32-bit fingerprint of the
/// key (high half, never 0; 0 marks an empty slot) and the row number (low half); capacity
/// is a power of two at least twice the feature count; linear probing from the key's low
/// bits. One slot is one 8-byte load, so a lookup usually touches a single cache line.
/// Two keys with equal low bits and equal fingerprints would collide; at 2⁻³² per probe
/// that is negligible for the few hundred thousand features of a model.
///
/// Most keys a sentence asks for (rare words, unseen word pairs) are not in the model; a
/// presence bitmap of 8 bits per key (a quarter of a megabyte, which stays in cache)
/// answers for ~90% of those without touching the slots.
struct FeatureTable: Sendable {
    private var slots: ContiguousArray<UInt64>
    private let mask: Int
    /// One bit per hash bucket of the keys' high bits: set where some key falls.
    private var present: ContiguousArray<UInt64>
    private let presentMask: Int
    /// The number of keys.
    private(set) var count: Int = 0

    /// A table for the given keys; key `i` maps to row `i`.
    ///
    /// - Complexity: O(keys).
    init(keys: some Collection<UInt64>) {
        self.init(keys: keys, values: (0..<UInt32(keys.count)).lazy)
    }

    /// A table for the given keys; key `i` maps to `values[i]`.
    init(keys: some Collection<UInt64>, values: some Collection<UInt32>) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        slots = ContiguousArray(repeating: 0, count: capacity)
        mask = capacity - 1
        var bits = 1 << 12
        while bits < keys.count * 8 { bits <<= 1 }
        present = ContiguousArray(repeating: 0, count: bits / 64)
        presentMask = bits - 1
        for (key, value) in zip(keys, values) {
            insert(key, row: value)
            let bit = Self.presenceBit(key) & presentMask
            present[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    @inline(__always)
    private static func presenceBit(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 40) }

    @inline(__always)
    private static func fingerprint(_ key: UInt64) -> UInt64 { (key >> 32) | 1 }

    private mutating func insert(_ key: UInt64, row: UInt32) {
        let f = Self.fingerprint(key)
        var i = Int(truncatingIfNeeded: key) & mask
        while slots[i] != 0 && slots[i] >> 32 != f { i = (i + 1) & mask }
        if slots[i] == 0 { count += 1 }
        slots[i] = f << 32 | UInt64(row)
    }

    /// The rows of `count` keys at once (-1 for a missing key), written to `rows`.
    ///
    /// Same answers as ``row(_:)`` key by key, but the first slot of every key is loaded in
    /// one loop of independent loads before any is compared, so that the memory latencies of
    /// a token's keys overlap instead of adding up.
    @inline(__always)
    func rows(of keys: UnsafePointer<UInt64>, count: Int, into rows: UnsafeMutablePointer<Int>) {
        slots.withUnsafeBufferPointer { slots in
            present.withUnsafeBufferPointer { present in
                // First loads: the presence bit, then the home slot (0 where absent).
                for i in 0..<count {
                    let key = keys[i]
                    let bit = Self.presenceBit(key) & presentMask
                    let here = present[bit >> 6] & (1 << UInt64(bit & 63)) != 0
                    rows[i] = here ? Int(bitPattern: UInt(slots[Int(truncatingIfNeeded: key) & mask])) : 0
                }
                for i in 0..<count {
                    let first = UInt64(UInt(bitPattern: rows[i]))
                    if first == 0 {
                        rows[i] = -1
                        continue
                    }
                    let key = keys[i]
                    let f = Self.fingerprint(key)
                    if first >> 32 == f {
                        rows[i] = Int(truncatingIfNeeded: first & 0xFFFF_FFFF)
                        continue
                    }
                    // Collision at the home slot: probe on.
                    var j = (Int(truncatingIfNeeded: key) + 1) & mask
                    rows[i] = -1
                    while true {
                        let s = slots[j]
                        if s == 0 { break }
                        if s >> 32 == f {
                            rows[i] = Int(truncatingIfNeeded: s & 0xFFFF_FFFF)
                            break
                        }
                        j = (j + 1) & mask
                    }
                }
            }
        }
    }

    /// The row of `key`, or -1.
    ///
    /// - Complexity: O(1) expected.
    @inline(__always)
    func row(_ key: UInt64) -> Int {
        let bit = Self.presenceBit(key) & presentMask
        if present[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return -1 }
        let f = Self.fingerprint(key)
        return slots.withUnsafeBufferPointer { slots in
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let s = slots[i]
                if s >> 32 == f { return Int(truncatingIfNeeded: s & 0xFFFF_FFFF) }
                if s == 0 { return -1 }
                i = (i + 1) & mask
            }
        }
    }
}
