import Foundation
import Litopys
import LitopysText
import Testing

/// Roles as the whole pipeline gives them, with the dictionary (skipped, with a message,
/// where it is not installed).
struct PipelineRolesTests {
    /// The entities of `text` (after a headline) as the output contract writes them.
    func entities(_ text: String) throws -> [[String: Any]]? {
        guard let pipeline = try? Pipeline.standard(downloadDictionary: false) else {
            print("PipelineRolesTests: the VESUM dictionary is not installed (`litopys setup`); skipped.")
            return nil
        }
        let document = pipeline.analyze(Article(text: "Новини\n\n" + text, hasHeadline: true))
        return try parseObject(OutputContract().json(for: document))["entities"] as? [[String: Any]]
    }

    /// The date values of `text` (after a headline) published on `published`, as the output
    /// contract writes them; nil where the dictionary is not installed.
    func dates(_ text: String, published: String) throws -> [String]? {
        guard let pipeline = try? Pipeline.standard(downloadDictionary: false) else {
            print("PipelineRolesTests: the VESUM dictionary is not installed (`litopys setup`); skipped.")
            return nil
        }
        let document = pipeline.analyze(Article(text: "Новини\n\n" + text, hasHeadline: true, published: published))
        let dates = try parseObject(OutputContract().json(for: document))["dates"] as? [[String: Any]] ?? []
        return dates.compactMap { $0["value"] as? String }
    }

    @Test func anAdjectiveThatCannotAgreeIsNoPartOfTheTitle() throws {
        // `вартою` reads as an adjective (`вартий`) but cannot agree with `депутату`.
        guard let entities = try entities("Суд обрав тримання під вартою колишньому народному депутату Миколі Петренку.") else { return }
        let person = try #require(entities.first { $0["name"] as? String == "Микола Петренко" })
        let roles = try #require(person["roles"] as? [String])
        #expect(!roles.isEmpty)
        #expect(!roles.contains { $0.contains("варт") })
    }

    @Test func theAdjectivesOfATitleTheTaggerLeftOutAreKept() throws {
        guard let entities = try entities("Технічний директор заводу Петро Іваненко заявив, що завод працює.") else { return }
        let person = try #require(entities.first { $0["name"] as? String == "Петро Іваненко" })
        #expect(person["roles"] as? [String] == ["технічний директор заводу"])
    }

    @Test func aSurgeonsOccupationRightBeforeTheName() throws {
        guard let entities = try entities("Операцію провела команда кардіохірурга Ореста Кліща.") else { return }
        let person = try #require(entities.first { $0["name"] as? String == "Орест Кліщ" })
        #expect(person["roles"] as? [String] == ["кардіохірург"])
    }

    @Test func anOccupationBeforeAnOrganisationMustBeAPersonsOne() throws {
        guard let entities = try entities(
            "Статтю написала дослідниця Ужгородського університету Марія Фединець. Нову будівлю лікарні ЮНІСЕФ Андрій Садовий пообіцяв відкрити.")
        else { return }
        let researcher = try #require(entities.first { $0["name"] as? String == "Марія Фединець" })
        #expect(researcher["roles"] as? [String] == ["дослідниця Ужгородського університету"])
        // `лікарні` begins like `лікар` but is a building.
        let mayor = try #require(entities.first { $0["name"] as? String == "Андрій Садовий" })
        #expect((mayor["roles"] as? [String] ?? []).isEmpty)
    }

    @Test func aWomansForeignNameAfterAFeminineTitleButNotHerEmployers() throws {
        guard let entities = try entities(
            "Конференцію відкрила прем'єр-міністерка Італії Джорджа Мелоні. Помічниця Олега Синєгубова розповіла про підготовку.")
        else { return }
        let names = entities.compactMap { $0["type"] as? String == "PERS" ? $0["name"] as? String : nil }
        #expect(names.contains("Джорджа Мелоні"))
        #expect(names.contains("Олег Синєгубов"))
    }

    @Test func aDefenceLawyerIsATitle() throws {
        guard let entities = try entities("Захисниця засудженого Ірина Мельничук заявила, що оскаржить вирок.") else { return }
        let person = try #require(entities.first { $0["name"] as? String == "Ірина Мельничук" })
        #expect((person["roles"] as? [String])?.contains("захисниця засудженого") == true)
    }

    @Test func aNameReadAsAPlaceBeforeAWorkIsThePersonTheArticleNamesLater() throws {
        guard let entities = try entities(
            "Стрічка режисерки Марини Степанської «Тиша» отримала приз глядацьких симпатій. Церемонія відбулася в Берліні, розповіла Степанська.")
        else { return }
        let director = try #require(entities.first { $0["name"] as? String == "Марина Степанська" })
        #expect(director["type"] as? String == "PERS")
        // `Стрічка` is a noun: no part of her title.
        #expect(director["roles"] as? [String] == ["режисерка"])
        #expect(entities.contains { $0["type"] as? String == "ART" && ($0["name"] as? String)?.contains("Тиша") == true })
    }

    @Test func aVerbWhoseSubjectFollowsSaysNothingOfTheNameBefore() throws {
        guard let entities = try entities(
            "Олена Коваленко очолила агентство. Кандидатуру Коваленко вніс на розгляд прем'єр-міністр Денис Шмигаль.")
        else { return }
        let minister = try #require(entities.first { $0["name"] as? String == "Олена Коваленко" })
        #expect((minister["mentions"] as? [[String: Any]])?.count == 2)
        // A candidacy is no title.
        #expect((minister["roles"] as? [String] ?? []).allSatisfy { !$0.contains("кандидатур") })
    }

    @Test func aWeekdayLooksForwardOnlyWhenItsOwnVerbDoes() throws {
        guard let values = try dates("Інтерв'ю записали в Києві в середу, його повна версія вийде в ефір у неділю.", published: "2024-10-17")
        else { return }
        #expect(values == ["2024-10-16", "2024-10-20"])
    }

    @Test func aFirstNameAloneJoinsTheFullNameItBegins() throws {
        guard let entities = try entities(
            "Зеленський провів розмову з прем'єр-міністром Кіром Стармером. «Дякую Кіру за підтримку», – написав Зеленський. Стармер запевнив, що допомога триватиме.")
        else { return }
        // The instrumental endings say he is a man; `Кіру` is not the woman's `Кіра`.
        let starmer = try #require(entities.first { $0["name"] as? String == "Кір Стармер" })
        #expect((starmer["mentions"] as? [[String: Any]])?.count == 3)
        #expect(!entities.contains { $0["name"] as? String == "Кіра" })
    }

    @Test func aCountryAfterATitleIsAPlace() throws {
        guard let entities = try entities(
            "Міністр оборони України Олексій Резніков зустрівся в Лондоні з міністром оборони Великої Британії Беном Воллесом.")
        else { return }
        let britain = try #require(entities.first { $0["name"] as? String == "Велика Британія" })
        #expect(britain["type"] as? String == "LOC")
    }

    @Test func theEveBeforeANounInTheNominativeIsTheDayBefore() throws {
        guard let values = try dates("Напередодні ворог атакував Балаклію.", published: "2022-05-04") else { return }
        #expect(values == ["2022-05-03"])
        #expect(try dates("Сторони говорили напередодні саміту.", published: "2022-05-04")?.isEmpty == true)
    }

    @Test func aSentenceInCapitalsGivesNamesAndTitlesInOrdinaryCase() throws {
        guard let entities = try entities(
            "ГОЛОВА УРЯДУ ДЕНИС ШМИГАЛЬ ЗУСТРІВСЯ З ПРЕЗИДЕНТОМ ФРАНЦІЇ ЕММАНЮЕЛЕМ МАКРОНОМ. Денис Шмигаль подякував Франції.")
        else { return }
        let macron = try #require(entities.first { ($0["name"] as? String)?.hasSuffix("Макрон") == true })
        #expect(macron["name"] as? String == "Емманюель Макрон")
        #expect(macron["roles"] as? [String] == ["президент Франції"])
        #expect(entities.contains { $0["name"] as? String == "Денис Шмигаль" })
    }

    @Test func aTitleInTheDativeNamesAPerson() throws {
        // `голові` is also the dative of `гол` (a goal); a title is a person's.
        guard let entities = try entities(
            "Суд відмовив колишньому міському голові Ірпеня Володимиру Карплюку. Міському голові Бучі Анатолію Федоруку вручили нагороду.")
        else { return }
        let karpliuk = try #require(entities.first { $0["name"] as? String == "Володимир Карплюк" })
        #expect(karpliuk["roles"] as? [String] == ["колишній міський голова Ірпеня"])
        // At the start of a sentence the title is lower case all the same.
        let fedoruk = try #require(entities.first { $0["name"] as? String == "Анатолій Федорук" })
        #expect(fedoruk["roles"] as? [String] == ["міський голова Бучі"])
    }

    @Test func thePostAPersonIsAppointedToIsARole() throws {
        guard let entities = try entities(
            "Андрій Садовий звільнив директора департаменту. Виконувачкою обов'язків директорки департаменту міський голова призначив Соломію Гнатів.")
        else { return }
        let person = try #require(entities.first { $0["name"] as? String == "Соломія Гнатів" })
        let roles = try #require(person["roles"] as? [String])
        #expect(roles.contains { $0.contains("обов'язків директорки департаменту") })
        #expect(!roles.contains { $0.contains("голова") })
    }

    @Test func thePostAfterTheNameOfTheAppointedIsARole() throws {
        guard let entities = try entities(
            "Президент підписав указ про призначення Олега Григорова головою Сумської обласної військової адміністрації. Наставник «Динамо» Олександр Шовковський визнав поразку.")
        else { return }
        let appointed = try #require(entities.first { $0["name"] as? String == "Олег Григоров" })
        #expect((appointed["roles"] as? [String])?.contains { $0.contains("Сумської обласної військової адміністрації") } == true)
        let coach = try #require(entities.first { $0["name"] as? String == "Олександр Шовковський" })
        #expect((coach["roles"] as? [String])?.contains { $0.hasPrefix("наставник") } == true)
    }

    @Test func aRankAfterTheNameOfTheAppointedIsARole() throws {
        guard let entities = try entities("Президент призначив Ольгу Петрук Надзвичайним і Повноважним Послом України в Канаді.") else { return }
        let appointed = try #require(entities.first { $0["name"] as? String == "Ольга Петрук" })
        #expect((appointed["roles"] as? [String])?.contains { $0.hasPrefix("Надзвичайний і Повноважний Посол України") } == true)
    }

    @Test func aBodyNamedInsideATitleEndsBeforeTheRemit() throws {
        guard let entities = try entities("Про це заявив Уповноважений Верховної Ради з прав людини Дмитро Лубінець.") else { return }
        #expect(entities.contains { $0["type"] as? String == "ORG" && $0["name"] as? String == "Верховна Рада" })
        #expect(!entities.contains { ($0["name"] as? String)?.hasSuffix("з прав людини") == true && $0["type"] as? String == "ORG" })
    }

    @Test func aSportsOccupationRightBeforeTheNameAndAWomansNounInApposition() throws {
        guard let entities = try entities(
            "Фінал виграла плавчиня Олена Дорош, яка випередила угорку Петру Шомоді і польку Катерину Зубко. Дружину Петра Стеценка нагородили. На чемпіонаті з гімнастики Ілля Ковтун виграв золото.")
        else { return }
        let swimmer = try #require(entities.first { $0["name"] as? String == "Олена Дорош" })
        #expect(swimmer["roles"] as? [String] == ["плавчиня"])
        // `угорку` is a woman: `Петру` is her accusative, not his dative.
        #expect(entities.contains { $0["name"] as? String == "Петра Шомоді" })
        #expect(!entities.contains { $0["name"] as? String == "Петро Шомода" })
        // The sport is no occupation.
        let gymnast = try #require(entities.first { $0["name"] as? String == "Ілля Ковтун" })
        #expect((gymnast["roles"] as? [String] ?? []).isEmpty)
        // `Дружину` governs his genitive.
        #expect(entities.contains { $0["name"] as? String == "Петро Стеценко" })
    }
}
