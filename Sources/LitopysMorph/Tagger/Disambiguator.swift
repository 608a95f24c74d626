/// Greedy left-to-right choice of one reading per token, scored by a ``TaggerModel``-shaped
/// weight table; shared by tagging (quantised weights) and training (float weights).
enum Disambiguator {
    /// Context features of token `i` of a sentence, given the entries of its words and the
    /// readings chosen so far. Writes `FeatureTemplate.allCases.count` hashes into `out`.
    ///
    /// - Complexity: O(1); no allocation.
    @inline(__always)
    static func features(
        _ i: Int, entries: UnsafeBufferPointer<Int32>, chosen: UnsafeBufferPointer<Int32>, pool: borrowing CandidatePool,
        out: UnsafeMutableBufferPointer<UInt64>
    ) {
        let e = Int(entries[i])
        let previous = i > 0 ? Int(entries[i - 1]) : -1
        let next = i + 1 < entries.count ? Int(entries[i + 1]) : -1
        let p1 = i > 0 ? Int(chosen[i - 1]) : -1
        let p2 = i > 1 ? Int(chosen[i - 2]) : -1
        let boundary: UInt64 = 0xB0B0
        out[0] = FeatureHash.mix(0x1234_5678)
        out[1] = FeatureHash.combine(1, pool.wordHashes[e])
        out[2] = FeatureHash.combine(2, pool.suffix2Hashes[e])
        out[3] = FeatureHash.combine(3, pool.suffix3Hashes[e])
        out[4] = FeatureHash.combine(4, previous >= 0 ? pool.wordHashes[previous] : boundary)
        out[5] = FeatureHash.combine(5, next >= 0 ? pool.wordHashes[next] : boundary)
        out[6] = FeatureHash.combine(6, p1 >= 0 ? UInt64(pool.candidates[p1].tagID) : boundary)
        out[7] = FeatureHash.combine(7, p1 >= 0 ? UInt64(pool.posCase[p1]) : boundary)
        out[8] = FeatureHash.combine(
            8, (p1 >= 0 ? UInt64(pool.posCase[p1] >> 8) : boundary) << 16 | (p2 >= 0 ? UInt64(pool.posCase[p2] >> 8) : boundary))
        out[9] = FeatureHash.combine(9, next >= 0 ? pool.classHashes[next] : boundary)
        out[10] = FeatureHash.combine(10, UInt64(pool.casings[e]) << 1 | (i == 0 ? 1 : 0))
        out[11] = FeatureHash.combine(11, FeatureHash.combine(pool.wordHashes[e], previous >= 0 ? pool.wordHashes[previous] : boundary))
    }

    /// The (template, atom) pairs scored, as `template << 8 | atom`, templates in order.
    static let pairs: ContiguousArray<UInt16> = {
        var pairs = ContiguousArray<UInt16>()
        for (t, template) in FeatureTemplate.allCases.enumerated() {
            for atom in template.atoms { pairs.append(UInt16(t) << 8 | UInt16(atom.rawValue)) }
        }
        return pairs
    }()

    /// The number of slots per candidate.
    static var slotCount: Int { pairs.count }

    /// The weight-table slots of candidate `c` under `features`: one per (template, atom)
    /// pair, `(feature ^ atom) & mask` (both already mixed hashes), written to `out`.
    ///
    /// - Complexity: O(`pairs.count`); no allocation.
    @inline(__always)
    static func slots(
        candidate c: Int, features: UnsafeBufferPointer<UInt64>, atoms: UnsafeBufferPointer<UInt64>,
        pairs: UnsafeBufferPointer<UInt16>, mask: UInt64, out: UnsafeMutableBufferPointer<Int>
    ) -> Int {
        let base = c * CandidatePool.atomCount
        for k in 0..<pairs.count {
            let pair = Int(pairs[k])
            out[k] = Int(truncatingIfNeeded: (features[pair >> 8] ^ atoms[base + (pair & 0xFF)]) & mask)
        }
        return pairs.count
    }

    /// ``slots(candidate:features:atoms:pairs:mask:out:)`` over a pool (for training).
    static func slots(
        candidate c: Int, features: UnsafeBufferPointer<UInt64>, pool: borrowing CandidatePool, mask: UInt64,
        out: UnsafeMutableBufferPointer<Int>
    ) -> Int {
        pool.atoms.withUnsafeBufferPointer { atoms in
            pairs.withUnsafeBufferPointer { pairs in
                slots(candidate: c, features: features, atoms: atoms, pairs: pairs, mask: mask, out: out)
            }
        }
    }
}
