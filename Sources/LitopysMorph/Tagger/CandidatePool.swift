/// Readings of the distinct words seen so far, analysed once and kept in flat arrays, so the
/// tagger's inner loop touches only integers.
///
/// Shapes: one entry per distinct word (`entryStarts`, `entryCounts`, `wordHashes`, …); one
/// per candidate reading (`candidates`, `atoms`, …). `atoms` holds
/// `LabelAtom.allCases.count` hashes per candidate, back to back.
struct CandidatePool {
    let analyzer: MorphAnalyzer

    // The word cache: open addressing over hashes of the words' code points, so a word seen
    // before costs one hash and one comparison, and no String.
    /// Slots of the hash table: the high half of the word's hash and the offset + 1 of the
    /// word's record in `keyRecords` (0: empty), so a probe reads one slot before it compares
    /// code points. Shape: `[power of two]`.
    private var table = ContiguousArray<UInt64>(repeating: 0, count: 1 << 12)
    /// One record per entry, back to back: the entry id, the word's length in code points,
    /// then its code points. A probe that matches a slot reads only its record (most often
    /// one cache line). Shape: `[sum of (2 + length)]`.
    private var keyRecords = ContiguousArray<UInt32>()
    /// Offset of each entry's record in `keyRecords`. Shape: `[count]`.
    private var keyOffsets = ContiguousArray<Int32>()
    /// Hash of each entry's word, for growing the table. Shape: `[count]`.
    private var keyHashes = ContiguousArray<UInt64>()

    /// Interned lemmas. Shape: `[distinct lemmas]`.
    private(set) var lemmaTable: [String] = []
    /// Lemma id by the 64-bit hash of the lemma's UTF-8 (hashing bytes is much cheaper than
    /// hashing a `String`, which normalises; a collision among 10^5 lemmas has odds ~10^-9).
    private var lemmaIndex = HashIndex()
    /// Per candidate: the hash of its lemma. Shape: `[candidates]`.
    private var lemmaHashes = ContiguousArray<UInt64>()

    // Per distinct word.
    private(set) var entryStarts = ContiguousArray<Int32>()
    private(set) var entryCounts = ContiguousArray<Int32>()
    private(set) var wordHashes = ContiguousArray<UInt64>()
    private(set) var suffix2Hashes = ContiguousArray<UInt64>()
    private(set) var suffix3Hashes = ContiguousArray<UInt64>()
    private(set) var casings = ContiguousArray<UInt8>()
    private(set) var classHashes = ContiguousArray<UInt64>()

    /// One candidate reading: what choosing a token's reading and lemma reads, kept in one
    /// record so that a token touches one cache line of the pool, not one per array.
    struct Candidate {
        /// The tag id.
        var tagID: Int32
        /// The lemma, lowercased, as an id into `lemmaTable`.
        var plainLemma: Int32
        /// The lemma with the word's capital where it keeps one (names, abbreviations), as
        /// an id into `lemmaTable`.
        var casedLemma: Int32
        /// Whether the tag marks a name, surname, patronymic or abbreviation.
        var isProperName: Bool
        /// Where the reading came from.
        var source: MorphAnalysis.Source
    }

    // Per candidate.
    /// The candidates of every entry, entry after entry. Shape: `[candidates]`.
    private(set) var candidates = ContiguousArray<Candidate>()
    private(set) var posCase = ContiguousArray<UInt32>()
    private(set) var posIDs = ContiguousArray<Int8>()
    private(set) var atoms = ContiguousArray<UInt64>()

    // Scratch space reused for every new word.
    private var buffer = ReadingBuffer()
    /// Decoded dictionary payloads, shared by the words with the same readings.
    private var payloadMemo = PayloadMemo(enabled: true)
    private var keyStorage: [UInt8] = []
    private var classParts: [UInt32] = []
    private var scratch: [UInt8] = []

    static let atomCount = LabelAtom.allCases.count

    /// Grammeme ids of `NOUN` and `Abbr`, or -1.
    private let nounID: Int
    private let abbreviationID: Int
    /// The tag table, held here so that adding a word does not copy it.
    private let tags: TagTable
    /// Whether the pool keeps what the disambiguation model reads (the per-word hashes,
    /// `casings`, `classHashes`; the per-candidate `posCase`, `posIDs`, `atoms`). A tagger
    /// without a model takes each word's first reading and needs none of them.
    let hasFeatures: Bool

    /// An empty pool over `analyzer`; `features: false` leaves out what only a model reads.
    init(analyzer: MorphAnalyzer, features: Bool = true) {
        self.analyzer = analyzer
        hasFeatures = features
        tags = analyzer.dictionary.tags
        nounID = tags.index["NOUN"] ?? -1
        abbreviationID = tags.index["Abbr"] ?? -1
    }

    // Pool lemma id → `stamp << 32 | the current document's lemma id`, valid where the stamp
    // is the current document's, so a new document costs nothing to start; stamp and id
    // share one word, so a token's lookup reads one place.
    private var documentLemmas = ContiguousArray<UInt64>()
    private var document: UInt32 = 0

    /// Starts numbering lemmas for a new document (see ``documentLemmaID(_:table:)``).
    mutating func startDocument() {
        document &+= 1
        if document == 0 {
            documentLemmas = ContiguousArray(repeating: 0, count: documentLemmas.count)
            document = 1
        }
    }

    /// The current document's id for pool lemma `lemma`, adding the lemma to `table` (the
    /// document's lemmas) on first use.
    mutating func documentLemmaID(_ lemma: Int, table: inout [String]) -> Int32 {
        if lemma >= documentLemmas.count {
            documentLemmas.append(contentsOf: repeatElement(0, count: lemmaTable.count - documentLemmas.count))
        }
        let known = documentLemmas[lemma]
        if known >> 32 == UInt64(document) { return Int32(truncatingIfNeeded: known & 0xFFFF_FFFF) }
        let id = Int32(table.count)
        table.append(lemmaTable[lemma])
        documentLemmas[lemma] = UInt64(document) << 32 | UInt64(UInt32(id))
        return id
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
        // One ASCII character (punctuation, a digit): a fifth of all tokens, found directly.
        if scalars.count == 1, scalars[0].value < 128 {
            let known = asciiEntries[Int(scalars[0].value)]
            if known >= 0 { return Int(known) }
            let id = hashedEntry(scalars: scalars)
            asciiEntries[Int(scalars[0].value)] = Int32(id)
            return id
        }
        return hashedEntry(scalars: scalars)
    }

    /// Entries of one-character ASCII words, or -1. Shape: `[128]`.
    private var asciiEntries = ContiguousArray<Int32>(repeating: -1, count: 128)

    private mutating func hashedEntry(scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        let h = Self.hash(scalars)
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        let tag = h >> 32
        while true {
            let entry = table[slot]
            if entry == 0 { break }
            if entry >> 32 == tag {
                let offset = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if Int(keyRecords[offset + 1]) == scalars.count {
                    var same = true
                    for k in 0..<scalars.count where keyRecords[offset + 2 + k] != scalars[k].value {
                        same = false
                        break
                    }
                    if same { return Int(keyRecords[offset]) }
                }
            }
            slot = (slot + 1) & mask
        }
        let id = entryStarts.count
        let key = LookupKey(scalars: scalars, reusing: &keyStorage)
        add(key)
        keyStorage = key.bytes
        let offset = keyRecords.count
        keyRecords.append(UInt32(id))
        keyRecords.append(UInt32(scalars.count))
        for s in scalars { keyRecords.append(s.value) }
        keyOffsets.append(Int32(offset))
        keyHashes.append(h)
        table[slot] = tag << 32 | UInt64(offset + 1)
        if (id + 1) * 2 > table.count { grow() }
        return id
    }

    /// The hash of a word's code points that the word cache is keyed by (mixed: its low
    /// bits pick the slot, its high half is the slot's tag). Two code points per multiply,
    /// so that most words take a few dependent steps.
    @inline(__always)
    private static func hash(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(scalars.count)
        var i = 0
        while i + 1 < scalars.count {
            h = (h ^ (UInt64(scalars[i].value) << 32 | UInt64(scalars[i + 1].value))) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            i += 2
        }
        if i < scalars.count { h = (h ^ UInt64(scalars[i].value)) &* 0x9E37_79B9_7F4A_7C15 }
        return FeatureHash.mix(h)
    }

    private mutating func grow() {
        var bigger = ContiguousArray<UInt64>(repeating: 0, count: table.count * 2)
        let mask = bigger.count - 1
        for id in keyHashes.indices {
            let h = keyHashes[id]
            var slot = Int(truncatingIfNeeded: h) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = (h >> 32) << 32 | UInt64(Int(keyOffsets[id]) + 1)
        }
        table = bigger
    }

    /// The id of the text whose UTF-8 is `bytes` (with hash `hash`), adding it to the table.
    private mutating func intern<C: Collection<UInt8>>(_ bytes: C, hash: UInt64) -> Int32 {
        if let id = lemmaIndex.id(of: hash) { return id }
        lemmaTable.append(String(decoding: bytes, as: UTF8.self))
        return lemmaIndex.insert(hash)
    }

    private mutating func intern(_ text: String) -> Int32 {
        intern(text.utf8, hash: FeatureHash.string(text))
    }

    /// Whether `reading` spells the word otherwise than the text (`ґ` for `г`) while a
    /// reading with the same tag spells it as written; `bytes` holds the readings' UTF-8.
    private static func isRespelled(
        _ reading: ReadingBuffer.Reading, among readings: [ReadingBuffer.Reading], bytes: UnsafeBufferPointer<UInt8>, key: LookupKey
    ) -> Bool {
        func asWritten(_ r: ReadingBuffer.Reading) -> Bool {
            UnsafeBufferPointer(rebasing: bytes[Int(r.word.lowerBound)..<Int(r.word.upperBound)]).elementsEqual(key.bytes)
        }
        return !asWritten(reading) && readings.contains(where: { $0.tagID == reading.tagID && asWritten($0) })
    }

    /// The lemma of candidate `c`, lowercased.
    func lemma(_ c: Int) -> String { lemmaTable[Int(candidates[c].plainLemma)] }

    /// Candidate `c` as a reading. The pool keeps only what tagging needs, so the word is
    /// analysed again (for the API and evaluation, not the hot path).
    func reading(_ c: Int) -> MorphAnalysis {
        // The entry whose candidates include `c`: the last one starting at or before it.
        var low = 0
        var high = entryStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(entryStarts[mid]) <= c { low = mid } else { high = mid - 1 }
        }
        let offset = Int(keyOffsets[low])
        let scalars = keyRecords[(offset + 2)..<(offset + 2 + Int(keyRecords[offset + 1]))].compactMap(Unicode.Scalar.init)
        let tagID = Int(candidates[c].tagID)
        let lemma = lemma(c)
        let readings = analyzer.analyze(LookupKey(scalars: scalars, capacity: scalars.count * 2))
        if let same = readings.first(where: { $0.tagID == tagID && $0.lemma.utf8.elementsEqual(lemma.utf8) }) { return same }
        return MorphAnalysis(
            word: String(String.UnicodeScalarView(scalars)).lowercased(), lemma: lemma, tagID: tagID, tag: tags.names[tagID],
            partOfSpeech: tags.partOfSpeechName(tagID), source: candidates[c].source, paradigm: -1, form: -1, grammemes: tags.grammemeList(tagID))
    }

    private mutating func add(_ key: LookupKey) {
        // The buffer is moved out while its bytes are read in place, so that adding
        // candidates (which mutates the pool) does not overlap an access to it.
        var buffer = ReadingBuffer()
        swap(&buffer, &self.buffer)
        defer { swap(&buffer, &self.buffer) }
        analyzer.readings(key, into: &buffer, memo: &payloadMemo)
        buffer.bytes.withUnsafeBufferPointer { bytes in addCandidates(buffer.readings, bytes: bytes, key: key) }
    }

    /// Adds the entry of the word `key` with the candidates from `readings`, whose words
    /// and lemmas are ranges of `bytes`.
    private mutating func addCandidates(_ readings: [ReadingBuffer.Reading], bytes: UnsafeBufferPointer<UInt8>, key: LookupKey) {
        let first = candidates.count
        entryStarts.append(Int32(first))
        classParts.removeAll(keepingCapacity: true)
        // A `ґ` spelling the dictionary offers for a `г` in the text is kept only when the
        // text's own spelling has no reading with that tag (`Столтенберга`: not `столтенберґ`).
        let hasGhe = key.bytes.withUnsafeBufferPointer { bytes in
            for i in 0..<max(0, bytes.count - 1) where bytes[i] == 0xD0 && bytes[i + 1] == 0xB3 { return true }
            return false
        }
        for reading in readings {
            if hasGhe && reading.source == .dictionary && Self.isRespelled(reading, among: readings, bytes: bytes, key: key) {
                continue
            }
            let tagID = Int(reading.tagID)
            // Skip a reading that repeats an earlier one (same tag and lemma).
            let lemmaBytes = UnsafeBufferPointer(rebasing: bytes[Int(reading.lemma.lowerBound)..<Int(reading.lemma.upperBound)])
            let lemmaHash = FeatureHash.bytes(lemmaBytes, seed: 0)
            var repeated = false
            for c in first..<candidates.count where candidates[c].tagID == Int32(tagID) && lemmaHashes[c] == lemmaHash {
                repeated = true
                break
            }
            if repeated { continue }
            lemmaHashes.append(lemmaHash)
            let pos = Int(tags.partOfSpeech[tagID])
            let posKey = pos >= 0 ? UInt32(pos) : UInt32(200 + max(0, tagID - tags.dictionaryTagCount + 1))
            let caseID = UInt32(tags.caseOf[tagID] + 1)
            let numberID = UInt32(tags.numberOf[tagID] + 1)
            let genderID = UInt32(tags.genderOf[tagID] + 1)
            let pc = posKey << 8 | caseID
            if hasFeatures {
                posIDs.append(Int8(clamping: pos))
                posCase.append(pc)
                if !classParts.contains(pc) { classParts.append(pc) }
            }
            let proper = tags.isProperName[tagID]
            let plain = intern(lemmaBytes, hash: lemmaHash)
            let cased: Int32
            // Capitalised nouns keep their capital in the lemma (`Москвою` → `Москва`) when
            // proper, guessed, or written with a capital inside a sentence (the tagger decides
            // which by position); ALL-CAPS words only when abbreviations or names.
            let noun = pos >= 0 && pos == nounID
            if key.casing == .lower || key.casing == .mixed || !(proper || reading.source == .suffix || (noun && key.casing == .title)) {
                cased = plain
            } else if key.casing == .upper && abbreviationID >= 0 && tags.sets[tagID].contains(abbreviationID) {
                cased = intern(lemmaTable[Int(plain)].uppercased())
            } else if let capital = Self.capitalised(lemmaBytes, into: &scratch) {
                cased = intern(scratch, hash: capital)
            } else {
                let lemma = lemmaTable[Int(plain)]
                cased = intern(lemma.prefix(1).uppercased() + lemma.dropFirst())
            }
            candidates.append(
                Candidate(tagID: Int32(tagID), plainLemma: plain, casedLemma: cased, isProperName: proper, source: reading.source))
            guard hasFeatures else { continue }
            // Atoms are mixed hashes: a slot is (feature ^ atom) & mask.
            atoms.append(FeatureHash.combine(101, UInt64(tagID)))
            atoms.append(FeatureHash.combine(102, UInt64(posKey)))
            atoms.append(FeatureHash.combine(103, UInt64(pc)))
            atoms.append(FeatureHash.combine(104, UInt64(posKey << 16 | numberID << 8 | genderID)))
            atoms.append(FeatureHash.combine(105, lemmaHash))
        }
        entryCounts.append(Int32(candidates.count) - entryStarts[entryStarts.count - 1])
        guard hasFeatures else { return }
        let bytes = key.bytes
        wordHashes.append(FeatureHash.bytes(bytes, seed: 11))
        // Starts of the last three characters.
        var cut2 = 0
        var cut3 = 0
        var seen = 0
        var i = bytes.count - 1
        while i >= 0 && seen < 3 {
            if bytes[i] & 0xC0 != 0x80 {
                seen += 1
                if seen == 2 { cut2 = i; cut3 = i }
                if seen == 3 { cut3 = i }
            }
            i -= 1
        }
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
        classParts.sort()
        for part in classParts { classHash = FeatureHash.combine(classHash, UInt64(part)) }
        classHashes.append(classHash)
    }

    /// Writes `lemma` with its first letter capitalised into `out` and returns its hash, for
    /// lemmas that start with a Ukrainian or ASCII letter; nil for others.
    static func capitalised(_ lemma: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> UInt64? {
        guard let b0 = lemma.first else { return nil }
        out.removeAll(keepingCapacity: true)
        out.append(contentsOf: lemma)
        if b0 >= 0x61 && b0 <= 0x7A {
            out[0] = b0 - 0x20
        } else if lemma.count >= 2 {
            let scalar = (UInt32(b0 & 0x1F) << 6) | UInt32(lemma[lemma.startIndex + 1] & 0x3F)
            let upper: UInt32
            switch scalar {
            case 0x0430...0x044F: upper = scalar - 0x20
            case 0x0450...0x045F: upper = scalar - 0x50
            case 0x0491: upper = 0x0490
            default: return nil
            }
            guard b0 & 0xE0 == 0xC0 else { return nil }
            out[0] = UInt8(0xC0 | (upper >> 6))
            out[1] = UInt8(0x80 | (upper & 0x3F))
        } else {
            return nil
        }
        return FeatureHash.bytes(out, seed: 0)
    }
}
