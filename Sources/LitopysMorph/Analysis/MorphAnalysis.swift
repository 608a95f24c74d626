/// One reading of a word: its lemma, its tag, and where the reading came from.
///
/// Tags use the dictionary's OpenCorpora-style names: part of speech first, then
/// grammemes, e.g. `NOUN,anim,femn sing,gent`, `ADJF masc,nomn`, `NOUN,Surn,masc,anim gent`.
/// Words outside the dictionary get guessed tags, or a shape tag: `NUMB`, `LATN`, `PNCT`,
/// `SYMB`, `UNKN`.
///
/// ```swift
/// let parse = analyzer.analyze("Києва")[0]
/// parse.lemma          // "київ"
/// parse.partOfSpeech   // "NOUN"
/// parse.grammemeCase   // "gent"
/// ```
public struct MorphAnalysis: Sendable, Hashable, CustomStringConvertible {
    /// Where a reading comes from.
    public enum Source: String, Sendable, Hashable {
        /// The word is in the dictionary.
        case dictionary
        /// Litopys's supplementary lexicon (`lexicon.tsv`): frequent words the dictionary lacks.
        case lexicon
        /// The dictionary knows the word after a known prefix (`екс`, `віце`, …).
        case prefix
        /// Built from the parts of a hyphenated word.
        case hyphen
        /// Guessed from the word's ending.
        case suffix
        /// Given by the word's shape (number, Latin, punctuation) or unknown.
        case shape
    }

    /// The form as the dictionary spells it (lowercased, `'` apostrophe, `ґ` restored).
    public let word: String
    /// The lemma (dictionary form), lowercased.
    public let lemma: String
    /// The tag id in the dictionary's tag table.
    public let tagID: Int
    /// The tag as a string, e.g. `NOUN,inan,femn sing,gent`.
    public let tag: String
    /// The part of speech: `NOUN`, `ADJF`, `VERB`, …, or a shape tag.
    public let partOfSpeech: String
    /// Where the reading came from.
    public let source: Source
    /// Paradigm id and form index, or -1 for shape readings; used by inflection.
    let paradigm: Int
    let form: Int

    /// The grammemes of the tag, e.g. `["NOUN", "inan", "femn", "sing", "gent"]`; shared with
    /// every reading of the same tag (split once, in the tag table).
    public let grammemes: [String]

    init(
        word: String, lemma: String, tagID: Int, tag: String, partOfSpeech: String, source: Source, paradigm: Int, form: Int,
        grammemes: [String]
    ) {
        self.word = word
        self.lemma = lemma
        self.tagID = tagID
        self.tag = tag
        self.partOfSpeech = partOfSpeech
        self.source = source
        self.paradigm = paradigm
        self.form = form
        self.grammemes = grammemes
    }

    /// Whether the tag has grammeme `name`.
    ///
    /// - Complexity: O(tag length); no allocation.
    public func has(_ name: String) -> Bool {
        let bytes = tag.utf8
        let wanted = name.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        while true {
            let atEnd = index == bytes.endIndex
            if atEnd || bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: " ") {
                if bytes[start..<index].elementsEqual(wanted) { return true }
                if atEnd { return false }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
    }

    /// The case grammeme (`nomn`, `gent`, `datv`, `accs`, `ablt`, `loct`, `voct`), if any.
    public var grammemeCase: String? { grammemes.first(where: { Grammeme.cases.contains($0) }) }
    /// The number (`sing`, `plur`), if any. The dictionary marks singular forms by their
    /// gender alone, so a form with a gender and no `plur` is `sing`.
    public var number: String? {
        let all = grammemes
        if all.contains("plur") { return "plur" }
        if all.contains("sing") || all.contains("masc") || all.contains("femn") || all.contains("neut") { return "sing" }
        return nil
    }
    /// The gender grammeme (`masc`, `femn`, `neut`), if any.
    public var gender: String? { grammemes.first(where: { $0 == "masc" || $0 == "femn" || $0 == "neut" }) }
    /// Whether the reading is a first name (`Name`).
    public var isFirstName: Bool { has("Name") }
    /// Whether the reading is a surname (`Surn`).
    public var isSurname: Bool { has("Surn") }
    /// Whether the reading is a patronymic (`Patr`).
    public var isPatronymic: Bool { has("Patr") }
    /// Whether the reading is a part of a personal name: first name, surname or patronymic.
    public var isNamePart: Bool { isFirstName || isSurname || isPatronymic }
    /// Whether the reading is an abbreviation (`Abbr`).
    public var isAbbreviation: Bool { has("Abbr") }
    /// Whether the reading is geographical. `pymorphy3-dicts-uk` has no such grammeme, so this
    /// is true only for tags that carry `Geox` (none in version 2.4.1).
    public var isGeographical: Bool { has("Geox") }

    /// `word → lemma tag [source]`, for logs and the command line.
    public var description: String { "\(word) → \(lemma) \(tag) [\(source.rawValue)]" }
}

/// Grammeme names used by the public API (OpenCorpora spelling, as in the dictionary's tags).
public enum Grammeme {
    /// The seven cases, nominative first.
    public static let cases = ["nomn", "gent", "datv", "accs", "ablt", "loct", "voct"]
    /// Nominative.
    public static let nominative = "nomn"
    /// Genitive.
    public static let genitive = "gent"
    /// Dative.
    public static let dative = "datv"
    /// Accusative.
    public static let accusative = "accs"
    /// Instrumental.
    public static let instrumental = "ablt"
    /// Locative.
    public static let locative = "loct"
    /// Vocative.
    public static let vocative = "voct"
    /// Singular.
    public static let singular = "sing"
    /// Plural.
    public static let plural = "plur"
    /// Masculine.
    public static let masculine = "masc"
    /// Feminine.
    public static let feminine = "femn"
    /// Neuter.
    public static let neuter = "neut"
}
