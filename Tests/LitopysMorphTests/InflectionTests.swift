import Testing
@testable import LitopysMorph

@Suite(.enabled(if: Fixtures.analyzer != nil, "needs the VESUM dictionary"))
struct InflectionTests {
    let analyzer = Fixtures.analyzer!

    @Test(arguments: [
        ("Верховної Ради", "Верховна Рада"),
        ("Європейського Союзу", "Європейський Союз"),
        ("Єнса Столтенберга", "Єнс Столтенберг"),
        ("заступниці держсекретаря", "заступниця держсекретаря"),
        ("Володимира Зеленського", "Володимир Зеленський"),
        ("Національного банку України", "Національний банк України"),
        ("Збройних сил", "Збройні сили"),
        ("Кабінету Міністрів", "Кабінет Міністрів"),
        ("ВЕРХОВНОЇ РАДИ", "ВЕРХОВНА РАДА"),
        ("Ради", "Рада"),
        ("Верховна Рада", "Верховна Рада"),
        ("Ради НАТО – Росія", "Рада НАТО – Росія"),
        ("Рада НАТО", "Рада НАТО"),
        ("генеральним секретарем НАТО", "генеральний секретар НАТО"),
        ("Надзвичайним і Повноважним Послом", "Надзвичайний і Повноважний Посол"),
    ])
    func nominative(phrase: String, expected: String) {
        let words = phrase.split(separator: " ").map(String.init)
        #expect(analyzer.nominative(of: words).joined(separator: " ") == expected)
    }

    @Test func genderHint() {
        #expect(analyzer.nominative(of: ["Юлії", "Тимошенко"], gender: "femn") == ["Юлія", "Тимошенко"])
        #expect(analyzer.nominative(of: ["Залужного"], gender: "masc") == ["Залужний"])
        #expect(analyzer.nominative(of: ["Валерія", "Залужного"]) == ["Валерій", "Залужний"])
    }

    @Test func aLowerCaseWordIsNoSurname() {
        // `української` and `маршалком` are also surnames' forms (`Українська`, `Маршалко`).
        #expect(analyzer.nominative(of: ["української", "режисерки"], gender: "femn", animate: true) == ["українська", "режисерка"])
        #expect(analyzer.nominative(of: ["маршалком", "Сейму"], gender: "masc", animate: true) == ["маршалок", "Сейму"])
    }

    @Test(arguments: [
        ("Київ", ["loct"], "Києві"),
        ("рада", ["gent"], "ради"),
        ("рада", ["gent", "plur"], "рад"),
        ("Столтенберг", ["datv"], "Столтенбергові"),
        ("верховна", ["ablt"], "верховною"),
    ])
    func inflectWord(word: String, grammemes: [String], expected: String) {
        #expect(analyzer.inflect(word, to: Set(grammemes)) == expected)
    }

    @Test func punctuationApostrophesAndStressStay() {
        #expect(analyzer.nominative(of: ["«Нафтогазу»"]) == ["«Нафтогаз»"])
        #expect(analyzer.nominative(of: ["(Верховної", "Ради)"]) == ["(Верховна", "Рада)"])
        #expect(analyzer.inflect("пʼятий", to: ["gent"]) == "пʼятого")
        #expect(analyzer.inflect("ВʼЯЧЕСЛАВ", to: ["datv"]).hasPrefix("ВʼЯЧЕСЛАВ"))
        #expect(analyzer.nominative(of: []) == [])
        #expect(analyzer.nominative(of: ["", "2022"]) == ["", "2022"])
    }

    @Test func shapeReadingsDoNotInflect() throws {
        let number = try #require(analyzer.analyze("2022").first)
        #expect(analyzer.inflect(number, to: ["gent"]) == nil)
        #expect(analyzer.inflect("2022", to: ["gent"]) == "2022")
    }
}

@Suite(.enabled(if: Fixtures.analyzer != nil, "needs the VESUM dictionary"))
struct NewsMentionTests {
    let analyzer = Fixtures.analyzer!

    /// Mentions as the NER stage finds them in news, and their canonical names.
    @Test(arguments: [
        ("Брюсселі", "Брюссель"),
        ("Міністерства закордонних справ", "Міністерство закордонних справ"),
        ("Міністерством оборони", "Міністерство оборони"),
        ("Олафа Шольца", "Олаф Шольц"),
        ("Антоні Блінкеном", "Антоні Блінкен"),
        ("Урсули фон дер Ляєн", "Урсула фон дер Ляєн"),
        ("Сполучених Штатах", "Сполучені Штати"),
        ("Збройними силами України", "Збройні сили України"),
        ("Емманюелем Макроном", "Емманюель Макрон"),
        ("генсека НАТО", "генсек НАТО"),
    ])
    func canonicalName(mention: String, expected: String) {
        let words = mention.split(separator: " ").map(String.init)
        #expect(analyzer.nominative(of: words).joined(separator: " ") == expected)
    }
}
