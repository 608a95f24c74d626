import LitopysMorph

/// Splits a span that names several places or bodies with one shared plural noun
/// (`Волинській та Львівській областях`) into one mention per adjective, each with its own
/// normal form (`Волинська область`, `Львівська область`).
struct CoordinatedNames: Sendable {
    /// The analyzer.
    let analyzer: MorphAnalyzer

    /// One part of a split span: its tokens (a slice of the span) and normal form.
    struct Part {
        var tokens: Range<Int>
        var normalForm: String
    }

    /// The parts of a span of `words` starting at token `first`, or nil when the span is not
    /// `Adjective (, | та | і | й) … Adjective PluralNoun`.
    func split(words: [String], first: Int) -> [Part]? {
        guard words.count >= 4, let nounWord = words.last else { return nil }
        let conjunctions: Set<String> = [",", "та", "і", "й"]
        let nounReadings = analyzer.readings(nounWord).filter {
            $0.partOfSpeech == "NOUN" && $0.number == Grammeme.plural && $0.grammemeCase != nil
        }
        guard let noun = nounReadings.first, let nounCase = noun.grammemeCase else { return nil }
        // Capitalised adjectives in the noun's case (`Волинській`, `Львівській` with `областях`).
        var adjectives: [(Int, MorphAnalysis)] = []
        var sawConjunction = false
        for (i, word) in words.dropLast().enumerated() {
            if conjunctions.contains(word.lowercased()) {
                sawConjunction = true
                continue
            }
            guard word.first?.isUppercase == true,
                let adjective = analyzer.readings(word).first(where: {
                    ($0.partOfSpeech == "ADJF") && $0.grammemeCase == nounCase
                })
            else { return nil }
            adjectives.append((i, adjective))
        }
        guard sawConjunction, adjectives.count >= 2,
            let singular = analyzer.inflect(noun, to: [Grammeme.nominative, Grammeme.singular])
        else { return nil }
        let gender = singular.gender
        return adjectives.map { i, adjective in
            var target: Set<String> = [Grammeme.nominative, Grammeme.singular]
            if let gender { target.insert(gender) }
            let form = analyzer.inflect(adjective, to: target)?.word ?? adjective.word
            // The noun keeps its capitals (`ПСГ` stays `ПСГ`, `областях` gives `область`).
            let name = MorphAnalyzer.restoreCaseLike(form, words[i]) + " " + MorphAnalyzer.restoreCaseLike(singular.word, nounWord)
            let isLast = i == adjectives.last?.0
            return Part(tokens: (first + i)..<(first + (isLast ? words.count : i + 1)), normalForm: name)
        }
    }
}
