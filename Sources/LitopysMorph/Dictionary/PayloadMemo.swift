/// Decoded readings of the words DAWG, remembered by the unit their payloads hang from.
///
/// The automaton merges equal endings, so all words with the same readings reach the same
/// payload unit (`сторінки` and `книжки` share theirs). A word cache that analyses many
/// words keeps one memo, so each such list is decoded from base64 once, not once per word.
struct PayloadMemo {
    /// Whether lists are remembered. A disabled memo (the default, for one-off analyses)
    /// stores and allocates nothing.
    let isEnabled: Bool
    /// Open addressing: the payload unit + 1 (0: empty). Shape: `[power of two]`.
    private var units = ContiguousArray<UInt32>()
    /// Per slot: where its pairs start in `pairs`, and how many (`start << 32 | count`).
    /// Shape: `[units.count]`.
    private var ranges = ContiguousArray<UInt64>()
    /// The remembered readings as `paradigm << 16 | form`, list after list.
    private(set) var pairs = ContiguousArray<UInt32>()
    private var count = 0

    /// A memo that remembers (`enabled`) or one that stores nothing.
    init(enabled: Bool = false) {
        isEnabled = enabled
        if enabled {
            units = ContiguousArray(repeating: 0, count: 1 << 12)
            ranges = ContiguousArray(repeating: 0, count: 1 << 12)
        }
    }

    /// The slot of payload unit `unit`: where it is, or where it would go.
    @inline(__always)
    private func slot(of unit: UInt32) -> Int {
        let mask = units.count - 1
        var slot = Int(truncatingIfNeeded: (UInt64(unit) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while units[slot] != 0 && units[slot] != unit &+ 1 { slot = (slot + 1) & mask }
        return slot
    }

    /// The positions in ``pairs`` of the list remembered for `unit`, or nil.
    @inline(__always)
    func pairRange(of unit: UInt32) -> Range<Int>? {
        let slot = slot(of: unit)
        guard units[slot] != 0 else { return nil }
        let range = ranges[slot]
        let start = Int(truncatingIfNeeded: range >> 32)
        return start..<(start + Int(truncatingIfNeeded: range & 0xFFFF_FFFF))
    }

    /// Appends one reading of the list being decoded (see ``remember(_:from:)``).
    @inline(__always)
    mutating func append(paradigm: Int, form: Int) {
        pairs.append(UInt32(truncatingIfNeeded: paradigm) << 16 | UInt32(truncatingIfNeeded: form & 0xFFFF))
    }

    /// Remembers the pairs appended since `start` as the list of `unit`, and returns their range.
    mutating func remember(_ unit: UInt32, from start: Int) -> Range<Int> {
        let slot = slot(of: unit)
        units[slot] = unit &+ 1
        ranges[slot] = UInt64(start) << 32 | UInt64(pairs.count - start)
        count += 1
        if count * 2 > units.count { grow() }
        return start..<pairs.count
    }

    private mutating func grow() {
        let oldUnits = units
        let oldRanges = ranges
        units = ContiguousArray(repeating: 0, count: oldUnits.count * 2)
        ranges = ContiguousArray(repeating: 0, count: oldUnits.count * 2)
        for i in oldUnits.indices where oldUnits[i] != 0 {
            let slot = slot(of: oldUnits[i] &- 1)
            units[slot] = oldUnits[i]
            ranges[slot] = oldRanges[i]
        }
    }
}
