import Testing

@testable import LitopysEntities

@Suite struct GazetteerTests {
    @Test func bundledGazetteerLoads() throws {
        let gazetteer = try Gazetteer.bundled()
        #expect(gazetteer.count > 300)
    }

    @Test func theEuropeanUnionIsAnOrganisationUnderEachName() throws {
        // `Євросоюз` once stood with the countries, and a rule makes countries places.
        let gazetteer = try Gazetteer.bundled()
        let input = TextSegmentation.input(for: "Списки отримають у Євросоюзі, в Європейському Союзі та в Польщі.")
        let found = SpanRepair.matches(input, gazetteer: gazetteer).map { (input.text(ofToken: $0.tokens.lowerBound), $0.type) }
        #expect(found.map(\.0) == ["Євросоюзі", "Європейському", "Польщі"])
        #expect(found.map(\.1) == [.organization, .organization, .location])
    }

    @Test func listedNamesReachTheRulesButNotTheTaggerFeatures() throws {
        // The tagger reads the bundled gazetteer only, so that `litopys train ner` reproduces
        // the bundled model; the span rules and the normaliser also read the listed names.
        let tagger = try Gazetteer.bundled()
        let rules = tagger.addingListedNames()
        let input = TextSegmentation.input(for: "Резолюцію ухвалила ПАСЄ, а ФІФА промовчала.")
        #expect(SpanRepair.matches(input, gazetteer: tagger).isEmpty)
        let found = SpanRepair.matches(input, gazetteer: rules).map { input.text(ofToken: $0.tokens.lowerBound) }
        #expect(found == ["ПАСЄ", "ФІФА"])
        #expect(rules.count == tagger.count + Gazetteer.listedNames.count)
        #expect(Gazetteer.listedNames.count > 50)
    }

    @Test func inflectedFormsMatchTheNominativeEntry() throws {
        let gazetteer = try Gazetteer(source: "@type LOC\nЖенева\n@type ORG\nВерховна Рада\nРада НАТО – Росія\n")
        let input = TextSegmentation.input(for: "Делегації зустрілися в Женеві, а депутати Верховної Ради чекали засідання Ради НАТО – Росія.")
        let found = SpanRepair.matches(input, gazetteer: gazetteer).map { (input.text(ofToken: $0.tokens.lowerBound), $0.tokens.count, $0.type) }
        #expect(found.map(\.0) == ["Женеві", "Верховної", "Ради"])
        #expect(found.map(\.1) == [1, 2, 4])
        #expect(found.map(\.2) == [.location, .organization, .organization])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func formsWhoseStemAlternatesMatchByTheirLemma() throws {
        let gazetteer = try Gazetteer(source: "@type LOC\nКиїв\nЛьвів\nКривий Ріг\n")
        let text = "Делегація їхала з Києва до Львова через Кривий Ріг."
        let plain = TextSegmentation.input(for: text)
        #expect(SpanRepair.matches(plain, gazetteer: gazetteer).count == 1, "by stems alone only the nominative matches")
        let input = TextSegmentation.input(for: text, morphology: MorphologyFeatures.shared)
        let found = SpanRepair.matches(input, gazetteer: gazetteer).map { input.text(ofToken: $0.tokens.lowerBound) }
        #expect(found == ["Києва", "Львова", "Кривий"])
    }

    @Test func stemmerCutsEndingsButKeepsAbbreviations() {
        #expect(Stemmer.stem("Брюсселі") == Stemmer.stem("Брюссель"))
        #expect(Stemmer.stem("Женеві") == Stemmer.stem("Женева"))
        #expect(Stemmer.stem("Росією") == Stemmer.stem("Росія"))
        #expect(Stemmer.stem("США") == "сша")
        #expect(Stemmer.stem("НАТО") == "нато")
    }
}
