import LitopysMorph

extension NERModel {
    /// Scratch buffers for tagging, sized to the longest sentence seen; reused across
    /// sentences so that decoding allocates nothing per token.
    struct Scratch {
        var keys: ContiguousArray<UInt64>
        /// The contribution entry of each token of the sentence.
        var entries: ContiguousArray<Int32> = []
        /// One token's integer label scores.
        var sums: ContiguousArray<Int32> = []
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
            if entries.count < n { entries = ContiguousArray(repeating: 0, count: max(n, 64)) }
            if sums.count < l { sums = ContiguousArray(repeating: 0, count: l) }
        }
    }

    /// BIO label ids for every token of `input`. Shape: `[tokenCount]`.
    ///
    /// A stacked model tags with its first stage, then again with the first stage's labels
    /// as ``DocumentHints``.
    func tag(_ input: TaggingInput) -> ContiguousArray<UInt8> {
        var atoms = extractor.atoms(for: input)
        guard let first = firstStage?.model else { return tagOnce(input, atoms: atoms) }
        // Both stages read the same atoms (the first reads no hint): computed once, and the
        // hints then fill their column.
        let width = TokenAttribute.count
        let stemColumn = TokenAttribute.stem.column
        let stems = ContiguousArray((0..<input.tokenCount).lazy.map { atoms[$0 * width + stemColumn] })
        let hints = DocumentHints(input: input, labels: first.firstStageLabels(input, atoms: atoms), stems: stems)
        let hintColumn = TokenAttribute.documentHint.column
        for i in 0..<input.tokenCount { atoms[i * width + hintColumn] = hints.documentTypes[i] }
        return tagOnce(input, atoms: atoms)
    }

    /// BIO label ids for every token of `input` from this model alone.
    ///
    /// A token's score for a label is the sum of its features' weights. The features that
    /// read one token only (its word, stem, suffixes, shape, … and those of a neighbour)
    /// depend on nothing but that token's atoms, so their sums are kept per distinct token
    /// (``TokenContributions``) and reused wherever the token recurs; only the features that
    /// combine two tokens are looked up for every position.
    ///
    /// - Complexity: O(tokens × (multi-token templates × labels + labels²)), plus
    ///   O(single-token templates × labels) per token not seen before.
    func tagOnce(_ input: TaggingInput) -> ContiguousArray<UInt8> {
        tagOnce(input, atoms: extractor.atoms(for: input))
    }

    /// What a stacked model's first stage says of each token; training and tagging both take
    /// the first stage's labels from here. (Each token's best label alone, without Viterbi,
    /// was tried: the hints got noisier and the gain of stacking was lost.)
    func firstStageLabels(_ input: TaggingInput, atoms: ContiguousArray<UInt64>? = nil) -> ContiguousArray<UInt8> {
        tagOnce(input, atoms: atoms ?? extractor.atoms(for: input))
    }

    /// ``tagOnce(_:)`` with the atoms of `input` computed already.
    func tagOnce(_ input: TaggingInput, atoms: ContiguousArray<UInt64>) -> ContiguousArray<UInt8> {
        var labels = ContiguousArray<UInt8>(repeating: 0, count: input.tokenCount)
        var scratch = Scratch(templateCount: extractor.templateCount)
        let l = labelCount
        let scale = weightScale
        let reach = FeatureExtractor.reach
        let stride = (2 * reach + 1) * l
        // Empty for a model whose transitions do not depend on the token.
        let classes = transitionClassCount > 1 ? TransitionClasses.classes(of: input) : []
        contributions.withStore { store in
        atoms.withUnsafeBufferPointer { atoms in
            for s in 0..<input.sentenceCount {
                let sentence = input.sentence(s)
                let n = sentence.count
                if n == 0 { continue }
                scratch.reserve(tokens: n, labels: l)
                // The contribution entry of every token of the sentence.
                for k in 0..<n {
                    let u = sentence.lowerBound + k
                    let h = extractor.rowHash(atoms: atoms, token: u)
                    if let e = store.index.id(of: h) {
                        scratch.entries[k] = e
                        continue
                    }
                    let base = store.vectors.count
                    store.vectors.append(contentsOf: repeatElement(0, count: stride))
                    for o in -reach...reach {
                        let count = scratch.keys.withUnsafeMutableBufferPointer { keys in
                            extractor.singleTokenKeys(atoms: atoms, token: u, offset: o, into: keys)
                        }
                        add(keys: scratch.keys, count: count, into: &store.vectors, at: base + (o + reach) * l)
                    }
                    scratch.entries[k] = store.index.insert(h)
                }
                for k in 0..<n {
                    // The cached sums of the token and its neighbours, through raw pointers so
                    // that the label loops vectorise.
                    scratch.sums.withUnsafeMutableBufferPointer { sums in
                        let sums = sums.baseAddress!
                        store.vectors.withUnsafeBufferPointer { vectors in
                            paddingSums.withUnsafeBufferPointer { padding in
                                for y in 0..<l { sums[y] = 0 }
                                for o in -reach...reach {
                                    let j = k + o
                                    let row = (o + reach) * l
                                    let source: UnsafePointer<Int32>
                                    if j >= 0 && j < n {
                                        source = vectors.baseAddress! + (Int(scratch.entries[j]) * stride + row)
                                    } else {
                                        source = padding.baseAddress! + row
                                    }
                                    for y in 0..<l { sums[y] &+= source[y] }
                                }
                            }
                        }
                    }
                    let count = scratch.keys.withUnsafeMutableBufferPointer { keys in
                        extractor.multiTokenKeys(atoms: atoms, sentence: sentence, token: sentence.lowerBound + k, into: keys)
                    }
                    add(keys: scratch.keys, count: count, into: &scratch.sums, at: 0)
                    // Sums of the quantised weights are exact integers; scaled once here.
                    scratch.emissions.withUnsafeMutableBufferPointer { emissions in
                        scratch.sums.withUnsafeBufferPointer { sums in
                            for y in 0..<l { emissions[k * l + y] = Float(sums[y]) * scale }
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
                                        classes.withUnsafeBufferPointer { classes in
                                            Viterbi.decode(
                                                n: n, labels: l, emissions: emissions, transitions: transitions,
                                                classes: classes.isEmpty ? nil : UnsafeBufferPointer(rebasing: classes[sentence]),
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
        }
        }
        return labels
    }

    /// Adds the weights of the first `count` keys to `sums[offset ..< offset + labelCount]`.
    ///
    /// All rows are found first (``FeatureTable/rows(of:count:into:)``), then their weights
    /// are added: the loads of different keys do not wait on one another.
    @inline(__always)
    func add(keys: ContiguousArray<UInt64>, count: Int, into sums: inout ContiguousArray<Int32>, at offset: Int) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: max(count, 1)) { places in
            keys.withUnsafeBufferPointer { keys in
                table.rows(of: keys.baseAddress!, count: count, into: places.baseAddress!)
            }
            weights.withUnsafeBufferPointer { w in
                sums.withUnsafeMutableBufferPointer { sums in
                    for i in 0..<count {
                        let place = places[i]
                        if place < 0 { continue }
                        let start = place >> 5
                        for e in start..<(start + place & 31) {
                            let entry = w[e]
                            sums[offset + Int(entry >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry)))
                        }
                    }
                }
            }
        }
    }
}
