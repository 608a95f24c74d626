/// A map from 64-bit hashes to dense ids, by open addressing: the hashes are already well
/// mixed, so a lookup is one multiply-free probe sequence with no `Hasher` involved.
public struct HashIndex: Sendable {
    /// Slots: id + 1, or 0 when empty. Shape: `[power of two]`.
    private var slots = ContiguousArray<Int32>(repeating: 0, count: 1 << 10)
    /// The hash of each id. Shape: `[count]`.
    private var hashes = ContiguousArray<UInt64>()

    /// The number of hashes stored.
    public var count: Int { hashes.count }

    /// An empty index.
    public init() {}

    /// The id of `hash`, or nil.
    @inline(__always)
    public func id(of hash: UInt64) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if hashes[Int(entry) - 1] == hash { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `hash` (not present yet) under the next id, and returns that id.
    public mutating func insert(_ hash: UInt64) -> Int32 {
        let id = Int32(hashes.count)
        hashes.append(hash)
        if hashes.count * 2 > slots.count {
            slots = ContiguousArray(repeating: 0, count: slots.count * 2)
            for (k, h) in hashes.enumerated() { place(h, id: Int32(k)) }
        } else {
            place(hash, id: id)
        }
        return id
    }

    private mutating func place(_ hash: UInt64, id: Int32) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = id + 1
    }
}
