extension NERModel {
    /// Scratch buffers for tagging, sized to the longest sentence seen; reused across
    /// sentences so that decoding allocates nothing per token.
    struct Scratch {
        var keys: ContiguousArray<UInt64>
        /// The weight rows found for one token's keys.
        var rows: ContiguousArray<Int32>
        var emissions: ContiguousArray<Float> = []
        var scores: ContiguousArray<Float> = []
        var back: ContiguousArray<UInt8> = []

        init(templateCount: Int) {
            keys = ContiguousArray(repeating: 0, count: templateCount)
            rows = ContiguousArray(repeating: 0, count: templateCount)
        }

        mutating func reserve(tokens n: Int, labels l: Int) {
            if emissions.count < n * l {
                let size = max(n * l, 64 * l)
                emissions = ContiguousArray(repeating: 0, count: size)
                scores = ContiguousArray(repeating: 0, count: size)
                back = ContiguousArray(repeating: 0, count: size)
            }
        }
    }

    /// BIO label ids for every token of `input`. Shape: `[tokenCount]`.
    ///
    /// - Complexity: O(tokens × (templates × labels + labels²)).
    func tag(_ input: TaggingInput) -> ContiguousArray<UInt8> {
        let atoms = extractor.atoms(for: input)
        var labels = ContiguousArray<UInt8>(repeating: 0, count: input.tokenCount)
        var scratch = Scratch(templateCount: extractor.templateCount)
        let l = labelCount
        let scale = weightScale
        atoms.withUnsafeBufferPointer { atoms in
            for s in 0..<input.sentenceCount {
                let sentence = input.sentence(s)
                let n = sentence.count
                if n == 0 { continue }
                scratch.reserve(tokens: n, labels: l)
                scratch.emissions.withUnsafeMutableBufferPointer { emissions in
                    scratch.keys.withUnsafeMutableBufferPointer { keys in
                        weights.withUnsafeBufferPointer { w in
                          do {
                          scratch.rows.withUnsafeMutableBufferPointer { rows in
                            for k in 0..<n {
                                let token = sentence.lowerBound + k
                                extractor.keys(atoms: atoms, sentence: sentence, token: token, into: keys)
                                let out = k * l
                                for y in 0..<l { emissions[out + y] = 0 }
                                // First all the lookups, which are independent, so that their
                                // cache misses overlap; then the sums.
                                var found = 0
                                for key in keys {
                                    let row = table.row(key)
                                    rows[found] = Int32(truncatingIfNeeded: row)
                                    found &+= row >= 0 ? 1 : 0
                                }
                                // Sums of the quantised weights are whole numbers far below
                                // 2^24, so adding them as floats is exact; scaled once at the end.
                                for r in 0..<found {
                                    let place = Int(rows[r])
                                    let start = place >> 5
                                    for e in start..<(start + place & 31) {
                                        let entry = w[e]
                                        emissions[out + Int(entry >> 16)] += Float(Int16(bitPattern: UInt16(truncatingIfNeeded: entry)))
                                    }
                                }
                                for y in 0..<l { emissions[out + y] *= scale }
                            }
                          }
                          }
                        }
                    }
                }
                scratch.emissions.withUnsafeBufferPointer { emissions in
                    transitions.withUnsafeBufferPointer { transitions in
                        scratch.scores.withUnsafeMutableBufferPointer { scores in
                            scratch.back.withUnsafeMutableBufferPointer { back in
                                labels.withUnsafeMutableBufferPointer { all in
                                  predecessors.withUnsafeBufferPointer { predecessors in
                                    predecessorStarts.withUnsafeBufferPointer { starts in
                                        let path = UnsafeMutableBufferPointer(rebasing: all[sentence])
                                        Viterbi.decode(
                                            n: n, labels: l, emissions: emissions, transitions: transitions,
                                            predecessors: predecessors, starts: starts, scores: scores, back: back, path: path)
                                    }
                                  }
                                }
                            }
                        }
                    }
                }
            }
        }
        return labels
    }
}
