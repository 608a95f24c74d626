import LitopysMorph

/// Finds the grammatical gender of a person mention from the words around it: a first name
/// the dictionary knows, a feminine job title before it (`заступниця`), a past-tense verb
/// after it (`Шерман наголосила`), or a relative pronoun in apposition (`…, яка`).
///
/// Gender decides how a surname inflects: a woman's `Шерман` stays as it is.
struct GenderCues: Sendable {
    /// The analyzer.
    let analyzer: MorphAnalyzer

    /// Conjunctions that end an adverbial: another subject may follow them.
    private static let conjunctions: Set<String> = ["і", "й", "та", "або", "чи", "а", "але"]

    /// Whether the last word of a name can be nominative, or is unknown to the dictionary.
    private func canBeSubject(_ words: [String]) -> Bool {
        guard let last = words.last else { return false }
        let readings = analyzer.readings(last)
        return readings.isEmpty || readings.contains { $0.grammemeCase == Grammeme.nominative }
    }

    /// Whether the head of `title`, its first word after the adjectives that open it, is a noun
    /// only of the feminine gender (`заступниця`, `українська легкоатлетка`). A title that opens
    /// with anything else says nothing.
    private func isFeminineTitle(_ title: [String]) -> Bool {
        for word in title {
            let readings = analyzer.readings(word)
            let nouns = readings.filter { $0.partOfSpeech == "NOUN" }
            let modifiers = readings.filter { $0.partOfSpeech == "ADJF" || $0.partOfSpeech == "PRTF" }
            // An adjective that agrees with a feminine head: go on to the next word.
            if !modifiers.isEmpty, modifiers.contains(where: { $0.gender == Grammeme.feminine }) { continue }
            return !nouns.isEmpty && nouns.allSatisfy { $0.gender == Grammeme.feminine }
        }
        return false
    }

    /// Whether `word`, a lower-case noun right before a first name `name`, is a woman's noun
    /// in apposition to it: a feminine noun that may name a being, in an oblique case that
    /// the name's feminine reading shares and its masculine one does not (`угорку Петру
    /// Шомоді`, `італійку Джулію`; not `дружину Петра`, where `Петра` is his genitive, nor a
    /// nominative, which may govern a genitive: `дружина Петра`).
    ///
    /// A nominative noun is in apposition too when it names no tie to another person
    /// (`чемпіонка Ярослава Магучіх`, not `дружина Ярослава`), the name is nominative only as
    /// a woman's, and no other word of the name reads only as a man's (`Коваля`).
    private func isFeminineAppositive(_ word: String, before name: String, others: [String] = []) -> Bool {
        guard word.first?.isLowercase == true else { return false }
        let nouns = analyzer.readings(word).filter { $0.partOfSpeech == "NOUN" }
        // `угорку` is also a kind of cucumber: one reading of a being suffices.
        let beings = nouns.filter { $0.has("anim") }
        guard !beings.isEmpty, nouns.allSatisfy({ $0.gender == Grammeme.feminine }) else { return false }
        var cases = Set(beings.compactMap(\.grammemeCase)).subtracting([Grammeme.nominative])
        let names = analyzer.readings(name).filter { $0.isFirstName && $0.number != Grammeme.plural }
        let feminine = Set(names.filter { $0.gender == Grammeme.feminine }.compactMap(\.grammemeCase))
        let masculine = Set(names.filter { $0.gender == Grammeme.masculine }.compactMap(\.grammemeCase))
        if beings.contains(where: { $0.grammemeCase == Grammeme.nominative }), !beings.contains(where: { Self.tieNouns.contains($0.lemma) }),
            !others.contains(where: { other in
                let readings = analyzer.readings(other)
                return !readings.isEmpty && readings.allSatisfy { $0.gender == Grammeme.masculine }
            })
        {
            cases.insert(Grammeme.nominative)
        }
        return !cases.intersection(feminine).isEmpty && cases.intersection(masculine).isEmpty
    }

    /// Lemmas of feminine nouns that name a woman by her tie to another person, whose name
    /// may follow in the genitive (`дружина Ярослава`, `помічниця Ярослава Коваля`).
    private static let tieNouns: Set<String> = [
        "дружина", "сестра", "донька", "дочка", "мати", "мама", "матір", "бабуся", "бабця", "онука", "онучка", "племінниця",
        "подруга", "наречена", "вдова", "удова", "коханка", "дівчина", "невістка", "тітка", "кузина", "теща", "свекруха",
        "мачуха", "падчерка", "хрещена", "помічниця", "заступниця", "секретарка", "речниця", "радниця", "підлегла", "колега",
        "партнерка", "суперниця", "супротивниця", "учениця", "послідовниця", "прихильниця", "шанувальниця", "адвокатка",
        "захисниця", "представниця", "тренерка", "агентка", "менеджерка", "лікарка", "няня", "опікунка", "співрозмовниця",
        "вчителька", "учителька", "викладачка", "студентка", "біографка", "дослідниця", "однокласниця", "одногрупниця",
        "сусідка", "кума", "наступниця", "попередниця", "опонентка", "фанатка", "соратниця", "героїня", "перекладачка",
    ]

    /// The gender of the person whose mention has `words`, followed in the sentence by
    /// `following` words, with job-title words `title` before it (or empty), and `before`, the
    /// word right before it (or nil).
    func gender(words: [String], following: [String], title: [String], before: String? = nil) -> Entity.Gender? {
        // `угорку Петру Шомоді`: a woman's noun in apposition decides a name of both genders.
        if title.isEmpty, let before, let first = words.first,
            isFeminineAppositive(before, before: first, others: words.dropFirst().filter { $0.first?.isUppercase == true })
        {
            return .feminine
        }
        // A known first name. With other name words, the gender whose first-name readings
        // share more cases with the other words' readings of that gender wins (`Богдана
        // Стельмаха` is a man in the genitive, not the woman's name `Богдана`); ties go to
        // the gender that shares the nominative.
        for (index, word) in words.prefix(2).enumerated() where word.first?.isUppercase == true {
            // The readings of the other name words (not of this one: `Баник Євгенія
            // Миколаївна` is a woman, though `Євгенія` is also a man's name in the genitive).
            let others = words.enumerated().filter { $0.offset != index && $0.element.first?.isUppercase == true }
                .flatMap { analyzer.readings($0.element) }
            let names = analyzer.readings(word).filter { $0.isFirstName && $0.number != Grammeme.plural }
            if names.isEmpty { continue }
            // A name of one gender only decides, whatever the surname's guessed readings say
            // (`Василю Шкуракову`, where the guesser knows only a woman's `Шкуракова`).
            let nameGenders = Set(names.compactMap(\.gender))
            // A man's name only in an oblique case after a feminine title, with a surname that
            // reads as no surname (an indeclinable foreign one), is a woman's name the dictionary does not know
            // (`прем'єр-міністерка Джорджа Мелоні`, not `Джордж`; but `Помічниця Олега Синєгубова`
            // is his assistant).
            if nameGenders == [Grammeme.masculine], !names.contains(where: { $0.grammemeCase == Grammeme.nominative }), isFeminineTitle(title),
                !others.contains(where: { $0.isSurname || ($0.gender == Grammeme.masculine && $0.grammemeCase != Grammeme.nominative && $0.isNamePart) })
            {
                return .feminine
            }
            if nameGenders == [Grammeme.masculine] { return .masculine }
            if nameGenders == [Grammeme.feminine] { return .feminine }
            // A name of both genders (`Ярослава`: a woman, or `Ярослав` in the genitive) after
            // a feminine title is the woman's, whatever an indeclinable surname's guessed
            // readings share (`легкоатлетка Ярослава Магучих`).
            if nameGenders.contains(Grammeme.feminine) && isFeminineTitle(title) { return .feminine }
            // A name of both genders that opens its clause (no noun before it that it could
            // complement: `дружина Ярослава`) and is followed by a past verb: the verb's gender,
            // when the name has a nominative reading of it (`Ярослава Магучих перемогла`).
            // Not when the other name words read only in the other gender (`Ярослава Коваля
            // затримала поліція`: `Коваля` is his genitive, the verb agrees with `поліція`).
            if nameGenders.count > 1, before.map({ !isNounToComplement($0) }) ?? true,
                let verb = verbGender(following: following, words: words)
            {
                let grammeme = verb == .feminine ? Grammeme.feminine : Grammeme.masculine
                let otherGenderOnly = !others.isEmpty && others.allSatisfy { $0.gender != nil && $0.gender != grammeme }
                if !otherGenderOnly, names.contains(where: { $0.grammemeCase == Grammeme.nominative && $0.gender == grammeme }) {
                    return verb
                }
            }
            if others.isEmpty || words.count == 1 {
                var genders = Set(names.compactMap(\.gender))
                if genders.count > 1 {
                    // A nominative reading wins over an oblique one (`Петро`, not the vocative of `Петра`).
                    genders = Set(names.filter { $0.grammemeCase == Grammeme.nominative }.compactMap(\.gender))
                }
                if genders == [Grammeme.masculine] { return .masculine }
                if genders == [Grammeme.feminine] { return .feminine }
                continue
            }
            func shared(_ gender: String) -> Set<String> {
                let nameCases = Set(names.filter { $0.gender == gender }.compactMap(\.grammemeCase))
                let otherCases = Set(others.filter { $0.gender == nil || $0.gender == gender }.compactMap(\.grammemeCase))
                return nameCases.intersection(otherCases)
            }
            let masculine = shared(Grammeme.masculine)
            let feminine = shared(Grammeme.feminine)
            if masculine.count > feminine.count { return .masculine }
            if feminine.count > masculine.count { return .feminine }
            let m = masculine.contains(Grammeme.nominative)
            let f = feminine.contains(Grammeme.nominative)
            if m && !f { return .masculine }
            if f && !m { return .feminine }
            break
        }
        // A full name in the instrumental says its gender by its endings (`Кіром Стармером`,
        // where `Кіром` is no first name the dictionary knows; a woman's would be `-ою`).
        let capitalised = words.filter { $0.first?.isUppercase == true && $0.count > 2 }
        if capitalised.count >= 2 {
            if capitalised.allSatisfy({ $0.hasSuffix("ом") || $0.hasSuffix("ем") || $0.hasSuffix("єм") }) { return .masculine }
            if capitalised.allSatisfy({ $0.hasSuffix("ою") || $0.hasSuffix("ею") || $0.hasSuffix("єю") }) { return .feminine }
        }
        // A feminine title noun (a masculine one says little: `міністр` serves women too).
        if isFeminineTitle(title) { return .feminine }
        // A name the dictionary reads only in an oblique case is no subject: the verb after
        // `Лист Т. Р. Глухої` agrees with `Лист`.
        if let last = words.last, last.first?.isUppercase == true,
            case let known = analyzer.readings(last).filter({ $0.source == .dictionary }), !known.isEmpty,
            !known.contains(where: { $0.grammemeCase == Grammeme.nominative })
        {
            return nil
        }
        return verbGender(following: following, words: words)
    }

    /// Whether `word`, right before a name, may govern it: a preposition, or a lower-case common
    /// noun the name may be the genitive complement of (`дружина Ярослава`). A capitalised word
    /// may be a place before the subject (`У Римі Ярослава … перемогла`), so it is not read as one.
    private func isNounToComplement(_ word: String) -> Bool {
        let readings = analyzer.readings(word)
        // A preposition governs the name too (`Для Олександра Коваля`, `Біля Ярослава`).
        if readings.contains(where: { $0.partOfSpeech == "PREP" }) { return true }
        return word.first?.isLowercase == true && readings.contains { $0.partOfSpeech == "NOUN" && !$0.isNamePart }
    }

    /// The gender told by a past-tense verb or a relative pronoun right after the name, or a
    /// past-tense verb after an adverbial that opens with a preposition (`Мельничук у 2022
    /// році уклала`); `words` are the name's, to tell whether it can be the subject.
    private func verbGender(following: [String], words: [String]) -> Entity.Gender? {
        var k = 0
        var adverbial = false
        for word in following.prefix(8) {
            k += 1
            if word == "," || word == "–" || word == "—" {
                if adverbial && word == "," { break }
                continue
            }
            let readings = analyzer.readings(word)
            let verbs = readings.filter { $0.partOfSpeech == "VERB" && $0.has("past") }
            // A full name soon after the verb is more likely its subject than the name before it
            // (`Кандидатуру Коваленко вніс на розгляд прем'єр-міністр Денис Шмигаль`): no cue.
            let after = Array(following.dropFirst(k).prefix(6))
            if !verbs.isEmpty, zip(after, after.dropFirst()).contains(where: { a, b in
                a.first?.isUppercase == true && b.first?.isUppercase == true && a.count > 1 && b.count > 1
            }) {
                return nil
            }
            if !verbs.isEmpty {
                let genders = Set(verbs.compactMap(\.gender))
                if genders == [Grammeme.feminine] { return .feminine }
                if genders == [Grammeme.masculine] { return .masculine }
                return nil
            }
            let lower = word.lowercased()
            if adverbial {
                if Self.conjunctions.contains(lower) { break }
                continue
            }
            if lower == "яка" || lower == "котра" { return .feminine }
            if lower == "який" || lower == "котрий" { return .masculine }
            // Only a name that can be the subject reaches past the adverbial: in `заробком
            // Амфібрахія у цю пору була допомога`, `була` agrees with another word.
            if k == 1, readings.contains(where: { $0.partOfSpeech == "PREP" }), canBeSubject(words) {
                adverbial = true
                continue
            }
            if k >= 2 { break }
        }
        return nil
    }
}
