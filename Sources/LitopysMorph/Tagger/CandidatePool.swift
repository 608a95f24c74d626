/// Readings of the distinct words seen so far, analysed once and kept in flat arrays, so the
/// tagger's inner loop touches only integers.
///
/// Shapes: one entry per distinct word (`entryStarts`, `entryCounts`, `wordHashes`, …); one
/// per candidate reading (`lemmas`, `tagIDs`, `atoms`, …). `atoms` holds
/// `LabelAtom.allCases.count` hashes per candidate, back to back.
struct CandidatePool {
    let analyzer: MorphAnalyzer

    // The word cache: open addressing over hashes of the words' code points, so a word seen
    // before costs one hash and one comparison, and no String.
    /// Slots of the hash table: entry id, or -1. Shape: `[power of two]`.
    private var table = ContiguousArray<Int32>(repeating: -1, count: 1 << 12)
    /// Code points of every entry's word, back to back. Shape: `[total length]`.
    private var keyScalars = ContiguousArray<UInt32>()
    /// Start of each entry's word in `keyScalars`. Shape: `[count + 1]`.
    private var keyStarts: ContiguousArray<Int32> = [0]
    private var keyHashes = ContiguousArray<UInt64>()

    /// Interned lemmas. Shape: `[distinct lemmas]`.
    private(set) var lemmaTable: [String] = []
    /// Lemma id by the 64-bit hash of the lemma's UTF-8 (hashing bytes is much cheaper than
    /// hashing a `String`, which normalises; a collision among 10^5 lemmas has odds ~10^-9).
    private var lemmaIndex: [UInt64: Int32] = [:]
    /// Per candidate: the hash of its lemma. Shape: `[candidates]`.
    private var lemmaHashes = ContiguousArray<UInt64>()
    /// Per candidate: its lemma, and its lemma with the word's capital (for proper names), as
    /// ids into `lemmaTable`.
    private(set) var plainLemmaIDs = ContiguousArray<Int32>()
    private(set) var casedLemmaIDs = ContiguousArray<Int32>()

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
    mutating func entry(for word: String) -> Int {
        let scalars = ContiguousArray(word.unicodeScalars)
        return scalars.withUnsafeBufferPointer { entry(scalars: $0) }
    }

    /// The entry of the word made of `scalars`, analysing it on first sight.
    ///
    /// - Complexity: O(word length) for a word seen before; no allocation.
    mutating func entry(scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for s in scalars { h = (h ^ UInt64(s.value)) &* 0x100_0000_01B3 }
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: FeatureHash.mix(h)) & mask
        while true {
            let id = Int(table[slot])
            if id < 0 { break }
            if keyHashes[id] == h {
                let start = Int(keyStarts[id])
                let end = Int(keyStarts[id + 1])
                if end - start == scalars.count {
                    var same = true
                    for k in 0..<scalars.count where keyScalars[start + k] != scalars[k].value {
                        same = false
                        break
                    }
                    if same { return id }
                }
            }
            slot = (slot + 1) & mask
        }
        let id = entryStarts.count
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        add(String(view))
        for s in scalars { keyScalars.append(s.value) }
        keyStarts.append(Int32(keyScalars.count))
        keyHashes.append(h)
        table[slot] = Int32(id)
        if (id + 1) * 2 > table.count { grow() }
        return id
    }

    private mutating func grow() {
        var bigger = ContiguousArray<Int32>(repeating: -1, count: table.count * 2)
        let mask = bigger.count - 1
        for id in keyHashes.indices {
            var slot = Int(truncatingIfNeeded: FeatureHash.mix(keyHashes[id])) & mask
            while bigger[slot] >= 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id)
        }
        table = bigger
    }

    private mutating func intern(_ lemma: String, hash: UInt64? = nil) -> Int32 {
        let key = hash ?? FeatureHash.string(lemma)
        if let id = lemmaIndex[key] { return id }
        let id = Int32(lemmaTable.count)
        lemmaTable.append(lemma)
        lemmaIndex[key] = id
        return id
    }

    private mutating func add(_ word: String) {
        let key = LookupKey(word)
        let analyses = analyzer.analyze(key)
        let tags = analyzer.dictionary.tags
        let abbreviation = tags.index["Abbr"] ?? -1
        let first = tagIDs.count
        entryStarts.append(Int32(first))
        var classParts: [UInt32] = []
        // A `ґ` spelling the dictionary offers for a `г` in the text is kept only when the
        // text's own spelling has no reading with that tag (`Столтенберга`: not `столтенберґ`).
        var hasGhe = false
        for i in 0..<max(0, key.bytes.count - 1) where key.bytes[i] == 0xD0 && key.bytes[i + 1] == 0xB3 { hasGhe = true }
        let spelled = hasGhe ? String(decoding: key.bytes, as: UTF8.self) : ""
        let exactTags = hasGhe ? Set(analyses.lazy.filter { $0.word == spelled }.map(\.tagID)) : []
        for reading in analyses
        where !hasGhe || reading.word == spelled || reading.source != .dictionary || !exactTags.contains(reading.tagID) {
            let tagID = reading.tagID
            // Skip a reading that repeats an earlier one (same tag and lemma).
            let lemmaHash = FeatureHash.string(reading.lemma)
            if (first..<tagIDs.count).contains(where: { tagIDs[$0] == Int32(tagID) && lemmaHashes[$0] == lemmaHash }) { continue }
            lemmaHashes.append(lemmaHash)
            let set = tags.sets[tagID]
            let pos = Int(tags.partOfSpeech[tagID])
            let posKey = pos >= 0 ? UInt32(pos) : UInt32(200 + max(0, tagID - tags.dictionaryTagCount + 1))
            let caseID = UInt32(tags.caseOf[tagID] + 1)
            let numberID = UInt32(tags.numberOf[tagID] + 1)
            let genderID = UInt32(tags.genderOf[tagID] + 1)
            lemmas.append(reading.lemma)
            tagIDs.append(Int32(tagID))
            posIDs.append(Int8(clamping: pos))
            let pc = posKey << 8 | caseID
            posCase.append(pc)
            if !classParts.contains(pc) { classParts.append(pc) }
            let proper = tags.isProperName[tagID]
            properNames.append(proper)
            let plain = intern(reading.lemma, hash: lemmaHash)
            plainLemmaIDs.append(plain)
            // Capitalised nouns keep their capital in the lemma (`Москвою` → `Москва`) when
            // proper, guessed, or written with a capital inside a sentence (the tagger decides
            // which by position); ALL-CAPS words only when abbreviations or names.
            let noun = reading.partOfSpeech == "NOUN"
            if key.casing == .lower || key.casing == .mixed || !(proper || reading.source == .suffix || (noun && key.casing == .title)) {
                casedLemmaIDs.append(plain)
            } else if key.casing == .upper && abbreviation >= 0 && set.contains(abbreviation) {
                casedLemmaIDs.append(intern(reading.lemma.uppercased()))
            } else {
                casedLemmaIDs.append(intern(reading.lemma.prefix(1).uppercased() + reading.lemma.dropFirst()))
            }
            sources.append(reading.source)
            readings.append(reading)
            // Atoms are mixed hashes: a slot is (feature ^ atom) & mask.
            atoms.append(FeatureHash.combine(101, UInt64(tagID)))
            atoms.append(FeatureHash.combine(102, UInt64(posKey)))
            atoms.append(FeatureHash.combine(103, UInt64(pc)))
            atoms.append(FeatureHash.combine(104, UInt64(posKey << 16 | numberID << 8 | genderID)))
            atoms.append(FeatureHash.combine(105, lemmaHash))
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
