/// Tokens as the NER tagger sees them: flat code points and token offsets, with optional
/// morphology per token.
///
/// This is the tagger's own view, independent of ``LitopysText/Document``, so that the
/// same code runs on a segmented document and on a brat training file.
///
/// Shapes: `scalars` `[characterCount]`; `starts`, `ends` `[tokenCount]`;
/// `sentenceBounds` `[sentenceCount + 1]`, ascending, last = `tokenCount`;
/// `morphology` `[tokenCount]` or empty when no morphology stage ran.
struct TaggingInput: Sendable {
    /// The text as code-point values.
    var scalars: ContiguousArray<UInt32>
    /// Start code-point offset of each token.
    var starts: ContiguousArray<Int32>
    /// End code-point offset (exclusive) of each token.
    var ends: ContiguousArray<Int32>
    /// First token of each sentence, then `tokenCount`.
    var sentenceBounds: ContiguousArray<Int32>
    /// Morphological atoms per token, or empty.
    var morphology: ContiguousArray<MorphAtoms> = []
    /// What a first tagging stage said about each token, or empty (see ``DocumentHints``).
    var hints: DocumentHints?
    /// Token ranges of the sentences written all in capitals that
    /// ``truecaseShoutedSentences(analyzer:gazetteer:)`` rewrote in ordinary case.
    var truecasedSentences: [Range<Int>] = []

    /// The number of tokens.
    var tokenCount: Int { starts.count }
    /// The number of sentences.
    var sentenceCount: Int { sentenceBounds.count - 1 }

    /// Token range of sentence `index`.
    func sentence(_ index: Int) -> Range<Int> {
        Int(sentenceBounds[index])..<Int(sentenceBounds[index + 1])
    }

    /// Token range of the sentence that holds token `token`.
    ///
    /// - Complexity: O(log sentences).
    func sentence(containing token: Int) -> Range<Int> {
        var low = 0
        var high = sentenceCount - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(sentenceBounds[middle]) <= token { low = middle } else { high = middle - 1 }
        }
        return sentence(low)
    }

    /// The stem hash of each token's lemma (``MorphAtoms/lemmaStem``), for gazetteer
    /// matching; nil when no morphology stage ran. Shape: `[tokenCount]`.
    var lemmaStems: ContiguousArray<UInt64>? {
        morphology.count == tokenCount ? ContiguousArray(morphology.lazy.map(\.lemmaStem)) : nil
    }

    /// The text of token `index` as written, or as truecased in a sentence written all in
    /// capitals (`ДЖО БАЙДЕНОМ` → `Джо Байденом`): the spelling names are built from.
    func nameSpelling(ofToken index: Int, written: String) -> String {
        truecasedSentences.contains { $0.contains(index) } ? text(ofToken: index) : written
    }

    /// The text of token `index`.
    func text(ofToken index: Int) -> String {
        var view = String.UnicodeScalarView()
        for i in Int(starts[index])..<Int(ends[index]) {
            if let s = Unicode.Scalar(scalars[i]) { view.append(s) }
        }
        return String(view)
    }
}

/// Hashed morphological facts about one token: what the morphology stage says, as atoms
/// that feature templates can combine. Zero means "unknown".
struct MorphAtoms: Sendable, Hashable {
    /// Hash of the lemma.
    var lemma: UInt64 = 0
    /// Hash of the part of speech (`noun`, `adj`, `verb`, …).
    var pos: UInt64 = 0
    /// Hash of the grammatical case (`v_naz`, `v_rod`, …).
    var grammaticalCase: UInt64 = 0
    /// Hash of the name kinds (first name, surname, patronymic, geographic, abbreviation,
    /// organisation) and animacy of the word's readings, or 0. Animacy tells occupations
    /// (`лікар`, `шахтарям`) from things.
    var nameKind: UInt64 = 0
    /// Whether the word's first reading is an adjective (`Дрогобицький`, `Макарівську`).
    var isAdjective = false
    /// Whether the dictionary knows the word as a first name (`Лариса`, `Денису`).
    var canBeFirstName = false
    /// Whether the word may be a surname: the dictionary knows it as one, or does not know
    /// it at all (`Ковач`, `Варібрус`).
    var canBeSurname = false
    /// The stem hash of the lemma (``Stemmer``), so that gazetteer names whose stem
    /// alternates in inflection match every form: `Києва` → `Київ`, `Львові` → `Львів`.
    var lemmaStem: UInt64 = 0
    /// The folded hash of the first reading's lemma (``WordClusters/key(of:)``), by which
    /// the lemma classes are looked up.
    var lemmaKey: UInt64 = 0
    /// The word's part-of-speech group and whether it can be genitive, as
    /// ``TransitionClasses`` reads them: `group × 2 + genitive`, group 0 noun, 1 adjective,
    /// 2 verb, 3 preposition, 4 conjunction, 5 other.
    var transitionGroup: UInt8 = 10
    /// The case and gender of each singular noun reading, one bit each (`case × 3 + gender`;
    /// 0 when there is none): two words of one person's name share a bit (`Дмитра Левицького`),
    /// two persons side by side may not (`Левицького` + `Лідія`).
    var nounAgreement: UInt32 = 0

    /// Whether some reading of the word is an adjective (`Лютий`, a month, a surname and
    /// "fierce").
    var canBeAdjective = false

    /// Whether the dictionary knows the word as one person's first name (`Софія`, `Миколая`;
    /// not `Миколаїв`, which it reads as a first name only in the plural).
    var isSingularFirstName = false

    /// Whether the word's genitive noun readings all name living beings (VESUM's `anim`:
    /// `волонтерів`; not `політики`, which is also the genitive of the thing `політика`).
    var isLivingGenitive = false

    /// Whether the dictionary reads the word as a common noun for a thing in the nominative
    /// (`журі`, a jury), which can be the subject of a neuter verb.
    var canBeThingNominative = false

    /// Whether the dictionary reads the word only as a part of a personal name (a first name,
    /// surname or patronymic: `Смірновим`, `Міцкевича`; not `Шевченко`, also a common noun).
    var isOnlyPersonalName = false

    /// Whether the dictionary knows the word and reads it only as a common word for a thing:
    /// no reading is a name of a person, place or body, an abbreviation, a living being or
    /// an adjective (`Біблію`, `Словом`, `Сонце`; not `Бог`, `Ірмина`).
    var isOnlyCommonWord = false

    /// Whether the word's first reading is a noun or a pronoun (part-of-speech group 0).
    var isNoun: Bool { transitionGroup / 2 == 0 }

    /// No morphology.
    static let unknown = MorphAtoms()
}
