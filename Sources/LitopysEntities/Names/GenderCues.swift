import LitopysMorph

/// Finds the grammatical gender of a person mention from the words around it: a first name
/// the dictionary knows, a feminine job title before it (`заступниця`), a past-tense verb
/// after it (`Шерман наголосила`), or a relative pronoun in apposition (`…, яка`).
///
/// Gender decides how a surname inflects: a woman's `Шерман` stays as it is.
struct GenderCues: Sendable {
    /// The analyzer.
    let analyzer: MorphAnalyzer

    /// The gender of the person whose mention has `words`, followed in the sentence by
    /// `following` words, with job-title words `title` before it (or empty).
    func gender(words: [String], following: [String], title: [String]) -> Entity.Gender? {
        // A known first name, in a case the other name words can share (`Богдана
        // Стельмаха` is a man in the genitive, not the woman's name `Богдана`).
        let otherCases: Set<String>? = words.count > 1
            ? Set(words.dropFirst().flatMap { analyzer.analyze($0).compactMap(\.grammemeCase) }) : nil
        for word in words.prefix(2) where word.first?.isUppercase == true {
            var names = analyzer.analyze(word).filter { $0.isFirstName && $0.number != Grammeme.plural }
            if let otherCases {
                let agreeing = names.filter { $0.grammemeCase.map(otherCases.contains) ?? false }
                if !agreeing.isEmpty { names = agreeing }
            }
            var genders = Set(names.compactMap(\.gender))
            if genders.count > 1 {
                // A nominative reading wins over an oblique one (`Петро` is not the vocative of `Петра`).
                genders = Set(names.filter { $0.grammemeCase == Grammeme.nominative }.compactMap(\.gender))
            }
            if genders == [Grammeme.masculine] { return .masculine }
            if genders == [Grammeme.feminine] { return .feminine }
        }
        // A feminine title noun (a masculine one says little: `міністр` serves women too).
        if let head = title.first, analyzer.analyze(head).allSatisfy({ $0.partOfSpeech != "NOUN" || $0.gender == Grammeme.feminine }),
            analyzer.analyze(head).contains(where: { $0.partOfSpeech == "NOUN" })
        {
            return .feminine
        }
        // A past-tense verb or a relative pronoun right after the name.
        var k = 0
        for word in following.prefix(4) {
            k += 1
            if word == "," || word == "–" || word == "—" { continue }
            let readings = analyzer.analyze(word)
            let verbs = readings.filter { $0.partOfSpeech == "VERB" && $0.has("past") }
            if !verbs.isEmpty {
                let genders = Set(verbs.compactMap(\.gender))
                if genders == [Grammeme.feminine] { return .feminine }
                if genders == [Grammeme.masculine] { return .masculine }
                return nil
            }
            let lower = word.lowercased()
            if lower == "яка" || lower == "котра" { return .feminine }
            if lower == "який" || lower == "котрий" { return .masculine }
            if k >= 2 { break }
        }
        return nil
    }
}
