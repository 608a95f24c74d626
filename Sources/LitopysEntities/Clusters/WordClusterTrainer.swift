import Foundation

/// Learns ``WordClusters`` from unlabelled sentences by exchange clustering.
///
/// Each word is described by the words seen on its left and on its right. Words start in
/// classes dealt round-robin by frequency; then, pass after pass, every word moves to the
/// class under which the neighbours of all the class's words are most predictable (the
/// likelihood of the neighbours given the class), until almost no word moves. The fine
/// classes are then clustered the same way into coarse ones. Deterministic: the same
/// sentences give the same file.
public struct WordClusterTrainer: Sendable {
    /// The number of fine classes.
    public var fineCount = 1024
    /// The number of coarse classes.
    public var coarseCount = 128
    /// Words seen fewer times get no class (their contexts are too few to place them).
    public var minimumCount = 2
    /// How many of the most frequent words serve as distinct neighbours; the others count
    /// as one "rare word" neighbour.
    public var contextWords = 5000
    /// The most passes over the words.
    public var maximumPasses = 20

    /// A trainer with the default sizes.
    public init() {}

    /// The classes found: words by descending frequency, with their counts and classes.
    public struct Result: Sendable {
        /// Folded words, most frequent first.
        public var words: [String]
        /// How often each word occurred.
        public var counts: [Int]
        /// Fine class of each word.
        public var fine: [Int]
        /// Coarse class of each word.
        public var coarse: [Int]
        /// Passes made and words moved in the last pass, for the progress report.
        public var passes: Int

        /// The clusters file: comment lines from `header`, then `word<TAB>fine<TAB>coarse`.
        public func fileText(header: [String]) -> String {
            var text = header.map { "# " + $0 + "\n" }.joined()
            for i in words.indices { text += "\(words[i])\t\(fine[i])\t\(coarse[i])\n" }
            return text
        }
    }

    /// Clusters the words of `sentences`; `progress` hears one line per pass.
    public func train(sentences: [[String]], progress: (String) -> Void = { _ in }) -> Result {
        // Words to dense ids, and the text as one id stream with -1 between sentences.
        var ids: [String: Int32] = [:]
        var names: [String] = []
        var stream: [Int32] = [-1]
        for sentence in sentences {
            for word in sentence {
                let folded = Self.fold(word)
                if let id = ids[folded] {
                    stream.append(id)
                } else {
                    let id = Int32(names.count)
                    ids[folded] = id
                    names.append(folded)
                    stream.append(id)
                }
            }
            stream.append(-1)
        }
        var frequency = [Int](repeating: 0, count: names.count)
        for id in stream where id >= 0 { frequency[Int(id)] += 1 }
        let byFrequency = names.indices.sorted { frequency[$0] != frequency[$1] ? frequency[$0] > frequency[$1] : names[$0] < names[$1] }

        // Items are the words to cluster; features are neighbours (left, then right).
        var item = [Int32](repeating: -1, count: names.count)
        var itemWords: [Int] = []
        for w in byFrequency where frequency[w] >= minimumCount {
            item[w] = Int32(itemWords.count)
            itemWords.append(w)
        }
        let k = min(contextWords, names.count)
        var context = [Int32](repeating: Int32(k), count: names.count)  // k: a rare word
        for (rank, w) in byFrequency.prefix(k).enumerated() { context[w] = Int32(rank) }
        let side = k + 2  // + rare + sentence edge
        var pairs: [UInt64] = []
        pairs.reserveCapacity(stream.count * 2)
        for p in 1..<(stream.count - 1) {
            let w = stream[p]
            guard w >= 0, item[Int(w)] >= 0 else { continue }
            let left = stream[p - 1] < 0 ? side - 1 : Int(context[Int(stream[p - 1])])
            let right = stream[p + 1] < 0 ? side - 1 : Int(context[Int(stream[p + 1])])
            let i = UInt64(item[Int(w)]) << 32
            pairs.append(i | UInt64(left))
            pairs.append(i | UInt64(side + right))
        }
        pairs.sort()
        let vectors = SparseVectors(sortedKeys: pairs, weight: { _ in 1 }, itemCount: itemWords.count)
        let (fine, passes) = Self.exchange(vectors, featureCount: 2 * side, classCount: fineCount, maximumPasses: maximumPasses) { pass, moved in
            progress("fine classes: pass \(pass), \(moved) of \(itemWords.count) words moved")
        }

        // Coarse classes: each fine class is an item with the summed neighbours of its words.
        var classEntries: [(key: UInt64, count: Int32)] = []
        for i in 0..<itemWords.count {
            for e in vectors.starts[i]..<vectors.starts[i + 1] {
                classEntries.append((UInt64(fine[i]) << 32 | UInt64(vectors.features[e]), vectors.counts[e]))
            }
        }
        classEntries.sort { $0.key < $1.key }
        let classVectors = SparseVectors(
            sortedKeys: classEntries.map(\.key), weight: { classEntries[$0].count }, itemCount: fineCount)
        let (coarseOfFine, _) = Self.exchange(
            classVectors, featureCount: 2 * side, classCount: coarseCount, maximumPasses: maximumPasses
        ) { pass, moved in
            progress("coarse classes: pass \(pass), \(moved) of \(fineCount) classes moved")
        }
        return Result(
            words: itemWords.map { names[$0] }, counts: itemWords.map { frequency[$0] }, fine: fine,
            coarse: fine.map { coarseOfFine[$0] }, passes: passes)
    }

    /// The word folded as the tagger folds it (lower case, one apostrophe).
    static func fold(_ word: String) -> String {
        var view = String.UnicodeScalarView()
        for s in word.unicodeScalars { view.append(Unicode.Scalar(ScalarText.fold(s.value)) ?? s) }
        return String(view)
    }

    /// Items as sparse count vectors over features. Shapes: `starts` `[itemCount + 1]`;
    /// `features`, `counts` `[nonzero entries]`.
    struct SparseVectors {
        var starts: [Int]
        var features: [Int32]
        var counts: [Int32]

        /// Vectors from `item << 32 | feature` keys in ascending order; the entry of each key
        /// is the sum of the weights of its copies (`weight(i)` for `keys[i]`).
        init(sortedKeys keys: [UInt64], weight: (Int) -> Int32, itemCount: Int) {
            starts = [0]
            features = []
            counts = []
            var current = 0
            var p = 0
            while p < keys.count {
                let i = Int(keys[p] >> 32)
                while current < i {
                    starts.append(features.count)
                    current += 1
                }
                var sum: Int32 = 0
                var q = p
                while q < keys.count && keys[q] == keys[p] {
                    sum += weight(q)
                    q += 1
                }
                features.append(Int32(truncatingIfNeeded: keys[p] & 0xFFFF_FFFF))
                counts.append(sum)
                p = q
            }
            while starts.count <= itemCount { starts.append(features.count) }
        }
    }

    /// Exchange clustering of `vectors` into `classCount` classes; returns each item's class
    /// and the passes made. `report` hears the number of items moved after each pass.
    ///
    /// The objective is Σ N(f, c) log N(f, c) − Σ T(c) log T(c), where N(f, c) counts feature
    /// f over the items of class c and T(c) is the class's total: the log-likelihood of the
    /// features given the classes. Moving one item changes only its own features' cells.
    ///
    /// - Complexity: O(passes × nonzero entries × classCount).
    static func exchange(
        _ vectors: SparseVectors, featureCount: Int, classCount: Int, maximumPasses: Int,
        report: (Int, Int) -> Void
    ) -> (classes: [Int], passes: Int) {
        let itemCount = vectors.starts.count - 1
        let c = classCount
        var assignment = (0..<itemCount).map { $0 % c }
        var cells = [Int32](repeating: 0, count: featureCount * c)
        var totals = [Int](repeating: 0, count: c)
        var itemTotals = [Int](repeating: 0, count: itemCount)
        for i in 0..<itemCount {
            for e in vectors.starts[i]..<vectors.starts[i + 1] {
                cells[Int(vectors.features[e]) * c + assignment[i]] += vectors.counts[e]
                itemTotals[i] += Int(vectors.counts[e])
            }
            totals[assignment[i]] += itemTotals[i]
        }
        // x log x for every count a cell can hold.
        let largest = vectors.counts.reduce(0) { max($0, Int($1)) }
        var cellCap = 0
        for f in 0..<featureCount {
            var sum = 0
            for k in 0..<c { sum += Int(cells[f * c + k]) }
            cellCap = max(cellCap, sum)
        }
        let table = (0...max(cellCap, largest)).map { $0 == 0 ? 0.0 : Double($0) * log(Double($0)) }
        func xlogx(_ x: Int) -> Double { x <= 0 ? 0 : Double(x) * log(Double(x)) }
        var gains = [Double](repeating: 0, count: c)
        var passes = 0
        for pass in 1...max(1, maximumPasses) {
            passes = pass
            var moved = 0
            for i in 0..<itemCount {
                let from = assignment[i]
                let range = vectors.starts[i]..<vectors.starts[i + 1]
                if range.isEmpty { continue }
                cells.withUnsafeMutableBufferPointer { cells in
                    table.withUnsafeBufferPointer { g in
                        gains.withUnsafeMutableBufferPointer { gains in
                            for e in range {
                                let base = Int(vectors.features[e]) * c
                                cells[base + from] -= vectors.counts[e]
                            }
                            for k in 0..<c { gains[k] = 0 }
                            for e in range {
                                let n = Int(vectors.counts[e])
                                let row = cells.baseAddress! + Int(vectors.features[e]) * c
                                for k in 0..<c {
                                    let v = Int(row[k])
                                    gains[k] += g[v + n] - g[v]
                                }
                            }
                        }
                    }
                }
                totals[from] -= itemTotals[i]
                // Stay unless another class is clearly better: no churn between equals.
                func gain(_ k: Int) -> Double { gains[k] - (xlogx(totals[k] + itemTotals[i]) - xlogx(totals[k])) }
                var best = from
                var bestGain = gain(from)
                for k in 0..<c where k != from {
                    let g = gain(k)
                    if g > bestGain + 1e-9 {
                        best = k
                        bestGain = g
                    }
                }
                assignment[i] = best
                totals[best] += itemTotals[i]
                for e in range { cells[Int(vectors.features[e]) * c + best] += vectors.counts[e] }
                if best != from { moved += 1 }
            }
            report(pass, moved)
            if moved * 1000 <= itemCount { break }
        }
        return (assignment, passes)
    }
}
