import LitopysMorph
import LitopysText

/// A per-document view that the fact rules read: lowercase words, their vocabulary classes,
/// cue and verb features per token, paragraphs per sentence, and which entity each token
/// belongs to.
///
/// Built once per document in O(tokens). Verb features and cue lemmas come from the
/// ``MorphologyLayer`` when the morphology stage ran, and from word endings otherwise.
struct FactContext {
    let document: Document
    /// Lowercase text of each token. Shape: `[tokenCount]`.
    let words: [String]
    /// What the fact rules know of each token's word, computed once per distinct word. Shape: `[tokenCount]`.
    let classes: [WordClass]
    /// Whether each token is a verb of saying (``QuoteVocabulary``). Shape: `[tokenCount]`.
    let isCue: [Bool]
    /// Verb, tense and gender bits of each token (``TagFlags``). Shape: `[tokenCount]`.
    let flags: [TagFlags]
    /// Paragraph index of each sentence. Shape: `[sentenceCount]`.
    let paragraphOfSentence: [Int]
    /// Index into ``entities`` of the entity a token belongs to, or -1. Shape: `[tokenCount]`.
    let entityOfToken: [Int]
    /// The entities.
    let entities: [FactEntity]
    /// Whether morphology was available.
    let hasMorphology: Bool
    /// The day relative dates and years resolve against: the publication date, else the
    /// date of a dateline that opens the body (`Київ, 12 березня 2024 року. …`).
    let referenceDate: CalendarDate?
    /// The place and date of a dateline that opens the body (`Київ, 12 березня 2024 року.`,
    /// `Київ, 19 липня (Укрінформ).` in the year of publication):
    /// the place's tokens and the day.
    let dateline: (place: Range<Int>, date: CalendarDate)?

    init(document: Document, entities: [FactEntity]) {
        self.document = document
        self.entities = entities
        let count = document.tokenCount
        var words: [String] = []
        words.reserveCapacity(count)
        var classes: [WordClass] = []
        classes.reserveCapacity(count)
        let vocabulary = VocabularyIndex.shared
        for i in 0..<count {
            let word = Self.lowercased(document, token: i)
            words.append(word)
            classes.append(document.tokenKinds[i] == .word ? vocabulary.classify(word) : WordClass())
        }
        self.words = words
        self.classes = classes
        let morphology = document[layer: MorphologyLayer.self]
        hasMorphology = morphology.count == count && count > 0
        var flags = [TagFlags](repeating: [], count: count)
        var cues = [Bool](repeating: false, count: count)
        if hasMorphology {
            var tagFlags: [Int32: TagFlags] = [:]
            // By a hash of the bytes first: hashing a `String` normalises it, and most lemmas miss.
            let cueLemma = morphology.lemmaTable.map { lemma in
                Self.cueLemmaHashes.contains(lemma.utf8Hash) && QuoteVocabulary.cueLemmas.contains(lemma)
            }
            for i in 0..<count {
                let tag = morphology.tagIDs[i]
                let f: TagFlags
                if let cached = tagFlags[tag] { f = cached } else {
                    f = TagFlags(tag: morphology.tagNames[Int(tag)])
                    tagFlags[tag] = f
                }
                flags[i] = f
                cues[i] = (cueLemma[Int(morphology.lemmaIDs[i])] && f.contains(.verb)) || classes[i].isSourceCue
            }
        } else {
            for i in 0..<count {
                let w = words[i]
                // Reflexive past forms (`домовилися`, `зустрівся`) and the first person plural (`ведемо`).
                let reflexivePast = w.hasSuffix("вся") || w.hasSuffix("лася") || w.hasSuffix("лися") || w.hasSuffix("лося")
                let verb = w.hasSuffix("в") || w.hasSuffix("ла") || w.hasSuffix("ли") || w.hasSuffix("ло") || w.hasSuffix("ає")
                    || w.hasSuffix("ить") || w.hasSuffix("ють") || w.hasSuffix("ться") || w.hasSuffix("ує") || reflexivePast
                    || w.hasSuffix("емо") || w.hasSuffix("ємо") || w.hasSuffix("имо")
                if verb { flags[i].insert(.verb) }
                if reflexivePast { flags[i].insert(.past) }
                if w.hasSuffix("ти") || w.hasSuffix("тися") || w.hasSuffix("тись") { flags[i].formUnion([.verb, .infinitive]) }
                if verb && w.hasSuffix("ла") { flags[i].insert(.feminine) }
                if w.isSpelled("буде") || w.isSpelled("будуть") || w.isSpelled("відбудеться") || w.isSpelled("відбудуться") || w.hasSuffix("тиме") || w.hasSuffix("тимуть") {
                    flags[i].insert(.future)
                }
                if w.isSpelled("триває") || w.isSpelled("тривають") { flags[i].insert(.present) }
                if verb && (w.hasSuffix("в") || w.hasSuffix("ла") || w.hasSuffix("ли") || w.hasSuffix("ло")) { flags[i].insert(.past) }
                cues[i] = (classes[i].isCueStem && verb) || classes[i].isSourceCue
            }
        }
        self.flags = flags
        self.isCue = cues
        var paragraphs: [Int] = []
        var paragraph = 0
        var previousEnd = 0
        for s in 0..<document.sentenceCount {
            let sentence = document.sentence(s)
            if s > 0 && document.scalars[previousEnd..<max(previousEnd, sentence.start)].contains("\n") { paragraph += 1 }
            paragraphs.append(paragraph)
            previousEnd = sentence.end
        }
        paragraphOfSentence = paragraphs
        // A token inside two mentions belongs to the longer one: a place named inside an
        // organisation's name (`… ДСНС у Закарпатській області`) is not read as where things happen.
        var owner = Array(repeating: -1, count: count)
        var ownerLength = Array(repeating: 0, count: count)
        for (index, entity) in entities.enumerated() {
            for mention in entity.mentions where mention.lowerBound >= 0 && mention.upperBound <= count {
                for t in mention where owner[t] == -1 || mention.count > ownerLength[t] {
                    owner[t] = index
                    ownerLength[t] = mention.count
                }
            }
        }
        entityOfToken = owner
        dateline = Self.dateline(document, words: words, classes: classes)
        referenceDate = document.published.flatMap(CalendarDate.init(iso:)) ?? dateline?.date
    }

    /// The dateline, the place and full date that open an article's body before its first
    /// sentence (`Київ, 12 березня 2024 року.`, `ВАРШАВА, 18 січня 2024 р. –`,
    /// `Львів, 05.06.2024.`), or nil. A date without a year is no dateline: it cannot be placed.
    static func dateline(_ document: Document, words: [String], classes: [WordClass]) -> (place: Range<Int>, date: CalendarDate)? {
        guard document.sentenceCount > 0 else { return nil }
        let first = document.sentence(0).tokens
        var t = first.lowerBound
        // The place: one to three capitalised words, with hyphens between.
        func isPlaceWord(_ t: Int) -> Bool {
            document.tokenKinds[t] == .word && document.scalars[Int(document.tokenStarts[t])].properties.isUppercase
        }
        while t < first.upperBound && t - first.lowerBound < 5 && (isPlaceWord(t) || (t > first.lowerBound && words[t] == "-")) {
            t += 1
        }
        guard t > first.lowerBound, t + 1 < first.upperBound, words[t] == "," else { return nil }
        let place = first.lowerBound..<t
        t += 1
        var date: CalendarDate?
        if let numeric = DateExtractor.numericDate(words[t]) {
            date = CalendarDate(iso: numeric)
            t += 1
        } else if let day = DateExtractor.dayNumber(words[t]), t + 2 < first.upperBound, let month = classes[t + 1].monthGenitive {
            if let year = DateExtractor.yearNumber(words[t + 2]) {
                date = CalendarDate(year: year, month: month, day: day)
                t = DateExtractor.skipYearWord(words, t + 3)
            } else if let published = document.published.flatMap(CalendarDate.init(iso:)) {
                // `Київ, 19 липня (Укрінформ).`: the year of publication.
                date = CalendarDate(year: published.year, month: month, day: day)
                t += 2
            }
        }
        // The agency in brackets: `(Укрінформ)`.
        if date != nil, t < first.upperBound, words[t] == "(",
            let close = (t + 1..<min(first.upperBound, t + 6)).first(where: { words[$0] == ")" })
        {
            t = close + 1
        }
        // The dateline ends its sentence, or a dash parts it from the first one.
        guard let date, t >= first.upperBound || [".", "–", "—", "-", "/"].contains(words[t]) else { return nil }
        return (place, date)
    }

    /// Hashes of the cue lemmas' UTF-8.
    static let cueLemmaHashes = Set(QuoteVocabulary.cueLemmas.map(\.utf8Hash))

    /// The lowercase text of a token, mapping Cyrillic and ASCII capitals directly.
    static func lowercased(_ document: Document, token i: Int) -> String {
        let slice = document.scalars[Int(document.tokenStarts[i])..<Int(document.tokenEnds[i])]
        var simple = true
        for c in slice where c.value >= 0x80 && (c.value < 0x400 || c.value > 0x4FF) && c.value != 0x2019 { simple = false }
        guard simple else { return String(scalars: slice).lowercased() }
        return String(scalars: slice.lazy.map { c -> Unicode.Scalar in
            let v = c.value
            if v &- 0x41 < 26 || (v >= 0x410 && v <= 0x42F) { return Unicode.Scalar(v + 0x20) ?? c }
            if v >= 0x400 && v <= 0x40F { return Unicode.Scalar(v + 0x50) ?? c }
            if v == 0x490 { return "ґ" }
            return c
        })
    }

    var tokenCount: Int { words.count }

    /// The tokens of sentence `s`.
    func tokens(ofSentence s: Int) -> Range<Int> { document.sentence(s).tokens }

    /// Whether token `i` is a verb (by morphology, or by a verb ending when there is none).
    func isVerb(_ i: Int) -> Bool { flags[i].contains(.verb) }

    /// Whether token `i` is a word written in lower case (`інтерв'ю`, not `CNN` or `Одеської`).
    func isLowercaseWord(_ i: Int) -> Bool {
        document.tokenKinds[i] == .word && words[i] == text(i..<i + 1)
    }

    /// Whether token `i` is an infinitive (`публікувати`).
    func isInfinitive(_ i: Int) -> Bool { flags[i].contains(.infinitive) }

    /// The lemma of token `i`, or its lowercase word without morphology.
    func lemma(_ i: Int) -> String {
        guard hasMorphology else { return words[i] }
        return document[layer: MorphologyLayer.self].lemma(i)
    }

    /// Whether the sentence speaks of the future (`відбудеться`, `дасть`, `буде`).
    func isFuture(sentence s: Int) -> Bool { tokens(ofSentence: s).contains { flags[$0].contains(.future) } }

    /// The tense of the verb nearest token `t` in its sentence, skipping the writer's own
    /// verbs (`Нагадаємо, …`): `announced` for the future, `ongoing` for the present, `happened` for the past.
    func status(near t: Int) -> String? {
        let range = tokens(ofSentence: document.sentenceIndex(ofToken: t))
        var best: (String, Int)?
        for i in range where !flags[i].contains(.personal) {
            let status: String? = flags[i].contains(.future) ? "announced" : flags[i].contains(.present) ? "ongoing" : flags[i].contains(.past) ? "happened" : nil
            guard let status else { continue }
            let distance = abs(i - t)
            if best == nil || distance < best!.1 { best = (status, distance) }
        }
        return best?.0
    }

    /// The text of tokens `range`, as written.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return document.text(from: Int(document.tokenStarts[range.lowerBound]), to: Int(document.tokenEnds[range.upperBound - 1]))
    }

    /// Start offset of token `i`.
    func start(_ i: Int) -> Int { Int(document.tokenStarts[i]) }
    /// End offset of token `i`.
    func end(_ i: Int) -> Int { Int(document.tokenEnds[i]) }

    /// The entity of token `i`, if any.
    func entity(at i: Int) -> FactEntity? {
        let index = entityOfToken[i]
        return index >= 0 ? entities[index] : nil
    }

    /// The first token of the entity mention that holds token `i` (`i` itself outside one).
    func mentionStart(_ i: Int) -> Int {
        entity(at: i)?.mentions.first { $0.contains(i) }?.lowerBound ?? i
    }

    /// Whether entity `id` is a person.
    func isPerson(_ id: String) -> Bool {
        entities.first { $0.id == id }?.type == "PERS"
    }
}

/// Verb, tense and gender of a token, from its morphological tag.
struct TagFlags: OptionSet, Hashable {
    let rawValue: UInt8
    static let verb = TagFlags(rawValue: 1)
    static let future = TagFlags(rawValue: 2)
    static let present = TagFlags(rawValue: 4)
    static let feminine = TagFlags(rawValue: 8)
    static let past = TagFlags(rawValue: 16)
    static let infinitive = TagFlags(rawValue: 64)
    /// First or second person (`нагадаємо`): the writer speaking, not the events.
    static let personal = TagFlags(rawValue: 32)
    /// The genitive case (`саміту` in `напередодні саміту`).
    static let genitive = TagFlags(rawValue: 128)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The four-letter grammemes that set flags, each as one number (first letter highest).
    private static let grammemeFlags: [(code: UInt32, flags: TagFlags)] = [
        ("VERB", [.verb]), ("GRND", [.verb]), ("INFN", [.verb, .infinitive]), ("infn", [.verb, .infinitive]),
        ("futr", [.future]), ("pres", [.present]), ("femn", [.feminine]), ("past", [.past]),
        ("1per", [.personal]), ("2per", [.personal]), ("gent", [.genitive]),
    ].map { name, flags in (name.utf8.reduce(0) { $0 << 8 | UInt32($1) }, flags) }

    /// The flags of a tag such as `VERB,perf,tran femn,past,sing,indc`.
    init(tag: String) {
        var flags: TagFlags = []
        // Grammemes are ASCII: compare their bytes, four at a time (no String comparison,
        // which would normalise Unicode).
        var word: UInt32 = 0
        var length = 0
        func flush() {
            if length == 4, let match = Self.grammemeFlags.first(where: { $0.code == word }) { flags.formUnion(match.flags) }
            word = 0
            length = 0
        }
        for byte in tag.utf8 {
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: " ") {
                flush()
            } else {
                word = word << 8 | UInt32(byte)
                length += 1
            }
        }
        flush()
        if !flags.contains(.verb) { flags.subtract([.present, .future, .past]) }
        self = flags
    }
}

/// What the fact rules know of a word, from the vocabularies (``VocabularyIndex``).
struct WordClass: Sendable {
    /// Index into ``EventTrigger/all`` of the first trigger the word matches, or -1.
    var trigger = -1
    /// Whether the word begins like a verb of saying (for text without morphology).
    var isCueStem = false
    /// Whether the word reports what a text says (`йдеться`).
    var isSourceCue = false
    /// Index into ``ParticipationVocabulary/cues``, or -1.
    var participation = -1
    /// Month number of a genitive month name (`січня`), or nil.
    var monthGenitive: Int?
    /// Month number of a locative or nominative month name (`у січні`, `січень`), or nil.
    var monthOther: Int?
    /// Days from the publication date (`вчора` → -1), or nil.
    var relativeDay: Int?
    /// `минулого` → -1, `цього` → 0, `наступного` → 1, or nil.
    var relativeStep: Int?
    /// Monday = 1 … Sunday = 7, or nil.
    var weekday: Int?
    /// Whether the word marks a year (`року`, `р`).
    var isYearWord = false
}
