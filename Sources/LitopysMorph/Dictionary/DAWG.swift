/// A read-only double-array DAWG (the `dawgdic` format used by DAWG-Python and pymorphy3),
/// read straight from a memory-mapped file.
///
/// Layout of the file:
///
/// ```
/// ┌───────────┬──────────────────────┬───────────┬──────────────────────────┐
/// │ UInt32 n  │ n × UInt32 units     │ UInt32 g  │ g × (child UInt8,        │
/// │           │ (the automaton)      │           │      sibling UInt8) guide│
/// └───────────┴──────────────────────┴───────────┴──────────────────────────┘
/// ```
///
/// A unit packs: bit 31 "is leaf", bits 0–7 the label of the transition into it, bit 8
/// "has a leaf child", bit 9 "extended offset", bits 10–31 the offset to its children.
/// Moving from unit `i` by byte `b` goes to `i ^ offset(i) ^ b` if that unit's label is `b`.
/// The guide records, per unit, the label of its first child and of its next sibling, which
/// is what enumerating the keys under a prefix needs.
///
/// Payload DAWGs (`BytesDAWG`) store `key 0x01 base64(payload)`; several payloads per key
/// are several completions after the separator.
struct DAWG: @unchecked Sendable {  // read-only views into a MappedFile it keeps alive
    private let file: MappedFile
    /// The units. Shape: `[unitCount]`.
    private let units: UnsafePointer<UInt32>
    private let unitCount: Int
    /// The guide. Shape: `[unitCount × 2]` (child label, sibling label).
    private let guide: UnsafePointer<UInt8>
    private let guideCount: Int

    /// The separator between a key and its base64 payloads.
    static let payloadSeparator: UInt8 = 0x01

    /// Reads the DAWG in `file`; throws when the sizes in the header do not fit the file.
    init(file: MappedFile) throws(MorphError) {
        self.file = file
        let bytes = file.bytes
        let corrupt = MorphError(.dictionaryCorrupt, "Dictionary file \(file.path) is truncated or not a DAWG. Delete it and run `litopys setup` again.")
        guard bytes.count >= 8, let base = bytes.baseAddress else { throw corrupt }
        let n = Int(file.uint32(at: 0))
        guard n > 0, 4 + n * 4 + 4 <= bytes.count else { throw corrupt }
        let g = Int(file.uint32(at: 4 + n * 4))
        guard 8 + n * 4 + g * 2 <= bytes.count else { throw corrupt }
        // The file is mmapped at a page boundary, so offset 4 is 4-byte aligned.
        units = (base + 4).assumingMemoryBound(to: UInt32.self)
        unitCount = n
        guide = (base + 8 + n * 4).assumingMemoryBound(to: UInt8.self)
        guideCount = g
    }

    /// The root unit.
    static let root: UInt32 = 0

    @inline(__always) private func unit(_ index: UInt32) -> UInt32 {
        let i = Int(index)
        return i < unitCount ? UInt32(littleEndian: units[i]) : 0
    }

    @inline(__always) private static func offset(_ base: UInt32) -> UInt32 {
        (base >> 10) << ((base & (1 << 9)) >> 6)
    }

    @inline(__always) private static func hasLeaf(_ base: UInt32) -> Bool { base & (1 << 8) != 0 }

    /// Follows the transition labelled `byte` from unit `index`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    func follow(_ byte: UInt8, from index: UInt32) -> UInt32? {
        let next = index ^ DAWG.offset(unit(index)) ^ UInt32(byte)
        guard Int(next) < unitCount, unit(next) & ((1 << 31) | 0xFF) == UInt32(byte) else { return nil }
        return next
    }

    /// Follows the transitions of `bytes` from `index`.
    ///
    /// - Complexity: O(`bytes.count`).
    @inline(__always)
    func follow<C: Sequence>(_ bytes: C, from index: UInt32) -> UInt32? where C.Element == UInt8 {
        var index = index
        for byte in bytes {
            guard let next = follow(byte, from: index) else { return nil }
            index = next
        }
        return index
    }

    /// Whether a key ends at unit `index`.
    @inline(__always)
    func hasValue(_ index: UInt32) -> Bool { DAWG.hasLeaf(unit(index)) }

    @inline(__always) private func guideChild(_ index: UInt32) -> UInt8 {
        let i = Int(index) * 2
        return i < guideCount * 2 ? guide[i] : 0
    }

    @inline(__always) private func guideSibling(_ index: UInt32) -> UInt8 {
        let i = Int(index) * 2 + 1
        return i < guideCount * 2 ? guide[i] : 0
    }

    /// Calls `body` with every key suffix that completes a key from unit `start`, in key order.
    ///
    /// The suffix buffer is only valid during the call. Keys deeper than 64 bytes are not
    /// enumerated (payloads here are at most 12 base64 bytes).
    ///
    /// - Complexity: O(size of the subtree under `start`); no heap allocation.
    func forEachCompletion(from start: UInt32, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard guideCount > 0 else { return }
        let capacity = 64
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity + 1) { stack in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { key in
                var depth = 0  // stack[0 ... depth] holds the path; key[0 ..< depth] its labels
                stack[0] = start
                var first = true
                while true {
                    var index = stack[depth]
                    if !first {
                        let child = guideChild(index)
                        if child != 0 {
                            guard depth < capacity, let next = follow(child, from: index) else { return }
                            key[depth] = child
                            depth += 1
                            stack[depth] = next
                            index = next
                        } else {
                            while true {
                                let sibling = guideSibling(index)
                                if depth == 0 { return }
                                depth -= 1
                                index = stack[depth]
                                if sibling != 0 {
                                    guard let next = follow(sibling, from: index) else { return }
                                    key[depth] = sibling
                                    depth += 1
                                    stack[depth] = next
                                    index = next
                                    break
                                }
                            }
                        }
                    }
                    first = false
                    // Descend to the first terminal.
                    while !hasValue(index) {
                        let child = guideChild(index)
                        guard depth < capacity, let next = follow(child, from: index) else { return }
                        key[depth] = child
                        depth += 1
                        stack[depth] = next
                        index = next
                    }
                    body(UnsafeBufferPointer(start: key.baseAddress, count: depth))
                }
            }
        }
    }

    /// Calls `body` with each decoded payload stored under the unit `index` that follows a
    /// key's payload separator.
    ///
    /// - Complexity: O(number of payloads × payload length); no heap allocation.
    @inline(__always)
    func forEachPayload(at index: UInt32, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { decoded in
            forEachCompletion(from: index) { encoded in
                let count = Base64.decode(encoded, into: decoded)
                body(UnsafeBufferPointer(start: decoded.baseAddress, count: count))
            }
        }
    }
}

/// A minimal standard-alphabet base64 decoder for DAWG payloads.
enum Base64 {
    /// The 6-bit value of the base64 character `char`, or 0xFF outside the alphabet. Computed
    /// rather than read from a global table, whose lazy initialisation is checked on every use.
    @inline(__always)
    static func value(_ char: UInt8) -> UInt8 {
        switch char {
        case 0x41...0x5A: return char - 0x41  // A-Z
        case 0x61...0x7A: return char - 0x61 + 26  // a-z
        case 0x30...0x39: return char - 0x30 + 52  // 0-9
        case 0x2B: return 62  // +
        case 0x2F: return 63  // /
        default: return 0xFF
        }
    }

    /// Decodes `input` into `output`, returning the number of bytes written; stops at `=`
    /// or when `output` is full, and skips bytes outside the alphabet.
    static func decode(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var accumulator: UInt32 = 0
        var bits = 0
        var count = 0
        for char in input {
            if char == UInt8(ascii: "=") { break }
            let value = value(char)
            if value == 0xFF { continue }
            accumulator = (accumulator << 6) | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                guard count < output.count else { return count }
                output[count] = UInt8((accumulator >> UInt32(bits)) & 0xFF)
                count += 1
            }
        }
        return count
    }
}
