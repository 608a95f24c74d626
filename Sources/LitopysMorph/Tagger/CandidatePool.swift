/// Readings of the distinct words seen so far, analysed once and kept in flat arrays, so the
/// tagger's inner loop touches only integers.
///
/// Shapes: one entry per distinct word (`entryStarts`, `entryCounts`, `wordHashes`, …); one
/// per candidate reading (`lemmas`, `tagIDs`, `atoms`, …). `atoms` holds
/// `LabelAtom.allCases.count` hashes per candidate, back to back.
struct CandidatePool {
    let analyzer: MorphAnalyzer
    private var index: [String: Int32] = [:]

    // Per distinct word.
    private(set) var entryStarts = ContiguousArray<Int32>()
    private(set) var entryCounts = ContiguousArray<Int32>()
    private(set) var wordHashes = ContiguousArray<UInt64>()
    private(set) var suffix2Hashes = ContiguousArray<UInt64>()
    private(set) var suffix3Hashes = ContiguousArray<UInt64>()
    private(set) var casings = ContiguousArray<UInt8>()
    private(set) var classHashes = ContiguousArray<UInt64>()

    // Per candidate.
    private(set) var lemmas = ContiguousArray<String>()
    private(set) var tagIDs = ContiguousArray<Int32>()
    private(set) var posCase = ContiguousArray<UInt32>()
    private(set) var posIDs = ContiguousArray<Int8>()
    private(set) var properNames = ContiguousArray<Bool>()
    private(set) var atoms = ContiguousArray<UInt64>()
    private(set) var sources = ContiguousArray<MorphAnalysis.Source>()
    private(set) var readings = ContiguousArray<MorphAnalysis>()

    static let atomCount = LabelAtom.allCases.count

    init(analyzer: MorphAnalyzer) {
        self.analyzer = analyzer
    }

    /// The number of distinct words.
    var count: Int { entryStarts.count }

    /// The entry of `word`, analysing it on first sight.
    ///
    /// - Complexity: O(1) amortised for a word seen before (one hash lookup).
    mutating func entry(for word: String) -> Int {
        if let found = index[word] { return Int(found) }
        let id = entryStarts.count
        add(word)
        index[word] = Int32(id)
        return id
    }

    private mutating func add(_ word: String) {
        let key = LookupKey(word)
        let analyses = analyzer.analyze(key)
        let tags = analyzer.dictionary.tags
        let caseParent = tags.index["CAse"] ?? -1
        let numberParent = tags.index["NMbr"] ?? -1
        let genderParent = tags.index["GNdr"] ?? -1
        let nameFlags = ["Name", "Surn", "Patr", "Abbr"].compactMap { tags.index[$0] }
        entryStarts.append(Int32(tagIDs.count))
        var seen = Set<String>()
        var classParts = Set<UInt32>()
        for reading in analyses where seen.insert(reading.lemma + "\u{1}" + reading.tag).inserted {
            let tagID = reading.tagID
            let set = tags.sets[tagID]
            let pos = Int(tags.partOfSpeech[tagID])
            let posKey = pos >= 0 ? UInt32(pos) : UInt32(200 + max(0, tagID - tags.dictionaryTagCount + 1))
            let caseID = UInt32(tags.member(of: set, parent: caseParent) + 1)
            let numberID = UInt32(tags.member(of: set, parent: numberParent) + 1)
            let genderID = UInt32(tags.member(of: set, parent: genderParent) + 1)
            lemmas.append(reading.lemma)
            tagIDs.append(Int32(tagID))
            posIDs.append(Int8(clamping: pos))
            let pc = posKey << 8 | caseID
            posCase.append(pc)
            classParts.insert(pc)
            properNames.append(nameFlags.contains { set.contains($0) })
            sources.append(reading.source)
            readings.append(reading)
            atoms.append(FeatureHash.combine(1, UInt64(tagID)))
            atoms.append(FeatureHash.combine(2, UInt64(posKey)))
            atoms.append(FeatureHash.combine(3, UInt64(pc)))
            atoms.append(FeatureHash.combine(4, UInt64(posKey << 16 | numberID << 8 | genderID)))
            atoms.append(FeatureHash.combine(5, FeatureHash.string(reading.lemma)))
        }
        entryCounts.append(Int32(tagIDs.count) - entryStarts[entryStarts.count - 1])
        let bytes = key.bytes
        wordHashes.append(FeatureHash.bytes(bytes, seed: 11))
        var starts: [Int] = []
        for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 { starts.append(i) }
        let cut2 = starts.count >= 2 ? starts[starts.count - 2] : 0
        let cut3 = starts.count >= 3 ? starts[starts.count - 3] : 0
        suffix2Hashes.append(FeatureHash.bytes(bytes[cut2...], seed: 12))
        suffix3Hashes.append(FeatureHash.bytes(bytes[cut3...], seed: 13))
        let casing: UInt8
        switch key.casing {
        case .lower: casing = 0
        case .title: casing = 1
        case .upper: casing = 2
        case .mixed: casing = 3
        }
        casings.append(casing)
        var classHash: UInt64 = 0x51
        for part in classParts.sorted() { classHash = FeatureHash.combine(classHash, UInt64(part)) }
        classHashes.append(classHash)
    }
}
