import Testing
@testable import LitopysMorph

@Suite(.enabled(if: Fixtures.analyzer != nil, "needs the VESUM dictionary"))
struct MorphAnalyzerTests {
    let analyzer = Fixtures.analyzer!

    @Test(arguments: [
        ("Києва", "київ", "NOUN"),
        ("Верховної", "верховний", "ADJF"),
        ("заступниці", "заступниця", "NOUN"),
        ("СТОЛТЕНБЕРГА", "столтенберг", "NOUN"),
        ("прем’єра", "прем'єр", "NOUN"),
        ("пʼять", "п'ять", "NUMR"),
        ("за\u{301}вжди", "завжди", "NPRO"),
        ("зустрілися", "зустрітися", "VERB"),
    ])
    func firstReading(word: String, lemma: String, pos: String) {
        let readings = analyzer.analyze(word)
        #expect(readings.contains { $0.lemma == lemma && $0.partOfSpeech == pos }, "\(readings)")
    }

    @Test func flagsAndGrammemes() throws {
        let name = try #require(analyzer.analyze("Єнса").first)
        #expect(name.isFirstName)
        #expect(name.grammemeCase == "gent")
        #expect(name.number == "sing")
        #expect(name.gender == "masc")
        #expect(analyzer.analyze("Столтенберга").allSatisfy { $0.isSurname })
        #expect(analyzer.analyze("НАТО").contains { $0.isAbbreviation })
    }

    @Test func ghePairsWithUpturnedGhe() {
        // The dictionary spells some names with ґ; a text with г must find both.
        let lemmas = Set(analyzer.analyze("Столтенберга").map(\.lemma))
        #expect(lemmas == ["столтенберг", "столтенберґ"])
    }

    @Test func unknownWordsAreGuessed() throws {
        let guess = try #require(analyzer.analyze("Шмигалюкові").first)
        #expect(guess.source == .suffix)
        #expect(guess.lemma == "шмигалюк")
        let prefixed = try #require(analyzer.analyze("ексміністра").first)
        #expect(prefixed.lemma == "ексміністр")
        let hyphen = try #require(analyzer.analyze("віце-прем'єра").first)
        #expect(hyphen.lemma == "віце-прем'єр")
    }

    @Test func surnamePatterns() throws {
        let western = try #require(analyzer.analyze("Западенко").first)
        #expect(western.isSurname && western.lemma == "западенко")
        #expect(analyzer.analyze("Боброка").first?.lemma == "боброк")
        #expect(analyzer.analyze("западенко").allSatisfy { !$0.isSurname })
    }

    @Test(arguments: ["", "2022", "12,5", "Hello", "Kиїв", "!!!", "%", String(repeating: "а", count: 10_000), "\u{301}", "😀"])
    func badInputAlwaysHasAReading(word: String) {
        let readings = analyzer.analyze(word)
        #expect(!readings.isEmpty)
        #expect(readings.allSatisfy { !$0.tag.isEmpty })
    }

    @Test(arguments: [("90-х", "ADJF plur,gent"), ("2022-го", "ADJF masc,gent"), ("5-ї", "ADJF femn,gent")])
    func ordinals(word: String, tag: String) throws {
        let first = try #require(analyzer.analyze(word).first)
        #expect(first.lemma == String(word.prefix(while: { $0 != "-" })) + "-й")
        #expect(first.tag == tag)
    }

    @Test func shapes() {
        #expect(analyzer.analyze("2022").first?.partOfSpeech == "NUMB")
        #expect(analyzer.analyze("Hello").first?.partOfSpeech == "LATN")
        #expect(analyzer.analyze("Hello").first?.lemma == "hello")
        #expect(analyzer.analyze("…").first?.partOfSpeech == "PNCT")
    }
}

@Suite(.enabled(if: Fixtures.analyzer != nil, "needs the VESUM dictionary"))
struct LexiconTests {
    let analyzer = Fixtures.analyzer!

    @Test(arguments: [("ще", "ще", "ADVB"), ("Можна", "можна", "PRED"), ("-таки", "таки", "PRCL")])
    func supplementaryReadingsComeFirst(word: String, lemma: String, pos: String) throws {
        let first = try #require(analyzer.analyze(word).first)
        #expect(first.lemma == lemma)
        #expect(first.partOfSpeech == pos)
        #expect(first.source == .lexicon)
    }

    @Test func dictionaryReadingsStay() {
        #expect(analyzer.analyze("можна").contains { $0.lemma == "можний" && $0.source == .dictionary })
    }
}

@Suite(.enabled(if: Fixtures.analyzer != nil, "needs the VESUM dictionary"))
struct RobustnessTests {
    let analyzer = Fixtures.analyzer!

    /// Random strings over Cyrillic, Latin, digits, apostrophes, hyphens, combining marks and
    /// symbols: every one gets a reading with a lemma, and inflection answers.
    @Test func randomInputNeverCrashes() {
        let alphabet = Array("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯabcXYZ0123456789'ʼ’`-.,«»%€😀\u{301}\u{300} ")
        var generator = SplitMix(seed: 7)
        for _ in 0..<3000 {
            let length = Int(generator.next() % 14)
            let word = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            let readings = analyzer.analyze(word)
            #expect(!readings.isEmpty, "\(word)")
            _ = analyzer.inflect(word, to: ["gent", "plur"])
            _ = analyzer.nominative(of: [word, word])
        }
    }
}

@Suite(.enabled(if: Fixtures.analyzer != nil, "needs the VESUM dictionary"))
struct ReadingBufferTests {
    let analyzer = Fixtures.analyzer!

    /// The word cache's allocation-free path must give the readings `analyze` gives, in order:
    /// plain dictionary words, `г`/`ґ` spellings, capitalised words that surname patterns
    /// apply to, lexicon words, guesses, shapes.
    @Test(arguments: [
        "зустрілися", "Верховної", "гніву", "Гонконгу", "Тимошенко", "ЗЕЛЕНСЬКОГО", "Столтенберга",
        "прем’єра", "Шмигаль", "Кравчукові", "ковідних", "2022-го", "Twitter", "—", "%", "",
        "за\u{301}вжди", "екс-міністр", "Кличко", "Морару",
    ])
    func compactReadingsMatchAnalyze(word: String) {
        let key = LookupKey(word)
        var buffer = ReadingBuffer()
        buffer.bytes = [1, 2, 3]  // left over from an earlier word: must be cleared
        var memo = PayloadMemo(enabled: true)
        analyzer.readings(key, into: &buffer, memo: &memo)
        let compact = analyzer.analyses(of: buffer)
        let full = analyzer.analyze(key)
        #expect(compact.map(\.lemma) == full.map(\.lemma))
        #expect(compact.map(\.tagID) == full.map(\.tagID))
        #expect(compact.map(\.word) == full.map(\.word))
        #expect(compact.map(\.source) == full.map(\.source))
        // Again, with the payloads now remembered by the memo: the same readings.
        analyzer.readings(key, into: &buffer, memo: &memo)
        let remembered = analyzer.analyses(of: buffer)
        #expect(remembered.map(\.lemma) == full.map(\.lemma))
        #expect(remembered.map(\.tagID) == full.map(\.tagID))
        #expect(remembered.map(\.word) == full.map(\.word))
    }
}
