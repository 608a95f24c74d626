/// Readings of one word in compact form, written into reusable storage: ids, and the word
/// and lemma as byte ranges of one shared buffer. The tagger's word cache fills it for every
/// new word, so analysing a word allocates nothing once the buffer has grown.
struct ReadingBuffer {
    /// One reading: the same facts as a ``MorphAnalysis``, with its strings as ranges of
    /// ``ReadingBuffer/bytes``.
    struct Reading {
        var tagID: Int32
        var paradigm: Int32
        var form: Int32
        var source: MorphAnalysis.Source
        /// The form as the dictionary spells it, UTF-8.
        var word: Range<Int32>
        /// The lemma, UTF-8.
        var lemma: Range<Int32>
    }

    /// UTF-8 of every word and lemma, back to back.
    var bytes: [UInt8] = []
    /// The readings, most likely first, as ``MorphAnalyzer/analyze(_:)`` orders them.
    var readings: [Reading] = []

    /// Empties the buffer, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        readings.removeAll(keepingCapacity: true)
    }

    /// Appends `utf8` to ``bytes`` and returns where it went.
    mutating func append<C: Collection<UInt8>>(_ utf8: C) -> Range<Int32> {
        let start = Int32(bytes.count)
        bytes.append(contentsOf: utf8)
        return start..<Int32(bytes.count)
    }

    /// The bytes of `range`.
    func slice(_ range: Range<Int32>) -> ArraySlice<UInt8> { bytes[Int(range.lowerBound)..<Int(range.upperBound)] }
}

extension MorphAnalyzer {
    /// Writes the readings of `key` into `buffer` (emptied first): the same readings, in the
    /// same order, as ``analyze(_:)`` returns for the key.
    ///
    /// Words the dictionary knows as spelled take a path that builds no `String`; the rest
    /// (lexicon words, guesses, shapes, surname patterns) go through ``analyze(_:)``.
    ///
    /// `memo` remembers decoded payload lists across calls (see ``PayloadMemo``).
    func readings(_ key: LookupKey, into buffer: inout ReadingBuffer, memo: inout PayloadMemo) {
        buffer.removeAll()
        if takesDictionaryPath(key) {
            appendDictionaryReadings(key.bytes, to: &buffer, memo: &memo)
            if !buffer.readings.isEmpty { return }
        }
        for analysis in analyze(key) {
            let word = buffer.append(analysis.word.utf8)
            let lemma = analysis.lemma == analysis.word ? word : buffer.append(analysis.lemma.utf8)
            buffer.readings.append(
                ReadingBuffer.Reading(
                    tagID: Int32(analysis.tagID), paradigm: Int32(analysis.paradigm), form: Int32(analysis.form),
                    source: analysis.source, word: word, lemma: lemma))
        }
    }

    /// Whether ``analyze(_:)`` would return just the dictionary's readings of `key`, if it has
    /// any: not a lexicon word, and not a capitalised word that surname patterns apply to.
    private func takesDictionaryPath(_ key: LookupKey) -> Bool {
        guard !key.bytes.isEmpty, key.bytes.count <= Self.maxLookupBytes, !dictionary.mayBeInLexicon(key.bytes) else {
            return false
        }
        if key.casing == .lower { return true }
        return !Self.indeclinableSurnameEndingBytes.contains(where: { key.bytes.count > $0.count + 2 && key.bytes.suffix($0.count).elementsEqual($0) })
    }

    /// Appends the dictionary's readings of the lowercased UTF-8 `word` (one per hit of
    /// ``VesumDictionary/lookup(_:into:)``, in its order), as ``reading(_:source:lemmaPrefix:wordPrefix:)``
    /// builds them. Copies only bytes: no array per hit, no reference counting per reading.
    func appendDictionaryReadings(_ word: [UInt8], to buffer: inout ReadingBuffer, memo: inout PayloadMemo) {
        word.withUnsafeBufferPointer { word in
            dictionary.forEachReading(of: word, memo: &memo) { spelled, paradigm, form in
                appendReading(spelled, paradigm: paradigm, form: form, to: &buffer)
            }
        }
    }

    /// Appends the reading of one dictionary hit: the form `spelled` of paradigm `paradigm`.
    @inline(__always)
    private func appendReading(_ spelled: UnsafeBufferPointer<UInt8>, paradigm: Int, form: Int, to buffer: inout ReadingBuffer) {
        // Hits of one word usually share its spelling: store it once.
        var shared: Range<Int32>?
        if let last = buffer.readings.last, last.word.count == spelled.count {
            let start = Int(last.word.lowerBound)
            let same = buffer.bytes.withUnsafeBufferPointer { bytes in
                for i in 0..<spelled.count where spelled[i] != bytes[start + i] { return false }
                return true
            }
            if same { shared = last.word }
        }
        let word = shared ?? buffer.append(spelled)
        let lemma: Range<Int32>
        if form == 0 {
            lemma = word
        } else {
            let start = Int32(buffer.bytes.count)
            dictionary.appendNormalForm(of: spelled, paradigm, form, to: &buffer.bytes)
            lemma = start..<Int32(buffer.bytes.count)
        }
        buffer.readings.append(
            ReadingBuffer.Reading(
                tagID: Int32(dictionary.tagID(paradigm, form)), paradigm: Int32(paradigm), form: Int32(form),
                source: .dictionary, word: word, lemma: lemma))
    }

    /// The readings in `buffer` as values, each distinct word and lemma made a `String` once.
    func analyses(of buffer: ReadingBuffer) -> [MorphAnalysis] {
        var made: [(range: Range<Int32>, text: String)] = []
        func text(_ range: Range<Int32>) -> String {
            if let known = made.first(where: { $0.range == range || buffer.slice($0.range).elementsEqual(buffer.slice(range)) }) {
                return known.text
            }
            let text = String(decoding: buffer.slice(range), as: UTF8.self)
            made.append((range, text))
            return text
        }
        let tags = dictionary.tags
        return buffer.readings.map { reading in
            let tagID = Int(reading.tagID)
            return MorphAnalysis(
                word: text(reading.word), lemma: text(reading.lemma), tagID: tagID, tag: tags.names[tagID],
                partOfSpeech: tags.partOfSpeechName(tagID), source: reading.source, paradigm: Int(reading.paradigm),
                form: Int(reading.form), grammemes: tags.grammemeList(tagID))
        }
    }
}
