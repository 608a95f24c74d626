/// Trains a ``TaggerModel`` on gold sentences with an averaged perceptron.
///
/// For each token the dictionary proposes readings; the gold reading is the one whose lemma
/// equals the gold lemma and whose tag shares most grammemes with the gold VESUM tag (VESUM
/// names such as `v_zna` map to the dictionary's through its grammeme aliases). Tokens whose
/// gold lemma is not among the readings, and tokens with one reading, are not learnt from.
///
/// ```swift
/// let model = TaggerTrainer(epochs: 5).train(on: sentences, analyzer: analyzer)
/// try model.write(to: "Sources/LitopysMorph/Resources/tagger.model")
/// ```
public struct TaggerTrainer: Sendable {
    /// Passes over the data. The default is 5.
    public var epochs: Int
    /// log2 of the weight table size. The default is 21.
    public var hashBits: Int

    /// Makes a trainer.
    public init(epochs: Int = 5, hashBits: Int = 21) {
        self.epochs = epochs
        self.hashBits = hashBits
    }

    /// The gold candidate of `token` among the pool's candidates of `entry`, or -1.
    static func gold(_ token: GoldToken, entry: Int, pool: borrowing CandidatePool) -> Int {
        let tags = pool.analyzer.dictionary.tags
        let goldSet = tags.set(of: token.tag.split(separator: ":").map(String.init))
        let goldLemma = normalizeLemma(token.lemma)
        let start = Int(pool.entryStarts[entry])
        var best = -1
        var bestScore = Int.min
        for c in start..<(start + Int(pool.entryCounts[entry])) {
            guard normalizeLemma(pool.lemma(c)) == goldLemma else { continue }
            let set = tags.sets[Int(pool.candidates[c].tagID)]
            let score = set.intersectionCount(goldSet) * 2 - set.count
            if score > bestScore {
                best = c
                bestScore = score
            }
        }
        return best
    }

    /// Lemmas compared case-insensitively, with one apostrophe.
    static func normalizeLemma(_ lemma: String) -> String {
        LookupKey(lemma).bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    /// Trains on `sentences`; `progress` is called after each epoch with (epoch, accuracy on
    /// ambiguous learnable tokens).
    public func train(
        on sentences: [[GoldToken]], analyzer: MorphAnalyzer, progress: (Int, Double) -> Void = { _, _ in }
    ) -> TaggerModel {
        var pool = CandidatePool(analyzer: analyzer)
        // Analyse once: entries and gold candidates per sentence.
        var entries: [ContiguousArray<Int32>] = []
        var golds: [ContiguousArray<Int32>] = []
        for sentence in sentences {
            var e = ContiguousArray<Int32>()
            var g = ContiguousArray<Int32>()
            for token in sentence {
                let entry = pool.entry(for: token.word)
                e.append(Int32(entry))
                g.append(Int32(Self.gold(token, entry: entry, pool: pool)))
            }
            entries.append(e)
            golds.append(g)
        }
        let size = 1 << hashBits
        let mask = UInt64(size - 1)
        var weights = ContiguousArray<Float>(repeating: 0, count: size)
        var totals = ContiguousArray<Double>(repeating: 0, count: size)
        var stamps = ContiguousArray<Int32>(repeating: 0, count: size)
        var now: Int32 = 1
        var order = Array(sentences.indices)
        var generator = SplitMix(seed: 42)
        let featureCount = FeatureTemplate.allCases.count
        var features = [UInt64](repeating: 0, count: featureCount)
        var slots = [Int](repeating: 0, count: Disambiguator.slotCount)
        var goldSlots = [Int](repeating: 0, count: Disambiguator.slotCount)
        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &generator)
            var correct = 0
            var total = 0
            for s in order {
                let sentenceEntries = entries[s]
                let sentenceGolds = golds[s]
                var chosen = ContiguousArray<Int32>(repeating: 0, count: sentenceEntries.count)
                for i in sentenceEntries.indices {
                    let e = Int(sentenceEntries[i])
                    let start = Int(pool.entryStarts[e])
                    let count = Int(pool.entryCounts[e])
                    let gold = Int(sentenceGolds[i])
                    if count == 1 {
                        chosen[i] = Int32(start)
                        continue
                    }
                    sentenceEntries.withUnsafeBufferPointer { entryBuffer in
                        chosen.withUnsafeBufferPointer { chosenBuffer in
                            features.withUnsafeMutableBufferPointer { out in
                                Disambiguator.features(i, entries: entryBuffer, chosen: chosenBuffer, pool: pool, out: out)
                            }
                        }
                    }
                    var best = start
                    var bestScore = -Float.infinity
                    for c in start..<(start + count) {
                        let n = features.withUnsafeBufferPointer { f in
                            slots.withUnsafeMutableBufferPointer { out in
                                Disambiguator.slots(candidate: c, features: f, pool: pool, mask: mask, out: out)
                            }
                        }
                        var score: Float = 0
                        for k in 0..<n { score += weights[slots[k]] }
                        if score > bestScore {
                            best = c
                            bestScore = score
                        }
                    }
                    if gold >= 0 {
                        total += 1
                        if best == gold
                            || pool.candidates[best].tagID == pool.candidates[gold].tagID
                                && pool.candidates[best].plainLemma == pool.candidates[gold].plainLemma
                        {
                            correct += 1
                        } else {
                            let n = features.withUnsafeBufferPointer { f in
                                goldSlots.withUnsafeMutableBufferPointer { out in
                                    Disambiguator.slots(candidate: gold, features: f, pool: pool, mask: mask, out: out)
                                }
                            }
                            _ = features.withUnsafeBufferPointer { f in
                                slots.withUnsafeMutableBufferPointer { out in
                                    Disambiguator.slots(candidate: best, features: f, pool: pool, mask: mask, out: out)
                                }
                            }
                            for k in 0..<n {
                                for (slot, delta) in [(goldSlots[k], Float(1)), (slots[k], Float(-1))] {
                                    totals[slot] += Double(now - stamps[slot]) * Double(weights[slot])
                                    stamps[slot] = now
                                    weights[slot] += delta
                                }
                            }
                        }
                        // Greedy decoding with the gold history teaches the features of
                        // correct neighbours; with the predicted one, of real tagging.
                        chosen[i] = Int32(best)
                        now += 1
                    } else {
                        chosen[i] = Int32(best)
                    }
                }
            }
            progress(epoch, total > 0 ? Double(correct) / Double(total) : 0)
        }
        // Average, then quantise to Int16.
        var averaged = ContiguousArray<Float>(repeating: 0, count: size)
        var largest: Float = 0
        for i in 0..<size {
            let total = totals[i] + Double(now - stamps[i]) * Double(weights[i])
            averaged[i] = Float(total / Double(now))
            largest = max(largest, abs(averaged[i]))
        }
        let scale = largest > 0 ? largest / 32767 : 1
        var quantised = ContiguousArray<Int16>(repeating: 0, count: size)
        for i in 0..<size { quantised[i] = Int16(clamping: Int((averaged[i] / scale).rounded())) }
        let tags = analyzer.dictionary.tags
        return TaggerModel(
            hashBits: hashBits, weights: quantised, scale: scale, tagCount: tags.names.count, tagHash: TaggerModel.tagHash(tags.names))
    }
}

/// A small seeded generator, so training is reproducible.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return FeatureHash.mix(state)
    }
}
