/// Maps the dictionary's tags to Universal Dependencies parts of speech (UPOS).
public enum UniversalPOS {
    /// Pronominal words that UD tags `DET`.
    static let determiners: Set<String> = [
        "той", "цей", "такий", "який", "свій", "мій", "твій", "наш", "ваш", "їхній", "їх", "його", "її", "весь", "увесь",
        "всякий", "усякий", "кожний", "кожен", "інший", "сам", "самий", "жодний", "жоден", "чий", "котрий", "деякий",
        "якийсь", "ніякий", "будь-який", "стільки", "скільки", "оцей", "отой", "отакий", "всі", "усі",
    ]

    /// The UPOS of a reading: `NOUN`/`PROPN`, `ADJ`, `VERB`/`AUX`, `ADV`, `ADP`, `CCONJ`,
    /// `SCONJ`, `PART`, `INTJ`, `NUM`, `PRON`/`DET`, `PUNCT`, `SYM`, `X`.
    public static func tag(for reading: MorphAnalysis, capitalised: Bool = false) -> String {
        switch reading.partOfSpeech {
        case "NOUN":
            if reading.isNamePart { return "PROPN" }
            if capitalised && reading.source != .dictionary { return "PROPN" }
            return "NOUN"
        case "ADJF", "PRTF": return determiners.contains(reading.lemma) ? "DET" : "ADJ"
        case "VERB": return reading.lemma == "бути" ? "AUX" : "VERB"
        case "GRND": return "VERB"
        case "ADVB", "PRED", "Prnt": return "ADV"
        case "PREP": return "ADP"
        case "CONJ": return reading.has("subord") ? "SCONJ" : "CCONJ"
        case "PRCL": return "PART"
        case "INTJ": return "INTJ"
        case "NUMR", "NUMB": return "NUM"
        case "NPRO": return determiners.contains(reading.lemma) ? "DET" : "PRON"
        case "PNCT": return "PUNCT"
        case "SYMB": return "SYM"
        case "LATN": return capitalised ? "PROPN" : "X"
        default: return "X"
        }
    }
}
