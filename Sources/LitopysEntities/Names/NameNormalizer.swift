import Foundation
import LitopysMorph

/// Puts entity mentions into their canonical nominative form with the morphology stage.
///
/// - Persons: each name part (first name, surname, patronymic) in the case the parts share
///   is put into the nominative of the person's gender; words the dictionary does not know
///   as names (`Венді`) and indeclinable names (`Грушко`, a woman's `Шерман`) stay.
/// - Organisations, places and titles: the head noun and the words that agree with it go
///   into the nominative, complements stay (`Кабінету Міністрів України` →
///   `Кабінет Міністрів України`). A place that is a person's name in the genitive (a
///   street: `Лесі Українки`) stays as written.
/// - Other types (dates, amounts, works): as written.
///
/// Without a dictionary, every mention keeps its written form.
struct NameNormalizer: Sendable {
    /// The analyzer, or nil when no dictionary is installed.
    let analyzer: MorphAnalyzer?
    /// Known names: an organisation or place that matches an entry takes the entry's spelling.
    let gazetteer: Gazetteer
    /// Forms already computed by this normalizer (and its copies), by mention.
    private let memo = SharedMemo<NameInput, String>(limit: 100_000) { $0 == $1 }

    /// What a normal form depends on, besides the normalizer.
    private struct NameInput: Equatable {
        var words: [String]
        var spaces: [Bool]
        var type: EntityType
        var gender: Entity.Gender?

        static func == (a: NameInput, b: NameInput) -> Bool {
            a.type == b.type && a.gender == b.gender && a.spaces == b.spaces && a.words.count == b.words.count
                && zip(a.words, b.words).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
        }
    }

    /// A normalizer over `analyzer` (nil: names stay as written) and known names.
    init(analyzer: MorphAnalyzer?, gazetteer: Gazetteer = Gazetteer()) {
        self.analyzer = analyzer
        self.gazetteer = gazetteer
    }

    /// The canonical form of a mention made of `words` (tokens, punctuation included) with
    /// `spaces[i]` telling whether a space precedes word `i`.
    func normalForm(words: [String], spaces: [Bool], type: EntityType, gender: Entity.Gender?) -> String {
        guard analyzer != nil, !words.isEmpty else { return Self.join(words, spaces) }
        // The same names recur across mentions and documents: each is normalised once.
        var key: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) { key = (key ^ UInt64(byte)) &* 0x100_0000_01B3 }
        for byte in type.rawValue.utf8 { mix(byte) }
        mix(gender == nil ? 0 : gender == .feminine ? 1 : 2)
        for (word, space) in zip(words, spaces) {
            mix(space ? 3 : 4)
            for byte in word.utf8 { mix(byte) }
        }
        return memo.value(for: NameInput(words: words, spaces: spaces, type: type, gender: gender), hash: key) {
            computeNormalForm(words: words, spaces: spaces, type: type, gender: gender)
        }
    }

    private func computeNormalForm(words: [String], spaces: [Bool], type: EntityType, gender: Entity.Gender?) -> String {
        guard let analyzer else { return Self.join(words, spaces) }
        let result: [String]
        switch type {
        case .person:
            result = person(words, gender: gender, analyzer: analyzer)
        case .organization, .location:
            // A name from the rules' own lists is spelt as listed (`Сил оборони` → `Сили оборони`,
            // a plural the analyzer would read as the genitive of `Сила`).
            if type == .organization, let listed = SpanRepair.organisationNames.spelling(of: words) { return listed }
            if let known = knownName(words, analyzer: analyzer) { return known }
            // A street or place named after a person keeps the genitive it is named with:
            // `Лесі Українки`, `Б. Хмельницького`, not `Леся Українка`.
            if type == .location && isPersonInGenitive(words, analyzer: analyzer) { return Self.join(words, spaces) }
            result = Self.ordinalAgreeing(phrase(words, gender: nil, isOrganization: type == .organization, analyzer: analyzer))
        case .job:
            // `в. о. голови` (acting head) is already the title: the genitive stays.
            if ActingTitle.begins(words) { return Self.join(words, spaces) }
            let title = phrase(words, gender: gender, isTitle: true, analyzer: analyzer)
            // The phrase rules give a hyphenated noun's last part: the first follows it.
            result = title.count == words.count ? zip(words, title).map { written, normal in
                written == normal ? normal : nominativeOfFirstPart(written, normalLast: normal, analyzer: analyzer)
            } : title
        default:
            result = words
        }
        return Self.join(result, spaces)
    }

    /// `normalLast`, the nominative the phrase rules gave a title word (`директоркою-
    /// розпорядниця` for `директоркою-розпорядницею`), with the first of its two hyphenated
    /// nouns in one oblique case in the nominative too (`директорка-розпорядниця`); any
    /// other word as given (`науково-дослідний`).
    private func nominativeOfFirstPart(_ word: String, normalLast: String, analyzer: MorphAnalyzer) -> String {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let normalParts = normalLast.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, normalParts.count == 2, normalParts[0] == parts[0],
            parts.allSatisfy({ $0.count >= 3 && $0.first?.isLowercase == true })
        else { return normalLast }
        func nounCases(_ part: String) -> Set<String> {
            Set(analyzer.readings(part).filter { $0.partOfSpeech == "NOUN" && $0.source == .dictionary }.compactMap(\.grammemeCase))
        }
        let shared = nounCases(parts[0]).intersection(nounCases(parts[1]))
        guard !shared.isEmpty, !shared.contains(Grammeme.nominative),
            let first = analyzer.nominative(of: [parts[0]], animate: true).first, first != parts[0]
        else { return normalLast }
        return first + "-" + normalParts[1]
    }

    /// `words` with an opening ordinal (`36-ї`) given the ending of the nominative adjective
    /// after it: `36-та окрема бригада`, `80-й окремий полк`, `5-те управління`.
    static func ordinalAgreeing(_ words: [String]) -> [String] {
        guard words.count >= 2, let dash = words[0].firstIndex(of: "-"), dash > words[0].startIndex,
            words[0][..<dash].allSatisfy(\.isNumber), words[0][words[0].index(after: dash)...].allSatisfy(\.isLetter)
        else { return words }
        let next = words[1]
        let ending: String
        if next.hasSuffix("а") || next.hasSuffix("я") {
            ending = "та"
        } else if next.hasSuffix("ий") || next.hasSuffix("ій") {
            ending = "й"
        } else if next.hasSuffix("е") || next.hasSuffix("є") {
            ending = "те"
        } else if next.hasSuffix("і") {
            ending = "ті"
        } else {
            return words
        }
        var result = words
        result[0] = String(words[0][...dash]) + ending
        return result
    }

    /// The gazetteer spelling of an organisation or place whose words match an entry word
    /// for word, by stem or by the stem of a lemma (`Близькому Сході` → `Близький Схід`).
    func knownName(_ words: [String], analyzer: MorphAnalyzer) -> String? {
        knownEntry(words, analyzer: analyzer)?.name
    }

    /// The gazetteer entry (organisation or place) whose words match `words`, as for
    /// ``knownName(_:analyzer:)``.
    func knownEntry(_ words: [String], analyzer: MorphAnalyzer) -> Gazetteer.Entry? {
        guard let first = words.first, first.first?.isUppercase == true || first.first?.isNumber == true else { return nil }
        func stems(_ word: String) -> Set<UInt64> {
            var result: Set<UInt64> = [Self.stemHash(word)]
            for r in analyzer.readings(word) where r.source == .dictionary { result.insert(Self.stemHash(r.lemma)) }
            return result
        }
        let candidates = words.map(stems)
        for stem in candidates[0] {
            guard let entries = gazetteer.entries(startingWith: stem) else { continue }
            for entry in entries where entry.type == "ORG" || entry.type == "LOC" {
                guard entry.stems.count == words.count else { continue }
                guard zip(entry.stems, candidates).allSatisfy({ $1.contains($0) }) else { continue }
                if words.count == 1 && isOtherNoun(words[0], than: entry.name, analyzer: analyzer) { continue }
                return entry
            }
        }
        return nil
    }

    /// Whether `word` is a form of another common noun with the stem of the one-word name
    /// `listed`, which the dictionary knows too: `Чорногори`, of the ridge `Чорногора`, shares
    /// its stem with `Чорногорія` but is not the country. (`Берегова`, which the dictionary
    /// knows only as a surname, is still the town `Берегове`; `Кракові` is still `Краків`,
    /// a name the dictionary does not list.)
    func isOtherNoun(_ word: String, than listed: String, analyzer: MorphAnalyzer) -> Bool {
        let lemma = listed.lowercased()
        guard analyzer.readings(lemma).contains(where: { $0.source == .dictionary && $0.lemma.lowercased() == lemma }) else { return false }
        let stem = Self.stemHash(lemma)
        let readings = analyzer.readings(word).filter { $0.source == .dictionary }
        guard !readings.contains(where: { $0.lemma.lowercased() == lemma }) else { return false }
        return readings.contains { r in
            r.partOfSpeech == "NOUN" && !r.isNamePart
                && Self.stemHash(r.lemma.lowercased()) == stem
        }
    }

    /// The stem hash of a standalone word, as the gazetteer stores it.
    static func stemHash(_ word: String) -> UInt64 {
        let values = ContiguousArray(word.unicodeScalars.map(\.value))
        return values.withUnsafeBufferPointer { Stemmer.stemHash($0, 0..<$0.count) }
    }

    /// Whether `words` are a person's name in the genitive and nothing else: initials or a
    /// first name, then a surname (`Б. Хмельницького`, `Лесі Українки`), or one word that is a
    /// name part and no place (`Коперника`, `Шевченка`; not `Львова`, also the genitive of
    /// `Львів`). A common noun spelt alike (`шевченко`, neuter) does not count against it: a
    /// capitalised place is not one.
    func isPersonInGenitive(_ words: [String], analyzer: MorphAnalyzer) -> Bool {
        let names = words.filter { $0.filter(\.isLetter).count > 1 }
        let initials = words.count - names.count
        guard !names.isEmpty, names.count <= 3, names.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        func readings(_ word: String) -> [MorphAnalysis] { analyzer.readings(word).filter { $0.source == .dictionary } }
        func isGenitive(_ r: MorphAnalysis) -> Bool { r.grammemeCase == Grammeme.genitive }
        if names.count == 1 && initials == 0 {
            let options = readings(names[0])
            return options.contains { $0.isNamePart && isGenitive($0) } && !options.contains { $0.isGeographical }
        }
        if initials == 0, !readings(names[0]).contains(where: { $0.isFirstName && isGenitive($0) }) { return false }
        return readings(names[names.count - 1]).contains { ($0.isSurname || $0.isFirstName) && isGenitive($0) }
    }

    /// A person's name parts in the nominative.
    func person(_ words: [String], gender: Entity.Gender?, analyzer: MorphAnalyzer) -> [String] {
        // `Довженком-молодшим` → `Довженко-молодший`: the surname is put in the nominative
        // alone, and the epithet after it takes its nominative in the person's gender.
        let epithets = words.map { word -> String? in
            guard let dash = word.lastIndex(of: "-"), dash != word.startIndex else { return nil }
            let tail = word[word.index(after: dash)...].lowercased()
            for stem in ["молодш", "старш"] where tail.hasPrefix(stem) && tail.count <= stem.count + 3 {
                // A woman's by the gender, or by the ending when the gender is not known.
                let ending = tail.dropFirst(stem.count)
                let feminine = gender == .feminine || (gender == nil && ["а", "ої", "ій", "у", "ою"].contains(String(ending)))
                return stem + (feminine ? "а" : "ий")
            }
            return nil
        }
        if epithets.contains(where: { $0 != nil }) {
            let bare = zip(words, epithets).map { word, epithet in
                epithet == nil ? word : String(word[..<word.lastIndex(of: "-")!])
            }
            return zip(person(bare, gender: gender, analyzer: analyzer), epithets).map { name, epithet in
                epithet.map { name + "-" + $0 } ?? name
            }
        }
        // A double surname inflects in both parts (`Косіняком-Камишем` → `Косіняк-Камиш`):
        // each part is a name part of its own, in the case the others share. Only its last
        // part votes on that case: the first may not inflect (`Чиж-Вишенського`).
        let parts = words.map { word -> [String] in
            let pieces = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            return pieces.count > 1 && pieces.allSatisfy({ $0.first?.isUppercase == true }) ? pieces : [word]
        }
        guard parts.contains(where: { $0.count > 1 }) else {
            return person(words, voters: words.map { _ in true }, gender: gender, analyzer: analyzer)
        }
        let voters = parts.flatMap { group in group.indices.map { $0 == group.count - 1 } }
        var flat = person(parts.flatMap { $0 }, voters: voters, gender: gender, analyzer: analyzer)[...]
        return parts.map { group in
            defer { flat = flat.dropFirst(group.count) }
            return flat.prefix(group.count).joined(separator: "-")
        }
    }

    /// ``person(_:gender:analyzer:)`` for single name parts, where only the parts marked in
    /// `voters` decide the case they share.
    private func person(_ words: [String], voters: [Bool], gender: Entity.Gender?, analyzer: MorphAnalyzer) -> [String] {
        let wanted = gender.map { $0 == .feminine ? Grammeme.feminine : Grammeme.masculine }
        // Readings that can be part of a personal name, in the person's gender.
        let readings: [[MorphAnalysis]] = words.indices.map { i in
            let word = words[i]
            guard word.first?.isUppercase == true else { return [] }
            let all = analyzer.readings(word)
            // A surname after initials or a first name that the dictionary knows only as an
            // adjective declines as one: `В. І. Критської` → `Критська`, `Олега Сумського` → `Сумський`.
            let adjectival = i > 0 && !all.contains { $0.isNamePart }
            return all.filter { r in
                let namePart = r.isNamePart
                let guessed = r.source != .dictionary && r.source != .shape && (r.partOfSpeech == "NOUN" || r.partOfSpeech == "ADJF")
                let adjective = adjectival && r.source == .dictionary && r.partOfSpeech == "ADJF"
                guard namePart || guessed || adjective else { return false }
                // A Romanian surname in `-еску` does not inflect; the guesser reads it as a
                // case of `-ско`, which Ukrainian surnames hardly end in (they end in `-сько`).
                if r.source != .dictionary && r.lemma.hasSuffix("ско") { return false }
                if let wanted, let g = r.gender, g != wanted { return false }
                return r.number != Grammeme.plural
            }
        }
        // A capitalised part the dictionary knows only as a common noun (`Іон`, also `іон`,
        // an ion) is not inflected, but its case still tells the case the parts share:
        // `Іон Морару` is nominative, not the dative of `Морар`.
        let evidence: [[MorphAnalysis]] = words.indices.map { i in
            guard readings[i].isEmpty, words[i].first?.isUppercase == true else { return readings[i] }
            return analyzer.readings(words[i]).filter { $0.partOfSpeech == "NOUN" && $0.number != Grammeme.plural }
        }
        // The case most name parts can share, nominative first on ties. A dictionary first
        // name counts half again as much: its case is surer than a surname's (`Інні Пелипас`
        // is dative, though `Пелипас` could be a nominative).
        var bestCase = Grammeme.nominative
        var bestCount = 0
        // Not the vocative for a full name: one calls people by one word (`Миколо!`), so
        // `Марино Пушич` is a man's name as written, not `Марина` called by name.
        for c in Grammeme.cases where c != Grammeme.vocative || words.count < 2 {
            let count = words.indices.reduce(0) { sum, i in
                guard voters[i], let r = evidence[i].first(where: { $0.grammemeCase == c }) else { return sum }
                // `-ою`, `-єю` can only be the instrumental: as sure as a dictionary first name
                // (`Сігеру Ісібою` is instrumental, not the dative of `Сігер`).
                let sure = (r.isFirstName && r.source == .dictionary) || (c == Grammeme.instrumental && Self.endsInInstrumental(words[i]))
                return sum + (sure ? 3 : 2)
            }
            if count > bestCount {
                bestCount = count
                bestCase = c
            }
        }
        guard bestCount > 0 else { return words }
        // Whether a part the dictionary knows has the shared case: without one, a woman's
        // unknown surname in a consonant and `-і` is a foreign name that does not inflect
        // (`Гелен Макенті`, `Мелоні`), not the dative of `Макента`.
        let caseIsKnown = readings.contains { $0.contains { $0.grammemeCase == bestCase && $0.source == .dictionary } }
        var result = words
        for (i, options) in readings.enumerated() {
            if gender != .masculine, !caseIsKnown, bestCase == Grammeme.dative || bestCase == Grammeme.locative,
                Self.endsInConsonantAndI(words[i])
            {
                continue
            }
            guard let r = options.first(where: { $0.grammemeCase == bestCase }) else {
                if gender == .masculine, options.isEmpty, i > 0, let nominative = Self.masculineSurname(words[i], case: bestCase) {
                    result[i] = nominative
                } else if gender != .feminine, options.isEmpty, let nominative = Self.masculineSoftName(words[i], case: bestCase),
                    !analyzer.readings(words[i]).contains(where: { $0.source == .dictionary })
                {
                    // A man's foreign name in `-ай`, `-ей`, `-уй` declines as `Андрій`:
                    // `Аджаєм Бангою` → `Аджай Банга`.
                    result[i] = nominative
                } else if gender == .masculine || (gender == nil && readings[0].first(where: { $0.grammemeCase == bestCase })?.gender == Grammeme.masculine),
                    options.isEmpty, i > 0, bestCase == Grammeme.dative || bestCase == Grammeme.locative,
                    let nominative = Self.masculineDative(words[i]),
                    !analyzer.readings(words[i]).contains(where: { $0.source == .dictionary && ($0.isNamePart || $0.grammemeCase == bestCase) })
                {
                    // A man's unknown surname after a consonant takes `-у` in the dative:
                    // `Мухаммеду бін Заїду` → `Заїд`.
                    result[i] = nominative
                } else if gender == .masculine, options.isEmpty, i > 0, bestCase != Grammeme.nominative,
                    let noun = analyzer.readings(words[i]).first(where: {
                        $0.source != .dictionary && $0.partOfSpeech == "NOUN" && $0.grammemeCase == bestCase
                            && ($0.lemma.hasSuffix("а") || $0.lemma.hasSuffix("я"))
                    })
                {
                    // A man's unknown surname in `-а` or `-я` declines as `Сковорода`, which the
                    // guesser reads only as a woman's: `Аджаєм Бангою` → `Банга`, `Такеші Іваєю` → `Івая`.
                    result[i] = MorphAnalyzer.restoreCaseLike(noun.lemma, words[i])
                } else if options.isEmpty, i > 0 || words.count >= 2, bestCase != Grammeme.nominative, let wanted,
                    // A surname spelt like a common noun of the person's gender declines as
                    // that noun: `Марини Вроди` → `Марина Врода` (`врода`, beauty); so does a
                    // first name before a surname: `Хаканом Фіданом` → `Хакан Фідан` (`хакан`, a khan).
                    let noun = evidence[i].first(where: { $0.grammemeCase == bestCase && $0.gender == wanted && $0.source == .dictionary }),
                    let form = analyzer.inflect(noun, to: [Grammeme.nominative, wanted])
                {
                    result[i] = MorphAnalyzer.restoreCaseLike(form.word, words[i])
                }
                continue
            }
            var target: Set<String> = [Grammeme.nominative]
            if let g = r.gender { target.insert(g) }
            if let form = analyzer.inflect(r, to: target) {
                result[i] = MorphAnalyzer.restoreCaseLike(form.word, words[i])
            }
        }
        return result
    }

    /// Whether `word` ends in `-ою` or `-єю`, endings only the instrumental has.
    static func endsInInstrumental(_ word: String) -> Bool {
        let lower = word.lowercased()
        return lower.count > 3 && (lower.hasSuffix("ою") || lower.hasSuffix("єю"))
    }

    /// Whether `word` ends in a consonant and `і` (`Макенті`, `Мелоні`), but not in a man's
    /// dative `-ові`, `-еві`, `-єві` (`Ліцінарові`).
    static func endsInConsonantAndI(_ word: String) -> Bool {
        let letters = Array(word.lowercased())
        guard letters.count >= 3, letters.last == "і", let before = letters.dropLast().last else { return false }
        if before == "в", letters.count >= 4, "оеє".contains(letters[letters.count - 3]) { return false }
        return !"аеєиіїоуюяь'’ʼ".contains(before)
    }

    /// Case endings of masculine surnames in `-ов`, `-ев`, `-єв`, `-ін`, `-їн`, `-ин`, which
    /// the analyzer's guesser reads only as women's surnames when it does not know them
    /// (`Шкуракову` as the accusative of `Шкуракова`). Keyed by case: ending → what replaces it.
    private static let masculineSurnameEndings: [String: [(String, String)]] = {
        let stems = ["ов", "ев", "єв", "ін", "їн", "ин"]
        func endings(_ tail: String) -> [(String, String)] { stems.map { ($0 + tail, $0) } }
        return [
            Grammeme.genitive: endings("а"), Grammeme.accusative: endings("а"),
            Grammeme.dative: endings("у") + endings("і"), Grammeme.instrumental: endings("им"),
            Grammeme.locative: endings("і") + endings("у"),
        ]
    }()

    /// `Аджаєм` → `Аджай`: a capitalised word of four letters or more whose ending after a
    /// vowel is the case ending of a soft masculine stem in `-й` (`-єм`, `-я`, `-ю`, `-єві`),
    /// with the `й` restored; nil otherwise.
    static func masculineSoftName(_ word: String, case grammaticalCase: String) -> String? {
        guard word.first?.isUppercase == true, word.count >= 4 else { return nil }
        let endings: [String]
        switch grammaticalCase {
        case Grammeme.instrumental: endings = ["єм"]
        case Grammeme.genitive, Grammeme.accusative: endings = ["я"]
        case Grammeme.dative: endings = ["єві", "ю"]
        case Grammeme.locative: endings = ["єві"]
        default: return nil
        }
        for ending in endings where word.hasSuffix(ending) {
            let stem = word.dropLast(ending.count)
            guard let vowel = stem.last, "аоуеАОУЕ".contains(vowel) else { continue }
            return String(stem) + "й"
        }
        return nil
    }

    /// `Заїду` → `Заїд`: a word of four letters or more that ends in a consonant and `у`, less
    /// the `у`; nil otherwise, and for a Romanian `-ску`, which does not inflect (`Джорджеску`).
    static func masculineDative(_ word: String) -> String? {
        let letters = Array(word)
        guard letters.count >= 4, letters.last == "у", let before = letters.dropLast().last, !word.hasSuffix("ску"),
            !"аеєиіїоуюяьАЕЄИІЇОУЮЯ'’ʼ".contains(before)
        else { return nil }
        return String(letters.dropLast())
    }

    /// The nominative of a man's surname in `-ов`/`-ін` (and kin) written in `grammaticalCase`
    /// (`Шкуракову` → `Шкураков`), or nil when its ending is not that case's.
    static func masculineSurname(_ word: String, case grammaticalCase: String) -> String? {
        guard word.first?.isUppercase == true, word.count > 4 else { return nil }
        let lower = word.lowercased()
        for (ending, replacement) in masculineSurnameEndings[grammaticalCase] ?? [] where lower.hasSuffix(ending) {
            return String(word.dropLast(ending.count)) + replacement
        }
        return nil
    }

    /// The gender of the noun a street abbreviation stands for: `вул.` for `вулиця`, `просп.`
    /// for `проспект`.
    private static let streetAbbreviationGenders: [String: String] = [
        "вул": Grammeme.feminine, "пл": Grammeme.feminine, "просп": Grammeme.masculine, "пр": Grammeme.masculine,
        "пров": Grammeme.masculine, "бул": Grammeme.masculine, "бульв": Grammeme.masculine,
    ]

    /// A street written with an abbreviation, its adjectives in the nominative of the noun the
    /// abbreviation stands for (`вул. Банковій` → `вул. Банкова`, `просп. Перемоги` stays);
    /// nil when `words` do not start with one.
    func streetWithAbbreviation(_ words: [String], analyzer: MorphAnalyzer) -> [String]? {
        guard words.count >= 3, words[1] == ".", let gender = Self.streetAbbreviationGenders[words[0].lowercased()] else { return nil }
        var result = words
        for i in 2..<words.count where words[i].first?.isUppercase == true {
            let readings = analyzer.readings(words[i]).filter { $0.source == .dictionary }
            // Only a word that can be an adjective of that gender, not a name in the genitive.
            guard let adjective = readings.first(where: { $0.partOfSpeech == "ADJF" && ($0.gender == gender) && $0.number != Grammeme.plural }),
                !readings.contains(where: { $0.partOfSpeech == "NOUN" && $0.grammemeCase == Grammeme.genitive })
            else { break }
            if let form = analyzer.inflect(adjective, to: [Grammeme.nominative, gender]) {
                result[i] = MorphAnalyzer.restoreCaseLike(form.word, words[i])
            }
        }
        return result
    }

    /// A phrase with its head in the nominative. `isOrganization` reads a lower-case plural
    /// head that opens the phrase as one body (see ``headNominative(_:gender:isOrganization:isTitle:analyzer:)``).
    func phrase(_ words: [String], gender: Entity.Gender?, isOrganization: Bool = false, isTitle: Bool = false, analyzer: MorphAnalyzer) -> [String] {
        // All-caps abbreviations and numbers do not inflect; a phrase of only those stays.
        if words.allSatisfy({ Self.isFixed($0, analyzer: analyzer) }) { return words }
        if let street = streetWithAbbreviation(words, analyzer: analyzer) { return street }
        // A one-word place or organisation: a common-noun reading beats a surname reading
        // (`Львова` → `Львів`, not the surname `Львов`).
        if words.count == 1, gender == nil, !isTitle, let word = words.first, word.first?.isUppercase == true {
            let readings = analyzer.readings(word).filter { $0.partOfSpeech == "NOUN" && $0.grammemeCase != nil }
            // A word the dictionary does not know is not read as a plural (`Акві-буд` is a
            // company, not the genitive plural of a `буда`).
            let places = readings.filter {
                !$0.isNamePart && ($0.source == .dictionary || $0.number != Grammeme.plural)
            }
            // Singular before plural (`України` is the genitive of `Україна`, not a plural), then
            // nominative first. A place the dictionary does not know, in a consonant and `-і`, is
            // read as a man's noun before a woman's: foreign towns end in a consonant far more
            // often than in `-а` (`в Естерсунді` → `Естерсунд`, not `Естерсунда`).
            // Not after `ц`, `з` or `с`, the endings of a Ukrainian noun in `-ка`, `-га`, `-ха`
            // (`Курилівці`), nor a compound.
            let foreignPlace = !isOrganization && Self.endsInConsonantAndI(word) && !readings.contains { $0.source == .dictionary }
                && !word.contains("-") && !["ці", "зі", "сі"].contains(where: { word.hasSuffix($0) })
            func rank(_ r: MorphAnalysis) -> Int {
                (r.number == Grammeme.plural ? 4 : 0) + (r.grammemeCase == Grammeme.nominative ? 0 : 2)
                    + (foreignPlace && r.gender == Grammeme.feminine ? 1 : 0)
            }
            // The guesser reads such a word only as a woman's noun: the man's nominative is the
            // word without its `-і`.
            if foreignPlace, !places.isEmpty, !places.contains(where: { $0.gender == Grammeme.masculine }),
                places.allSatisfy({ $0.grammemeCase == Grammeme.locative || $0.grammemeCase == Grammeme.dative })
            {
                return [String(word.dropLast())]
            }
            let ordered = places.sorted { rank($0) < rank($1) }
            for r in ordered {
                var target: Set<String> = [Grammeme.nominative]
                if let n = r.number { target.insert(n) }
                if let form = analyzer.inflect(r, to: target) {
                    return [MorphAnalyzer.restoreCaseLike(form.word, word)]
                }
            }
            if !analyzer.readings(word).contains(where: { $0.source == .dictionary }) { return words }
        }
        if let named = modifiersOfAbbreviation(words, analyzer: analyzer) { return named }
        let g = gender.map { $0 == .feminine ? Grammeme.feminine : Grammeme.masculine }
        var result = headNominative(words, gender: g, isOrganization: isOrganization, isTitle: isTitle, analyzer: analyzer)
            ?? analyzer.nominative(of: words, gender: g, animate: isTitle)
        // Abbreviations never inflect, whatever reading the analyzer found (`НАТО` is not `НАТА`).
        for i in words.indices where i < result.count && Self.isFixed(words[i], analyzer: analyzer) { result[i] = words[i] }
        // Nor does a shortened word before its point that the dictionary does not know
        // (`вул.` is not a form of `вула`).
        for i in words.indices where i + 1 < words.count && i < result.count && words[i + 1] == "." {
            if !analyzer.readings(words[i]).contains(where: { $0.source == .dictionary }) { result[i] = words[i] }
        }
        return result
    }

    /// Adjectives before an abbreviation in capitals, which is their head and does not
    /// inflect, in the nominative of their own gender and number: `Житомирську ОВА` →
    /// `Житомирська ОВА`. Nil unless every word before the abbreviation is an adjective the
    /// dictionary knows and none can be a noun (`Ради НАТО` is no adjective phrase).
    func modifiersOfAbbreviation(_ words: [String], analyzer: MorphAnalyzer) -> [String]? {
        guard let head = words.firstIndex(where: { $0.filter(\.isLetter).count > 1 && Self.isFixed($0, analyzer: analyzer) }),
            head > 0
        else { return nil }
        let all = words[..<head].map { analyzer.readings($0) }
        guard !all.contains(where: { $0.contains { $0.partOfSpeech == "NOUN" } }) else { return nil }
        let readings = all.map { options in
            options.filter { r in
                (r.partOfSpeech == "ADJF" || r.partOfSpeech == "PRTF") && r.source == .dictionary && r.grammemeCase != nil
            }
        }
        guard readings.allSatisfy({ !$0.isEmpty }) else { return nil }
        // The case all the adjectives share, singular before plural (`Одеським НПЗ` is one
        // refinery), then nominative first.
        func reading(_ i: Int, _ c: String, singular: Bool) -> MorphAnalysis? {
            readings[i].first { $0.grammemeCase == c && (!singular || $0.number != Grammeme.plural) }
        }
        let choices = [true, false].lazy.flatMap { singular in Grammeme.cases.lazy.map { (c: $0, singular: singular) } }
        guard let shared = choices.first(where: { choice in readings.indices.allSatisfy { reading($0, choice.c, singular: choice.singular) != nil } })
        else { return nil }
        var result = words
        for i in 0..<head {
            guard let r = reading(i, shared.c, singular: shared.singular) else { return nil }
            var target: Set<String> = [Grammeme.nominative]
            if let n = r.number { target.insert(n) }
            if r.number != Grammeme.plural, let g = r.gender { target.insert(g) }
            guard let form = analyzer.inflect(r, to: target) else { return nil }
            result[i] = MorphAnalyzer.restoreCaseLike(form.word, words[i])
        }
        return result
    }

    /// The phrase with its head noun and the adjectives before it that agree with it in the
    /// nominative; nil when no word is only a noun. The head is the first word that can be a
    /// common noun and cannot be an adjective (`Полтавської обласної військової
    /// адміністрації` → head `адміністрації`), or else the first that an adjective before it
    /// agrees with (`Міська рада`); words after it are complements and stay. In an
    /// organisation a lower-case plural head that opens the name stands for one body of each
    /// of the coordinated names after it, so it becomes singular and capitalised
    /// (`міністерствами закордонних справ України` → `Міністерство закордонних справ
    /// України`); a plural title stays plural (`прокурорів` → `прокурори`).
    func headNominative(_ words: [String], gender: String?, isOrganization: Bool = false, isTitle: Bool = false, analyzer: MorphAnalyzer) -> [String]? {
        let readings = words.map { analyzer.readings($0) }
        func isModifier(_ r: MorphAnalysis) -> Bool {
            r.partOfSpeech == "ADJF" || r.partOfSpeech == "PRTF" || r.partOfSpeech == "NUMR"
        }
        func agrees(_ m: MorphAnalysis, _ h: MorphAnalysis) -> Bool {
            guard m.grammemeCase == h.grammemeCase else { return false }
            if let a = m.number, let b = h.number, a != b { return false }
            if h.number != Grammeme.plural, let a = m.gender, let b = h.gender, a != b { return false }
            return true
        }
        func isCommonNoun(_ r: MorphAnalysis) -> Bool { r.partOfSpeech == "NOUN" && !r.isNamePart && r.source == .dictionary }
        // A word that can also be an adjective is the head when an adjective before it agrees
        // with it as a noun: `рада` (also a form of `радий`) in `Міська рада`.
        func isAgreedNoun(_ i: Int) -> Bool {
            i > 0 && readings[i].contains { n in isCommonNoun(n) && readings[i - 1].contains { isModifier($0) && agrees($0, n) } }
        }
        // An adjective reading counts only where it could agree with the next word: the
        // possessive `міністрів` does not agree with `закордонних справ`, so there it is a noun.
        func canModifyNext(_ i: Int) -> Bool {
            i + 1 < words.count && readings[i].contains { m in
                isModifier(m) && readings[i + 1].contains { n in (n.partOfSpeech == "NOUN" || isModifier(n)) && agrees(m, n) }
            }
        }
        // A noun for a kind of place heads its name, whatever else the word may be (`парку
        // Ексібішн-Плейс`: `парку` is also a form of the adjective `паркий`).
        func isPlaceNoun(_ r: MorphAnalysis) -> Bool { isCommonNoun(r) && Self.placeHeadLemmas.contains(r.lemma) }
        guard
            let head = words.indices.first(where: { i in
                readings[i].contains(where: isCommonNoun)
                    && (!readings[i].contains(where: isModifier) || (i + 1 < words.count && !canModifyNext(i)) || readings[i].contains(where: isPlaceNoun))
            }) ?? words.indices.first(where: isAgreedNoun)
        else { return nil }
        let casePreference = ["nomn": 6, "gent": 5, "datv": 4, "ablt": 3, "loct": 2, "accs": 1]
        var best: (score: Int, head: MorphAnalysis, modifiers: [Int: MorphAnalysis])?
        for (order, candidate) in readings[head].enumerated() where candidate.partOfSpeech == "NOUN" && !candidate.isNamePart {
            guard let c = candidate.grammemeCase else { continue }
            var modifiers: [Int: MorphAnalysis] = [:]
            var i = head - 1
            while i >= 0 {
                // Coordinated adjectives: `Надзвичайним і Повноважним Послом`.
                if i > 0, ["і", "та", "й"].contains(words[i]), readings[i - 1].contains(where: { isModifier($0) && agrees($0, candidate) }) {
                    i -= 1
                    continue
                }
                guard let m = readings[i].first(where: { isModifier($0) && agrees($0, candidate) }) else { break }
                modifiers[i] = m
                i -= 1
            }
            // Capitalised adjectives right after the head that agree with it (`вулиці
            // Липовій`), unless they belong to a noun after them (`палати Миколаївської області`).
            var after = head + 1
            while after < words.count, words[after].first?.isUppercase == true,
                let m = readings[after].first(where: { isModifier($0) && agrees($0, candidate) }),
                !(after + 1 < words.count && readings[after + 1].contains { $0.partOfSpeech == "NOUN" && agrees(m, $0) })
            {
                modifiers[after] = m
                after += 1
            }
            // Case outweighs the analyzer's order of readings: `Рада` is the nominative of
            // `рада` before it is the genitive of `рад`, a unit of dose.
            var score = modifiers.count * 100 + 2 * (casePreference[c] ?? 0) - min(order, 5)
            if candidate.number != Grammeme.plural { score += 20 }
            if let gender, candidate.gender == gender { score += 50 }
            // A title names a person: `міському голові` is a form of `голова`, not of `гол`.
            if isTitle && candidate.has("anim") { score += 30 }
            if isPlaceNoun(candidate) { score += 10 }
            if best == nil || score > best?.score ?? .min { best = (score, candidate, modifiers) }
        }
        guard let best else { return nil }
        var result = words
        var target: Set<String> = [Grammeme.nominative]
        let sharedHead = isOrganization && head == 0 && best.head.number == Grammeme.plural && words[0].first?.isLowercase == true
        if sharedHead {
            target.insert(Grammeme.singular)
        } else if let n = best.head.number {
            target.insert(n)
        }
        if let form = analyzer.inflect(best.head, to: target) {
            let word = MorphAnalyzer.restoreCaseLike(form.word, words[head])
            result[head] = sharedHead ? word.prefix(1).uppercased() + word.dropFirst() : word
        }
        for (i, m) in best.modifiers {
            var modifierTarget = target
            if best.head.number != Grammeme.plural, let g = best.head.gender { modifierTarget.insert(g) }
            if let form = analyzer.inflect(m, to: modifierTarget) ?? analyzer.inflect(m, to: target) {
                result[i] = MorphAnalyzer.restoreCaseLike(form.word, words[i])
            }
        }
        return result
    }

    /// Lemmas of nouns for a kind of place, which head a place's name (`парк`, `площа`).
    static let placeHeadLemmas: Set<String> = [
        "парк", "сквер", "площа", "майдан", "вулиця", "проспект", "бульвар", "провулок", "узвіз", "міст",
        "шосе", "алея", "острів", "озеро", "річка", "гора", "замок", "вокзал", "собор", "храм", "монастир", "цвинтар", "палац",
    ]

    /// Whether a word never inflects: a number, punctuation, or a word in capitals that the
    /// dictionary knows as an abbreviation or does not know at all (`НАТО`, `МЗС`; but not
    /// `КИЄВІ` from a headline in capitals).
    static func isFixed(_ word: String, analyzer: MorphAnalyzer) -> Bool {
        let letters = word.filter(\.isLetter)
        if letters.isEmpty { return true }
        guard letters.count > 1 && letters.allSatisfy(\.isUppercase) else { return false }
        let readings = analyzer.readings(word)
        return readings.contains(where: \.isAbbreviation) || !readings.contains { $0.source == .dictionary }
    }

    /// Words joined with the spacing of the original text.
    static func join(_ words: [String], _ spaces: [Bool]) -> String {
        var out = ""
        for (i, w) in words.enumerated() {
            if i > 0 && spaces[i] { out += " " }
            out += w
        }
        return out
    }
}

extension MorphAnalyzer {
    /// `form` with the capitalisation of `original` (first letter, or all capitals).
    static func restoreCaseLike(_ form: String, _ original: String) -> String {
        let letters = original.filter(\.isLetter)
        guard let first = letters.first, first.isUppercase else { return form }
        if letters.count > 1 && letters.allSatisfy(\.isUppercase) { return form.uppercased() }
        // Copy upper case position by position (keeps `Івано-Франківськ`, `МакКейн`).
        let pattern = Array(original)
        var out = ""
        for (i, c) in form.enumerated() {
            if i < pattern.count, pattern[i].isUppercase { out += c.uppercased() } else { out.append(c) }
        }
        return out
    }
}
