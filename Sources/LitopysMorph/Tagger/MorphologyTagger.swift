import Foundation
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
    /// Analyses of the words seen by earlier calls, reused by the next call that finds the
    /// cache free (a call running while another holds it uses a cache of its own).
    private let cache: SharedCache

    /// Makes a tagger; checks that `model` was trained on this dictionary's tags.
    public init(analyzer: MorphAnalyzer, model: TaggerModel?) throws(MorphError) {
        if let model { try model.check(against: analyzer.dictionary.tags) }
        self.analyzer = analyzer
        self.model = model
        let tags = analyzer.dictionary.tags
        partOfSpeechNames = tags.names.indices.map { tags.partOfSpeechName($0) }
        // Without a model only each word's first reading is read: the pool skips the features.
        cache = SharedCache(pool: CandidatePool(analyzer: analyzer, features: model != nil))
    }

    /// Loads the dictionary (downloading it when `download` is true) and the bundled model.
    public init(location: DictionaryLocation = DictionaryLocation(), download: Bool = false) throws(MorphError) {
        try self.init(analyzer: MorphAnalyzer(location: location, download: download), model: TaggerModel.bundled())
    }

    /// Fills `document`'s ``MorphologyLayer``.
    ///
    /// - Complexity: O(tokens); each distinct word is analysed once per call.
    public func tag(_ document: inout Document) {
        cache.withPool(analyzer: analyzer) { pool in tag(&document, pool: &pool) }
    }

    /// Tags several documents.
    public func tag(_ documents: inout [Document]) {
        cache.withPool(analyzer: analyzer) { pool in
            for i in documents.indices { tag(&documents[i], pool: &pool) }
        }
    }

    /// The chosen reading of each word of one sentence.
    ///
    /// ```swift
    /// tagger.tag(words: ["Рада", "ухвалила", "закон"]).map(\.lemma)   // ["рада", "ухвалити", "закон"]
    /// ```
    public func tag(words: [String]) -> [MorphAnalysis] {
        var result: [MorphAnalysis] = []
        cache.withPool(analyzer: analyzer) { pool in
            let entries = ContiguousArray(words.map { Int32(pool.entry(for: $0)) })
            let chosen = choose(entries: entries, pool: pool)
            result = chosen.map { pool.reading(Int($0)) }
        }
        return result
    }

    func tag(_ document: inout Document, pool: inout CandidatePool) {
        var layer = MorphologyLayer()
        layer.tagNames = analyzer.dictionary.tags.names
        layer.partOfSpeechNames = partOfSpeechNames
        let tokenCount = document.tokenCount
        layer.lemmaIDs.reserveCapacity(tokenCount)
        layer.tagIDs.reserveCapacity(tokenCount)
        pool.startDocument()
        var entries = ContiguousArray<Int32>()
        var chosen = ContiguousArray<Int32>()
        let starts = document.tokenStarts
        let ends = document.tokenEnds
        let bounds = document.sentenceBounds
        document.scalars.withUnsafeBufferPointer { scalars in
            for s in 0..<(bounds.count - 1) {
                let first = Int(bounds[s])
                let last = Int(bounds[s + 1])
                entries.removeAll(keepingCapacity: true)
                for t in first..<last {
                    let token = UnsafeBufferPointer(rebasing: scalars[Int(starts[t])..<Int(ends[t])])
                    entries.append(Int32(pool.entry(scalars: token)))
                }
                choose(entries: entries, pool: pool, into: &chosen)
                for k in 0..<chosen.count {
                    let c = Int(chosen[k])
                    // Proper names keep their capital (`Столтенберг`, `НАТО`); other capitalised
                    // nouns (`Москва`) and guesses too, except at the start of a sentence.
                    let candidate = pool.candidates[c]
                    let cased = candidate.isProperName || k > 0
                    let lemma = Int(cased ? candidate.casedLemma : candidate.plainLemma)
                    layer.lemmaIDs.append(pool.documentLemmaID(lemma, table: &layer.lemmaTable))
                    layer.tagIDs.append(candidate.tagID)
                }
            }
        }
        document[layer: MorphologyLayer.self] = layer
    }

    /// The chosen candidate (index into the pool) for each entry of one sentence.
    func choose(entries: ContiguousArray<Int32>, pool: borrowing CandidatePool) -> ContiguousArray<Int32> {
        var chosen = ContiguousArray<Int32>()
        choose(entries: entries, pool: pool, into: &chosen)
        return chosen
    }

    /// Writes the chosen candidate (index into the pool) for each entry of one sentence
    /// into `chosen`, reusing its storage.
    func choose(entries: ContiguousArray<Int32>, pool: borrowing CandidatePool, into chosen: inout ContiguousArray<Int32>) {
        chosen.removeAll(keepingCapacity: true)
        chosen.append(contentsOf: repeatElement(0, count: entries.count))
        guard let model else {
            for i in entries.indices { chosen[i] = pool.entryStarts[Int(entries[i])] }
            return
        }
        precondition(pool.hasFeatures, "a pool made without features cannot be scored by a model")
        let featureCount = FeatureTemplate.allCases.count
        let mask = model.mask
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: featureCount) { features in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: Disambiguator.slotCount) { slots in
              Disambiguator.pairs.withUnsafeBufferPointer { pairs in
                pool.atoms.withUnsafeBufferPointer { atoms in
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
                                        candidate: c, features: UnsafeBufferPointer(features), atoms: atoms, pairs: pairs,
                                        mask: mask, out: slots)
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
            }
        }
    }
}

/// The word cache a ``MorphologyTagger`` keeps between calls: one ``CandidatePool`` behind a
/// lock that is only tried, never waited for.
final class SharedCache: @unchecked Sendable {
    private let lock = NSLock()
    private var pool: CandidatePool
    /// Whether the pools keep the model's features (see ``CandidatePool/hasFeatures``); read
    /// without the lock, so kept apart from `pool`.
    private let features: Bool
    /// Entries after which the cache starts over, bounding its memory. The default is 100,000
    /// distinct words (about 90 MB; measured ~0.9 KB per word).
    static let limit = 100_000

    init(pool: CandidatePool) {
        self.pool = pool
        features = pool.hasFeatures
    }

    /// Runs `body` with the shared pool if no other call holds it, else with a fresh one.
    func withPool(analyzer: MorphAnalyzer, _ body: (inout CandidatePool) -> Void) {
        if lock.try() {
            defer { lock.unlock() }
            if pool.count > Self.limit { pool = CandidatePool(analyzer: analyzer, features: features) }
            body(&pool)
        } else {
            var local = CandidatePool(analyzer: analyzer, features: features)
            body(&local)
        }
    }
}
