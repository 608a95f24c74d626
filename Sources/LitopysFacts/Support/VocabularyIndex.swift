/// Every word and stem of the fact vocabularies, indexed by first letter, so that a word's
/// ``WordClass`` is found by comparing bytes with a handful of entries — no hashing of strings.
///
/// Built once per process from ``EventTrigger``, ``QuoteVocabulary``, ``ParticipationVocabulary``
/// and ``DateVocabulary``.
struct VocabularyIndex: Sendable {
    /// What a matching entry says of a word.
    enum Action: Sendable {
        case trigger(Int)
        case cueStem
        case sourceCue
        case participation(Int)
        case monthGenitive(Int)
        case monthOther(Int)
        case relativeDay(Int)
        case relativeStep(Int)
        case weekday(Int)
        case yearWord
    }

    struct Entry: Sendable {
        /// The word or stem, as UTF-8.
        var bytes: [UInt8]
        /// Whether the whole word must match, rather than its beginning.
        var exact: Bool
        var action: Action
    }

    /// Entries by the first code point of their word.
    private var entries: [UInt32: [Entry]] = [:]

    static let shared = VocabularyIndex()

    private init() {
        func add(_ word: String, exact: Bool, _ action: Action) {
            guard let first = word.unicodeScalars.first else { return }
            entries[first.value, default: []].append(Entry(bytes: Array(word.utf8), exact: exact, action: action))
        }
        for (index, trigger) in EventTrigger.all.enumerated() {
            for stem in trigger.stems { add(stem, exact: false, .trigger(index)) }
            for word in trigger.exact { add(word, exact: true, .trigger(index)) }
        }
        for stem in QuoteVocabulary.cueStems { add(stem, exact: false, .cueStem) }
        for word in QuoteVocabulary.sourceCues { add(word, exact: true, .sourceCue) }
        for (index, cue) in ParticipationVocabulary.cues.enumerated() { add(cue.stem, exact: false, .participation(index)) }
        for (word, month) in DateVocabulary.monthGenitive { add(word, exact: true, .monthGenitive(month)) }
        for (word, month) in DateVocabulary.monthOther { add(word, exact: true, .monthOther(month)) }
        for (word, offset) in DateVocabulary.relativeDays { add(word, exact: true, .relativeDay(offset)) }
        for (word, step) in DateVocabulary.relativeSteps { add(word, exact: true, .relativeStep(step)) }
        for (word, day) in DateVocabulary.weekdays { add(word, exact: true, .weekday(day)) }
        for word in DateVocabulary.yearWords { add(word, exact: true, .yearWord) }
    }

    /// The class of a lowercase word.
    func classify(_ word: String) -> WordClass {
        var wordClass = classifyWhole(word)
        // A word that only begins like a trigger (`переговорного кластера`).
        if wordClass.trigger >= 0, EventTrigger.all[wordClass.trigger].except.contains(where: { word.hasPrefix($0) }) { wordClass.trigger = -1 }
        // A compound with a hyphen names its event by its last part: `онлайн-зустріч`.
        if wordClass.trigger < 0, let tail = Self.partAfterHyphen(word) { wordClass.trigger = classifyWhole(tail).trigger }
        return wordClass
    }

    /// The part of a word after its last hyphen, or nil when it has none inside.
    static func partAfterHyphen(_ word: String) -> String? {
        var word = word
        return word.withUTF8 { bytes -> String? in
            var k = bytes.count - 1
            while k > 0 && bytes[k] != 0x2D { k -= 1 }
            guard k > 0, k + 1 < bytes.count else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[(k + 1)...]), as: UTF8.self)
        }
    }

    /// The class of a lowercase word as a whole.
    private func classifyWhole(_ word: String) -> WordClass {
        var wordClass = WordClass()
        guard let first = word.unicodeScalars.first, let candidates = entries[first.value] else { return wordClass }
        var word = word
        word.withUTF8 { bytes in
            for entry in candidates {
                guard entry.bytes.count <= bytes.count, !entry.exact || entry.bytes.count == bytes.count else { continue }
                var same = true
                for k in 0..<entry.bytes.count where entry.bytes[k] != bytes[k] {
                    same = false
                    break
                }
                guard same else { continue }
                switch entry.action {
                case .trigger(let index): if wordClass.trigger < 0 || index < wordClass.trigger { wordClass.trigger = index }
                case .cueStem: wordClass.isCueStem = true
                case .sourceCue: wordClass.isSourceCue = true
                case .participation(let index): if wordClass.participation < 0 || index < wordClass.participation { wordClass.participation = index }
                case .monthGenitive(let month): wordClass.monthGenitive = month
                case .monthOther(let month): wordClass.monthOther = month
                case .relativeDay(let offset): wordClass.relativeDay = offset
                case .relativeStep(let step): wordClass.relativeStep = step
                case .weekday(let day): wordClass.weekday = day
                case .yearWord: wordClass.isYearWord = true
                }
            }
        }
        return wordClass
    }
}
