extension NERModel {
    /// Scratch buffers for tagging, sized to the longest sentence seen; reused across
    /// sentences so that decoding allocates nothing per token.
    struct Scratch {
        var keys: ContiguousArray<UInt64>
        var emissions: ContiguousArray<Float> = []
        var scores: ContiguousArray<Float> = []
        var back: ContiguousArray<UInt8> = []

        init(templateCount: Int) {
            keys = ContiguousArray(repeating: 0, count: templateCount)
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
        atoms.withUnsafeBufferPointer { atoms in
            for s in 0..<input.sentenceCount {
                let sentence = input.sentence(s)
                let n = sentence.count
                if n == 0 { continue }
                scratch.reserve(tokens: n, labels: l)
                scratch.emissions.withUnsafeMutableBufferPointer { emissions in
                    scratch.keys.withUnsafeMutableBufferPointer { keys in
                        weights.withUnsafeBufferPointer { w in
                          rowStarts.withUnsafeBufferPointer { starts in
                            for k in 0..<n {
                                let token = sentence.lowerBound + k
                                extractor.keys(atoms: atoms, sentence: sentence, token: token, into: keys)
                                let out = k * l
                                for y in 0..<l { emissions[out + y] = 0 }
                                for key in keys {
                                    let row = table.row(key)
                                    if row < 0 { continue }
                                    for e in Int(starts[row])..<Int(starts[row + 1]) {
                                        let entry = w[e]
                                        emissions[out + Int(entry.label)] += entry.weight
                                    }
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
                                    let path = UnsafeMutableBufferPointer(rebasing: all[sentence])
                                    Viterbi.decode(
                                        n: n, labels: l, emissions: emissions, transitions: transitions,
                                        scores: scores, back: back, path: path)
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
