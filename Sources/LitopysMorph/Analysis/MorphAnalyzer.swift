/// Finds every reading of a word: dictionary lookup first, then a known prefix, the parts
/// of a hyphenated word, the ending (guesser), and finally the word's shape, so that every
/// input gets at least one reading with a lemma.
///
/// The analyzer is an immutable value over a shared ``VesumDictionary``; copy it freely and
/// use it from any thread.
///
/// ```swift
/// let analyzer = try MorphAnalyzer()                 // loads ~/.cache/litopys
/// analyzer.analyze("Верховної").first?.lemma          // "верховний"
/// analyzer.lemma("Столтенберга")                       // "столтенберг"
/// ```
public struct MorphAnalyzer: Sendable {
    /// The dictionary.
    public let dictionary: VesumDictionary

    /// Makes an analyzer over a loaded dictionary.
    public init(dictionary: VesumDictionary) {
        self.dictionary = dictionary
    }

    /// Loads the dictionary from `location` (downloading it with pip when `download` is true).
    ///
    /// - Throws: ``MorphError`` naming the missing file and the fix.
    public init(location: DictionaryLocation = DictionaryLocation(), download: Bool = false) throws(MorphError) {
        self.dictionary = try VesumDictionary.load(from: location, download: download)
    }

    /// Words longer than this (in UTF-8 bytes) skip dictionary lookup; none of VESUM's are.
    static let maxLookupBytes = 160

    /// All readings of `word`, most likely first (dictionary order, then guesses by ending
    /// frequency). Never empty.
    ///
    /// - Complexity: O(length of the word) for dictionary words.
    public func analyze(_ word: String) -> [MorphAnalysis] {
        let key = LookupKey(word)
        return analyze(key)
    }

    /// The lemma of the first reading of `word`, lowercased.
    public func lemma(_ word: String) -> String {
        analyze(word)[0].lemma
    }

    /// Whether `word` (any case, any apostrophe) is in the dictionary as spelled.
    public func isKnown(_ word: String) -> Bool {
        let key = LookupKey(word)
        return key.bytes.count <= Self.maxLookupBytes && dictionary.contains(key.bytes)
    }

    func analyze(_ key: LookupKey) -> [MorphAnalysis] {
        if key.bytes.isEmpty { return [shapeReading(key, "UNKN")] }
        var result = lexiconReadings(key)
        result += dictionaryReadings(key.bytes)
        if key.casing != .lower {
            let surnames = surnamePatternReadings(key, known: result)
            if !surnames.isEmpty { return surnames + result }
        }
        if !result.isEmpty { return result }
        if key.shape == .mixed {
            result = ordinalReadings(key)
            if !result.isEmpty { return result }
        }
        switch key.shape {
        case .number: return [shapeReading(key, "NUMB")]
        case .latin: return [shapeReading(key, "LATN")]
        case .punctuation: return [shapeReading(key, "PNCT")]
        case .symbol: return [shapeReading(key, "SYMB")]
        case .cyrillic, .mixed: break
        }
        result = hyphenReadings(key)
        if result.isEmpty { result = prefixReadings(key.bytes) }
        if result.isEmpty { result = guess(key) }
        if result.isEmpty { result = [shapeReading(key, "UNKN")] }
        return result
    }

    /// Readings of the lowercased UTF-8 `bytes` from the dictionary alone.
    func dictionaryReadings(_ bytes: [UInt8]) -> [MorphAnalysis] {
        guard bytes.count <= Self.maxLookupBytes else { return [] }
        var buffer = ReadingBuffer()
        var memo = PayloadMemo()
        appendDictionaryReadings(bytes, to: &buffer, memo: &memo)
        guard !buffer.readings.isEmpty else { return [] }
        return analyses(of: buffer)
    }

    func reading(_ hit: DictionaryHit, source: MorphAnalysis.Source, lemmaPrefix: [UInt8] = [], wordPrefix: [UInt8] = []) -> MorphAnalysis {
        let tagID = dictionary.tagID(hit.paradigm, hit.form)
        let word = wordPrefix.isEmpty ? String(decoding: hit.word, as: UTF8.self) : String(decoding: wordPrefix + hit.word, as: UTF8.self)
        let lemma: String
        if hit.form == 0 && lemmaPrefix.isEmpty {
            lemma = word
        } else {
            // lemmaPrefix + normal-form prefix + stem + normal-form suffix, in one buffer.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(lemmaPrefix.count + hit.word.count + 8)
            bytes += lemmaPrefix
            dictionary.appendNormalForm(of: hit.word[...], hit.paradigm, hit.form, to: &bytes)
            lemma = String(decoding: bytes, as: UTF8.self)
        }
        return MorphAnalysis(
            word: word, lemma: lemma, tagID: tagID, tag: dictionary.tags.names[tagID],
            partOfSpeech: dictionary.tags.partOfSpeechName(tagID), source: source, paradigm: hit.paradigm, form: hit.form,
            grammemes: dictionary.tags.grammemeList(tagID))
    }

    /// Readings from the supplementary lexicon (words the dictionary lacks a reading of).
    func lexiconReadings(_ key: LookupKey) -> [MorphAnalysis] {
        guard dictionary.mayBeInLexicon(key.bytes) else { return [] }
        let text = String(decoding: key.bytes, as: UTF8.self)
        guard let entries = dictionary.lexicon[text] else { return [] }
        let tags = dictionary.tags
        return entries.map { entry in
            MorphAnalysis(
                word: text, lemma: entry.lemma, tagID: entry.tagID, tag: tags.names[entry.tagID],
                partOfSpeech: tags.partOfSpeechName(entry.tagID), source: .lexicon, paradigm: -1, form: -1,
                grammemes: tags.grammemeList(entry.tagID))
        }
    }

    func shapeReading(_ key: LookupKey, _ name: String) -> MorphAnalysis {
        let tagID = dictionary.tags.shapeTag(name)
        let text = String(decoding: key.bytes, as: UTF8.self)
        return MorphAnalysis(
            word: text, lemma: text, tagID: tagID, tag: name, partOfSpeech: name, source: .shape, paradigm: -1, form: -1,
            grammemes: [name])
    }
}
