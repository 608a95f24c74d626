import LitopysText

/// The morphology stage: picks one reading (lemma and tag) for every token in context.
///
/// Requires segmentation (tokens and sentences). Sets ``MorphologyLayer``. With a
/// ``TaggerModel`` it chooses among the dictionary's readings with an averaged perceptron
/// (word, ending and neighbour features); without one it takes each word's first reading.
///
/// ```swift
/// let tagger = try MorphologyTagger()      // dictionary from the cache, bundled model
/// tagger.tag(&document)
/// document[layer: MorphologyLayer.self].lemma(0)
/// ```
public struct MorphologyTagger: Sendable {
    /// The analyzer that proposes readings.
    public let analyzer: MorphAnalyzer
    /// The disambiguation model, or nil for first-reading choice.
    public let model: TaggerModel?
    private let partOfSpeechNames: [String]

    /// Makes a tagger; checks that `model` was trained on this dictionary's tags.
    public init(analyzer: MorphAnalyzer, model: TaggerModel?) throws(MorphError) {
        if let model { try model.check(against: analyzer.dictionary.tags) }
        self.analyzer = analyzer
        self.model = model
        let tags = analyzer.dictionary.tags
        partOfSpeechNames = tags.names.indices.map { tags.partOfSpeechName($0) }
    }

    /// Loads the dictionary (downloading it when `download` is true) and the bundled model.
    public init(location: DictionaryLocation = DictionaryLocation(), download: Bool = false) throws(MorphError) {
        try self.init(analyzer: MorphAnalyzer(location: location, download: download), model: TaggerModel.bundled())
    }

    /// Fills `document`'s ``MorphologyLayer``.
    ///
    /// - Complexity: O(tokens); each distinct word is analysed once per call.
    public func tag(_ document: inout Document) {
        var pool = CandidatePool(analyzer: analyzer)
        tag(&document, pool: &pool)
    }

    /// Tags several documents, sharing the analyses of words they have in common.
    public func tag(_ documents: inout [Document]) {
        var pool = CandidatePool(analyzer: analyzer)
        for i in documents.indices { tag(&documents[i], pool: &pool) }
    }

    /// The chosen reading of each word of one sentence.
    ///
    /// ```swift
    /// tagger.tag(words: ["Рада", "ухвалила", "закон"]).map(\.lemma)   // ["рада", "ухвалити", "закон"]
    /// ```
    public func tag(words: [String]) -> [MorphAnalysis] {
        var pool = CandidatePool(analyzer: analyzer)
        let entries = ContiguousArray(words.map { Int32(pool.entry(for: $0)) })
        let chosen = choose(entries: entries, pool: pool)
        return chosen.map { pool.readings[Int($0)] }
    }

    func tag(_ document: inout Document, pool: inout CandidatePool) {
        var layer = MorphologyLayer()
        layer.tagNames = analyzer.dictionary.tags.names
        layer.partOfSpeechNames = partOfSpeechNames
        let tokenCount = document.tokenCount
        layer.lemmaIDs.reserveCapacity(tokenCount)
        layer.tagIDs.reserveCapacity(tokenCount)
        var lemmaIndex: [String: Int32] = [:]
        var entries = ContiguousArray<Int32>()
        for s in 0..<document.sentenceCount {
            let first = Int(document.sentenceBounds[s])
            let last = Int(document.sentenceBounds[s + 1])
            entries.removeAll(keepingCapacity: true)
            for t in first..<last { entries.append(Int32(pool.entry(for: document.tokenText(t)))) }
            let chosen = choose(entries: entries, pool: pool)
            for (k, c) in chosen.enumerated() {
                let c = Int(c)
                var lemma = pool.lemmas[c]
                let casing = pool.casings[Int(entries[k])]
                // Proper names keep their capital in the lemma (`Київ`, `Столтенберг`, `НАТО`).
                if casing != 0, pool.properNames[c] || (k > 0 && pool.sources[c] == .suffix) {
                    lemma = casing == 2 && pool.readings[c].isAbbreviation ? lemma.uppercased() : lemma.prefix(1).uppercased() + lemma.dropFirst()
                }
                let id: Int32
                if let found = lemmaIndex[lemma] {
                    id = found
                } else {
                    id = Int32(layer.lemmaTable.count)
                    layer.lemmaTable.append(lemma)
                    lemmaIndex[lemma] = id
                }
                layer.lemmaIDs.append(id)
                layer.tagIDs.append(pool.tagIDs[c])
            }
        }
        document[layer: MorphologyLayer.self] = layer
    }

    /// The chosen candidate (index into the pool) for each entry of one sentence.
    func choose(entries: ContiguousArray<Int32>, pool: borrowing CandidatePool) -> ContiguousArray<Int32> {
        var chosen = ContiguousArray<Int32>(repeating: 0, count: entries.count)
        guard let model else {
            for i in entries.indices { chosen[i] = pool.entryStarts[Int(entries[i])] }
            return chosen
        }
        let featureCount = FeatureTemplate.allCases.count
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: featureCount) { features in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: Disambiguator.slotCount) { slots in
                entries.withUnsafeBufferPointer { entryBuffer in
                    chosen.withUnsafeMutableBufferPointer { chosenBuffer in
                        model.weights.withUnsafeBufferPointer { weights in
                            for i in 0..<entryBuffer.count {
                                let e = Int(entryBuffer[i])
                                let start = Int(pool.entryStarts[e])
                                let count = Int(pool.entryCounts[e])
                                if count == 1 {
                                    chosenBuffer[i] = Int32(start)
                                    continue
                                }
                                Disambiguator.features(
                                    i, entries: entryBuffer, chosen: UnsafeBufferPointer(chosenBuffer), pool: pool,
                                    out: features)
                                var best = start
                                var bestScore = Int.min
                                for c in start..<(start + count) {
                                    let n = Disambiguator.slots(
                                        candidate: c, features: UnsafeBufferPointer(features), pool: pool, mask: model.mask,
                                        out: slots)
                                    var score = 0
                                    for k in 0..<n { score &+= Int(weights[slots[k]]) }
                                    if score > bestScore {
                                        best = c
                                        bestScore = score
                                    }
                                }
                                chosenBuffer[i] = Int32(best)
                            }
                        }
                    }
                }
            }
        }
        return chosen
    }
}
