import Testing
@testable import LitopysFacts

let brussels = TestEntity(id: "e10", type: "LOC", name: "Брюссель", surfaces: ["Брюсселі"])
let geneva = TestEntity(id: "e11", type: "LOC", name: "Женева", surfaces: ["Женеві"])
let ukraine = TestEntity(id: "e12", type: "LOC", name: "Україна", surfaces: ["Україні", "України"])
let poland = TestEntity(id: "e13", type: "LOC", name: "Польща", surfaces: ["Польщі", "Польща"])

struct EventExtractorTests {
    @Test(arguments: [
        ("Кулеба зустрівся з Марченко.", EventKind.meeting),
        ("Кулеба прибув з візитом до Варшави.", .visit),
        ("Кулеба провів телефонну розмову з Марченко.", .call),
        ("Сторони підписали угоду про співпрацю.", .agreement),
        ("Президент призначив Марченко на посаду посла.", .appointment),
        ("Уряд звільнив Марченко з посади заступниці.", .dismissal),
        ("Вночі ворог завдав ракетного удару по місту.", .attack),
        ("ЄС запровадив нові санкції.", .sanction),
    ])
    func recognisesEachKind(text: String, kind: EventKind) {
        let (_, layer) = facts(text, published: "2024-03-10", entities: [kuleba, marchenko])
        #expect(layer.events.map(\.kind) == [kind])
    }

    @Test func defenceAgainstStrikesIsNoStrike() {
        #expect(facts("Міністри говорили про захист мереж від ударів дронів.", entities: []).1.events.isEmpty)
        #expect(facts("Партнери передадуть ППО проти атак.", entities: []).1.events.isEmpty)
        #expect(facts("Від удару загинули двоє.", entities: []).1.events.map(\.kind) == [.attack])
    }

    @Test func theCountryOfAnAdjectiveStrikes() {
        let russia = TestEntity(id: "e20", type: "LOC", name: "Росія", surfaces: ["Росія"])
        let kyiv = TestEntity(id: "e21", type: "LOC", name: "Київ", surfaces: ["Київ"])
        let (_, layer) = facts("Вночі російські війська атакували Київ ракетами. Росія заперечує.", entities: [russia, kyiv])
        #expect(layer.events.first?.participants.map(\.entity) == ["e20"])
        #expect(layer.events.first?.place == "e21")
        // Without the country named in the article, nobody is made up.
        let (_, alone) = facts("Вночі російські війська атакували Київ ракетами.", entities: [kyiv])
        #expect(alone.events.first?.participants.isEmpty == true)
    }

    @Test func signingALawIsNoAgreement() {
        #expect(facts("Президент підписав закон про мобілізацію.", entities: []).1.events.isEmpty)
        #expect(facts("Сторони підписали меморандум.", entities: []).1.events.map(\.kind) == [.agreement])
    }

    @Test func negatedTriggersDoNotCount() {
        let (_, layer) = facts("Кулеба не зустрічався з Марченко.", entities: [kuleba, marchenko])
        #expect(layer.events.isEmpty)
    }

    @Test func aMeetingWithDatePlaceParticipantsAndRoles() throws {
        let text = """
            У Брюсселі 12 січня розпочалося засідання ради.
            Делегацію очолює Оксана Марченко. Головує на засіданні Дмитро Кулеба.
            """
        let (_, layer) = facts(text, published: "2022-01-12", entities: [brussels, kuleba, marchenko])
        #expect(layer.events.count == 1)
        let event = try #require(layer.events.first)
        #expect(event.kind == .meeting)
        #expect(event.date == "2022-01-12")
        #expect(event.place == "e10")
        #expect(event.text == "засідання ради")
        #expect(event.participants == [EventParticipant(entity: "e2", role: "head of delegation"), EventParticipant(entity: "e1", role: "chair")])
        #expect(event.sentences == [0, 1, 2])
    }

    @Test func mentionsWithOtherDatesOrPlacesAreOtherEvents() {
        let text = """
            У Брюсселі 12 січня розпочалося засідання ради. Марченко, яка брала участь у перемовинах у Женеві, теж виступила.
            Нагадаємо, 10 січня пройшли перемовини щодо безпеки.
            Перемовини у Женеві: що відомо
            На переговорах виступав Кулеба.
            """
        let (_, layer) = facts(text, published: "2022-01-12", entities: [brussels, geneva, kuleba, marchenko])
        #expect(layer.events.count == 2)
        #expect(layer.events.map(\.date) == ["2022-01-12", "2022-01-10"])
        #expect(layer.events.map(\.place) == ["e10", "e11"])
        #expect(layer.events.last?.participants.map(\.entity) == ["e2", "e1"])
    }

    @Test func withoutPeopleTheCountriesTakePart() {
        let (_, layer) = facts("Вчора відбулися консультації України та Польщі.", published: "2024-05-02", entities: [ukraine, poland])
        #expect(layer.events.first?.participants.map(\.entity) == ["e12", "e13"])
        #expect(layer.events.first?.date == "2024-05-01")
    }

    @Test func aTopicPlaceIsNotTheVenue() {
        let (_, layer) = facts("На переговорах говоритимуть про ситуацію в Україні.", entities: [ukraine])
        #expect(layer.events.first?.place == nil)
        #expect(layer.events.first?.status == "announced")
    }
}

struct AttackAndFrameTests {
    let russia = TestEntity(id: "e20", type: "LOC", name: "Росія", surfaces: ["Росія"])
    let kyiv = TestEntity(id: "e21", type: "LOC", name: "Київ", surfaces: ["Києву"])

    @Test func anAttackHasItsAttackerAndTarget() throws {
        let (_, layer) = facts("У ніч на 21 березня Росія завдала ракетного удару по Києву.", published: "2024-03-21", entities: [russia, kyiv])
        let event = try #require(layer.events.first)
        #expect(event.kind == .attack)
        #expect(event.place == "e21")
        #expect(event.participants.map(\.entity) == ["e20"])
    }

    @Test func aDatelineWithAnAgencyAndNoYearPlacesTheLede() throws {
        let kyiv = TestEntity(id: "e34", type: "LOC", name: "Київ", surfaces: ["Київ"])
        let minister = TestEntity(id: "e35", type: "PERS", name: "Олена Коваленко", surfaces: ["Олену Коваленко"])
        let text = "Київ, 19 липня (Укрінформ). Верховна Рада призначила Олену Коваленко міністеркою цифрової трансформації."
        let (_, layer) = facts(text, published: "2024-07-19", entities: [kyiv, minister])
        // `міністеркою` is a post as `міністром` is.
        let appointment = try #require(layer.events.first { $0.kind == .appointment })
        #expect(appointment.place == "e34")
        #expect(appointment.date == "2024-07-19")
    }

    @Test func aWeaponAfterItsTargetStillStrikesIt() throws {
        let izmail = TestEntity(id: "e36", type: "LOC", name: "Ізмаїл", surfaces: ["Ізмаїлу"])
        let (_, layer) = facts("У ніч на понеділок російські війська запустили по Ізмаїлу 12 ударних дронів.", published: "2024-09-02", entities: [izmail])
        let attack = try #require(layer.events.first { $0.kind == .attack })
        #expect(attack.place == "e36")
        #expect(attack.participants.isEmpty)
    }

    @Test func anExchangeOfPrisonersIsAnEventBetweenCountries() throws {
        let ukraine = TestEntity(id: "e30", type: "LOC", name: "Україна", surfaces: ["Україною"])
        let russia = TestEntity(id: "e31", type: "LOC", name: "Росія", surfaces: ["Росією"])
        let (_, layer) = facts("У середу відбувся обмін полоненими між Україною та Росією.", published: "2024-01-31", entities: [ukraine, russia])
        let exchange = try #require(layer.events.first { $0.kind == .exchange })
        #expect(exchange.date == "2024-01-31")
        #expect(Set(exchange.participants.map(\.entity)) == ["e30", "e31"])
        // With no side named in its sentence, the two places of the sentence before it in its
        // paragraph are the sides; a mediator is none.
        let uae = TestEntity(id: "e32", type: "LOC", name: "ОАЕ", surfaces: ["ОАЕ"])
        let sides = TestEntity(id: "e33", type: "LOC", name: "Росія", surfaces: ["Росії"])
        let home = TestEntity(id: "e34", type: "LOC", name: "Україна", surfaces: ["Україна"])
        let text = "Україна повернула 150 військових, яких утримували в Росії. Обмін полоненими відбувся в суботу за посередництва ОАЕ."
        let told = try #require(facts(text, published: "2024-09-15", entities: [uae, sides, home]).1.events.first { $0.kind == .exchange })
        #expect(Set(told.participants.map(\.entity)) == ["e33", "e34"])
        // An exchange of views is none.
        #expect(facts("Сторони провели обмін думками.", entities: []).1.events.allSatisfy { $0.kind != .exchange })
        // `Обмін відбувся …` opening a sentence after captives were spoken of is theirs; not
        // with nothing of captives before it.
        let returned = "Україна повернула з полону 12 жінок. Серед них медикиня. Обмін відбувся за посередництва ОАЕ."
        #expect(facts(returned, published: "2026-11-03", entities: [uae, home]).1.events.contains { $0.kind == .exchange })
        let views = "Україна провела переговори. Обмін відбувся за посередництва ОАЕ."
        #expect(!facts(views, published: "2026-11-03", entities: [uae, home]).1.events.contains { $0.kind == .exchange })
        // The other side may be named only after it in its paragraph, or by an adjective in the
        // paragraph before (`з російського полону`).
        let russiaNamed = TestEntity(id: "e33", type: "LOC", name: "Росія", surfaces: ["Росія"])
        let apart = "Україна повернула з російського полону 84 військових.\n\nОбмін відбувся за посередництва ОАЕ. Росія отримала стільки ж."
        let later = try #require(facts(apart, published: "2026-08-14", entities: [uae, russiaNamed, home]).1.events.first { $0.kind == .exchange })
        #expect(Set(later.participants.map(\.entity)) == ["e33", "e34"])
        // Not a country in a title, a mediator by `сприяння`, nor a border.
        let turkey = TestEntity(id: "e35", type: "LOC", name: "Туреччина", surfaces: ["Туреччини"])
        let belarus = TestEntity(id: "e36", type: "LOC", name: "Білорусь", surfaces: ["Білоруссю"])
        let vatican = TestEntity(id: "e37", type: "LOC", name: "Ватикан", surfaces: ["Ватикану"])
        let mediated = "Президент Туреччини закликав до миру.\n\nОбмін полоненими відбувся за сприяння Ватикану."
        let none = try #require(facts(mediated, published: "2026-08-14", entities: [turkey, vatican]).1.events.first { $0.kind == .exchange })
        #expect(none.participants.isEmpty)
        let border = "Обмін полоненими відбувся на кордоні з Білоруссю. Росія передала 50 військових."
        let one = try #require(facts(border, published: "2026-08-14", entities: [belarus, russiaNamed]).1.events.first { $0.kind == .exchange })
        #expect(one.participants.isEmpty)
    }

    @Test func mayorsArePluralPeopleAndARegionInWhatIsAgreedIsNoPlace() throws {
        let sadovyi = TestEntity(id: "e1", type: "PERS", name: "Андрій Садовий", gender: "masc", surfaces: ["Андрій Садовий"])
        let sutryk = TestEntity(id: "e2", type: "PERS", name: "Яцек Сутрик", gender: "masc", surfaces: ["Яцеком Сутриком"])
        let wroclaw = TestEntity(id: "e3", type: "LOC", name: "Вроцлав", surfaces: ["Вроцлаві"])
        let lvivRegion = TestEntity(id: "e4", type: "LOC", name: "Львівщина", surfaces: ["Львівщині"])
        let lviv = TestEntity(id: "e5", type: "LOC", name: "Львів", surfaces: ["Львові"])
        let text = "Андрій Садовий 22 квітня зустрівся у Вроцлаві з Яцеком Сутриком. Сторони підписали меморандум про допомогу у відбудові шкіл на Львівщині.\n\n"
            + "Наступну зустріч мери запланували на вересень у Львові."
        let (_, layer) = facts(text, published: "2026-04-22", entities: [sadovyi, sutryk, wroclaw, lvivRegion, lviv])
        // The region is where the schools are: the memorandum was signed where they met.
        #expect(layer.events.first { $0.kind == .agreement }?.place == "e3")
        // `мери` are the two who met.
        let next = try #require(layer.events.last { $0.kind == .meeting })
        #expect(next.place == "e5")
        #expect(Set(next.participants.map(\.entity)) == ["e1", "e2"])
        // With a verb between, the region is where it was.
        let (_, held) = facts("Нарада щодо відновлення енергетики відбулася на Львівщині.", published: "2026-04-22", entities: [lvivRegion])
        #expect(held.events.first?.place == "e4")
        // The plural in a relative clause is other people: `де мери обговорювали`.
        let (_, apart) = facts(
            "Андрій Садовий 22 квітня зустрівся у Вроцлаві з Яцеком Сутриком. Наступного дня пройшла конференція у Львові, де мери обговорювали бюджет.",
            published: "2026-04-22", entities: [sadovyi, sutryk, wroclaw, lviv])
        #expect(apart.events.last?.participants.isEmpty == true)
    }

    @Test func beforeThatIsNoDayOfTheArticle() throws {
        let grossi = TestEntity(id: "e32", type: "PERS", name: "Рафаель Гроссі", surfaces: ["Рафаель Гроссі", "Гроссі"])
        let plant = TestEntity(id: "e33", type: "ORG", name: "Запорізька АЕС", surfaces: ["Запорізьку АЕС"])
        let text = "Рафаель Гроссі 7 лютого відвідав Запорізьку АЕС.\n\nПеред цим Гроссі зустрівся з міністром."
        let (_, layer) = facts(text, published: "2024-02-07", entities: [grossi, plant])
        // The plant a visitor goes to is where the visit is.
        #expect(layer.events.first { $0.kind == .visit }?.place == "e33")
        #expect(layer.events.first { $0.kind == .meeting }?.date == nil)
    }

    @Test func whatAVisitorDoesDuringTheVisitIsWhereTheVisitIs() throws {
        let blinken = TestEntity(id: "e27", type: "PERS", name: "Ентоні Блінкен", surfaces: ["Ентоні Блінкен", "Блінкен"])
        let beijing = TestEntity(id: "e28", type: "LOC", name: "Пекін", surfaces: ["Пекіна"])
        let wang = TestEntity(id: "e29", type: "PERS", name: "Ван І", surfaces: ["Ван І"])
        let text = "Ентоні Блінкен 18 червня прибув до Пекіна з дводенним візитом.\n\n19 червня Блінкен провів переговори з Ван І."
        let (_, layer) = facts(text, published: "2023-06-19", entities: [blinken, beijing, wang])
        let meeting = try #require(layer.events.first { $0.kind == .meeting })
        #expect(meeting.place == "e28")
        // A day after a one-day visit is somewhere else.
        let oneDay = "Ентоні Блінкен 18 червня прибув до Пекіна.\n\n19 червня Блінкен провів переговори з Ван І."
        let (_, short) = facts(oneDay, published: "2023-06-19", entities: [blinken, beijing, wang])
        #expect(short.events.first { $0.kind == .meeting }?.place == nil)
    }

    @Test func theTownAVerbTakesIsTheTargetNotItsRegion() throws {
        let chuhuiv = TestEntity(id: "e25", type: "LOC", name: "Чугуїв", surfaces: ["Чугуїв"])
        let region = TestEntity(id: "e26", type: "LOC", name: "Харківщина", surfaces: ["Харківщині"])
        let (_, layer) = facts("Російські війська вночі обстріляли Чугуїв на Харківщині.", published: "2022-05-04", entities: [chuhuiv, region])
        let attack = try #require(layer.events.first { $0.kind == .attack })
        #expect(attack.place == "e25")
        #expect(attack.participants.isEmpty)
    }

    @Test func theRegionOfTheTargetIsWhereTheStrikeWas() {
        let region = TestEntity(id: "e27", type: "LOC", name: "Львівська область", surfaces: ["Львівської області"])
        let text = "Вночі війська атакували ракетами енергетичну інфраструктуру Львівської області."
        let (_, layer) = facts(text, published: "2024-12-12", entities: [region])
        #expect(layer.events.first { $0.kind == .attack }?.place == "e27")
        // Not a region after a comma or a preposition.
        let apart = "Вночі війська атакували підстанцію, а голова Львівської області звітував."
        #expect(facts(apart, published: "2024-12-12", entities: [region]).1.events.first { $0.kind == .attack }?.place == nil)
    }

    @Test func aDateInAppositionDoesNotPartThePlaceFromTheEvent() {
        let tokyo = TestEntity(id: "e40", type: "LOC", name: "Токіо", surfaces: ["Токіо"])
        let text = "Відповідну угоду в п'ятницю, 7 лютого, підписали в Токіо міністри двох країн."
        #expect(facts(text, published: "2025-02-07", entities: [tokyo]).1.events.first { $0.kind == .agreement }?.place == "e40")
    }

    @Test func whoseOfficeATitleIsIsNoAttacker() {
        let rivne = TestEntity(id: "e22", type: "LOC", name: "Рівне", surfaces: ["Рівному", "Рівного"])
        let text = "Вночі безпілотники атакували нафтобазу в Рівному. Мер Рівного закликав не поширювати фото наслідків атаки."
        let (_, layer) = facts(text, published: "2024-08-14", entities: [rivne])
        #expect(layer.events.map(\.kind) == [.attack])
        #expect(layer.events.first?.participants.isEmpty == true)
    }

    @Test func theCityIsTheOneTheArticleIsAbout() {
        let russia = TestEntity(id: "e20", type: "LOC", name: "Росія", surfaces: ["Росія"])
        let kharkiv = TestEntity(id: "e23", type: "LOC", name: "Харків", surfaces: ["Харкова"])
        let text = "Прем'єр-міністр у середу прибув до Харкова. У ніч на вівторок Росія випустила по місту три ракети."
        let (_, layer) = facts(text, published: "2024-06-05", entities: [russia, kharkiv])
        let attack = layer.events.first { $0.kind == .attack }
        #expect(attack?.place == "e23")
        #expect(attack?.participants.map(\.entity) == ["e20"])
        // The city as the verb's object.
        let (_, object) = facts("Прем'єр-міністр у середу прибув до Харкова. Нагадаємо, 2 червня росіяни атакували місто дронами.", published: "2024-06-05", entities: [kharkiv])
        #expect(object.events.first { $0.kind == .attack }?.place == "e23")
    }

    @Test func aReportsStrikesHappenedOnItsDayWhereItSays() {
        let kherson = TestEntity(id: "e24", type: "LOC", name: "Херсонщина", surfaces: ["Херсонщині"])
        let text = "За минулу добу на фронті було 150 боєзіткнень.\n\nРосійські війська завдали 45 авіаційних ударів.\n\nВолошин повідомив, що на Херсонщині ворог обстріляв 25 населених пунктів."
        let (_, layer) = facts(text, published: "2024-12-03", entities: [kherson])
        let attacks = layer.events.filter { $0.kind == .attack }
        #expect(attacks.count == 2)
        #expect(attacks.map(\.date) == ["2024-12-03", "2024-12-03"])
        #expect(attacks.map(\.place) == [nil, "e24"])
    }

    @Test func theCapitalIsKyivWhenTheArticleNamesIt() {
        let russia = TestEntity(id: "e20", type: "LOC", name: "Росія", surfaces: ["Росія"])
        let kyiv = TestEntity(id: "e21", type: "LOC", name: "Київ", surfaces: ["Києву"])
        let text = "У ніч на 21 березня Росія завдала удару по Києву. Минулого тижня Росія вже атакувала столицю дронами."
        let (_, layer) = facts(text, published: "2024-03-21", entities: [russia, kyiv])
        #expect(layer.events.map(\.place) == ["e21", "e21"])
        let poland = TestEntity(id: "e22", type: "LOC", name: "Польща", surfaces: ["Польщі"])
        let (_, other) = facts("Вночі Росія атакувала столицю Польщі.", published: "2024-03-21", entities: [russia, kyiv, poland])
        #expect(other.events.first?.place != "e21")
    }

    @Test func anEventToldBesideAnotherSharesItsDateAndPlace() {
        let text = "У Брюсселі 12 січня пройшли консультації. За підсумками консультацій сторони домовилися про обмін."
        let (_, layer) = facts(text, published: "2022-01-12", entities: [brussels])
        #expect(layer.events.map(\.kind) == [.meeting, .agreement])
        #expect(layer.events.map(\.date) == ["2022-01-12", "2022-01-12"])
        #expect(layer.events.map(\.place) == ["e10", "e10"])
    }
}

/// Events told one after another that are not one event.
struct SeparateEventTests {
    let shmyhal = TestEntity(id: "e3", type: "PERS", name: "Денис Шмигаль", gender: "masc", surfaces: ["Денис Шмигаль"])
    let tusk = TestEntity(id: "e4", type: "PERS", name: "Дональд Туск", gender: "masc", surfaces: ["Дональдом Туском"])
    let pyshnyi = TestEntity(id: "e5", type: "PERS", name: "Андрій Пишний", gender: "masc", surfaces: ["Андрія Пишного"])

    @Test func twoMeetingsOfOtherPeopleAreTwoEvents() {
        let text = "12 березня Кулеба зустрівся з Марченко у Брюсселі. Того ж дня Денис Шмигаль провів зустріч із Дональдом Туском."
        let (_, layer) = facts(text, published: "2024-03-12", entities: [kuleba, marchenko, brussels, shmyhal, tusk])
        #expect(layer.events.count == 2)
        #expect(layer.events.map { $0.participants.map(\.entity) } == [["e1", "e2"], ["e3", "e4"]])
    }

    @Test func aPronounSubjectMeetsAndAMeetingWithSomeoneElseIsAnother() {
        let sviry = TestEntity(id: "e6", type: "PERS", name: "Юлія Свириденко", gender: "femn", surfaces: ["Юлія Свириденко", "Свириденко"])
        let speaker = TestEntity(id: "e7", type: "PERS", name: "Влодзімєж Чажастий", gender: "masc", surfaces: ["Влодзімєжем Чажастим"])
        let warsaw = TestEntity(id: "e8", type: "LOC", name: "Варшава", surfaces: ["Варшави"])
        let text = "12 січня Юлія Свириденко прибула до Варшави. Там вона провела переговори з Дональдом Туском. Того ж дня Свириденко зустрілася з Влодзімєжем Чажастим."
        let meetings = facts(text, published: "2026-01-12", entities: [sviry, tusk, speaker, warsaw]).1.events.filter { $0.kind == .meeting }
        #expect(meetings.map { $0.participants.map(\.entity) } == [["e6", "e4"], ["e6", "e7"]])
        // A pronoun in another clause is not the subject: `про це він сказав, зустріч …`.
        let far = "Дональд Туск прибув до Варшави. Про це він сказав, зустріч буде завтра."
        let farTusk = TestEntity(id: "e4", type: "PERS", name: "Дональд Туск", gender: "masc", surfaces: ["Дональд Туск"])
        #expect(facts(far, published: "2026-01-12", entities: [farTusk, warsaw]).1.events.filter { $0.kind == .meeting }.allSatisfy { $0.participants.isEmpty })
        // Nor one whose meeting has its two people already.
        let zelensky = TestEntity(id: "e9", type: "PERS", name: "Володимир Зеленський", gender: "masc", surfaces: ["Зеленського"])
        let commented = "Юлія Свириденко прибула до Варшави. Вона прокоментувала зустріч Зеленського з Дональдом Туском."
        let meeting = facts(commented, published: "2026-01-12", entities: [sviry, zelensky, tusk, warsaw]).1.events.first { $0.kind == .meeting }
        #expect(meeting?.participants.map(\.entity) == ["e9", "e4"])
    }

    @Test func aPlaceInWhatAnAgreementIsAboutIsNotWhereItWasSigned() {
        let rzeszow = TestEntity(id: "e9", type: "LOC", name: "Жешув", surfaces: ["Жешуві"])
        let text = "12 січня уряди двох країн підписали угоду про спільне виробництво артилерійських боєприпасів на підприємствах у Жешуві."
        let agreement = facts(text, published: "2026-01-12", entities: [rzeszow]).1.events.first { $0.kind == .agreement }
        #expect(agreement != nil)
        #expect(agreement?.place == nil)
    }

    @Test func theLedeTakesTheDatelinesDayAndPlace() {
        let warsaw = TestEntity(id: "e14", type: "LOC", name: "Варшава", surfaces: ["Варшава"])
        let text = "Варшава, 18 січня 2024 року. Кулеба провів переговори з Марченко. Сторони домовилися продовжити консультації."
        let (_, layer) = facts(text, entities: [warsaw, kuleba, marchenko])
        #expect(layer.events.map(\.kind) == [.meeting, .agreement])
        #expect(layer.events.map(\.date) == ["2024-01-18", "2024-01-18"])
        #expect(layer.events.first?.place == "e14")
    }

    @Test func aNegatedVerbTellsNoEvent() {
        let (_, layer) = facts("Ми не ведемо прямих переговорів з Марченко.", published: "2024-03-01", entities: [marchenko])
        #expect(layer.events.isEmpty)
        // A conference is a meeting.
        let (_, conference) = facts("У Брюсселі відбулася конференція, у якій взяла участь Марченко.", published: "2024-03-01", entities: [brussels, marchenko])
        #expect(conference.events.map(\.kind) == [.meeting])
    }

    @Test func countriesAsTheSubjectTakePart() {
        let text = "Нагадаємо, 12 березня Україна та Польща домовилися створити спільний центр."
        let ukraine = TestEntity(id: "e12", type: "LOC", name: "Україна", surfaces: ["Україна"])
        let (_, layer) = facts(text, published: "2024-04-04", entities: [ukraine, poland])
        #expect(layer.events.first?.kind == .agreement)
        #expect(layer.events.first?.participants.map(\.entity) == ["e12", "e13"])
    }

    @Test func anEventOnADayOfTheOneBeforeIsWhereThatOneWas() {
        let text = "У Брюсселі 3–4 квітня тривали переговори. За їхніми підсумками 4 квітня Кулеба та Марченко підписали меморандум."
        let (_, layer) = facts(text, published: "2024-04-04", entities: [brussels, kuleba, marchenko])
        #expect(layer.events.map(\.kind) == [.meeting, .agreement])
        #expect(layer.events.last?.place == "e10")
    }

    @Test func aPersonMayImposeSanctions() {
        let zelensky = TestEntity(id: "e30", type: "PERS", name: "Володимир Зеленський", surfaces: ["Володимир Зеленський"])
        let (_, layer) = facts("Президент Володимир Зеленський увів у дію рішення про санкції проти 56 компаній.", published: "2024-10-18", entities: [zelensky])
        #expect(layer.events.first?.kind == .sanction)
        #expect(layer.events.first?.participants.map(\.entity) == ["e30"])
        #expect(layer.events.first?.date == "2024-10-18")
    }

    @Test func presentingCredentialsIsAMeeting() {
        let zelensky = TestEntity(id: "e32", type: "PERS", name: "Володимир Зеленський", surfaces: ["Володимир Зеленський"])
        let events = facts("Президент Володимир Зеленський прийняв вірчі грамоти від послів.", published: "2026-05-11", entities: [zelensky]).1.events
        #expect(events.first?.kind == .meeting)
        #expect(events.first?.participants.map(\.entity) == ["e32"])
        // Not a diploma: `отримав грамоту`.
        #expect(facts("Вчитель отримав почесну грамоту.", published: "2026-05-11").1.events.isEmpty)
    }

    @Test func aRegulatorsFineIsASanctionDatedByTheDecision() {
        let bank = TestEntity(id: "e31", type: "ORG", name: "Національний банк України", surfaces: ["Національний банк України"])
        let text = "Національний банк України оштрафував банк на 2 мільйони гривень. Відповідне рішення ухвалили в понеділок, 16 березня.\n\nШтраф не вплине на клієнтів."
        let events = facts(text, published: "2026-03-17", entities: [bank]).1.events
        #expect(events.count == 1)
        #expect(events.first?.kind == .sanction)
        #expect(events.first?.participants.map(\.entity) == ["e31"])
        #expect(events.first?.date == "2026-03-16")
        // Without the decision's day, the lede's event is the publication's; a decision still
        // to come does not date it.
        let plain = facts("Національний банк України оштрафував банк на 2 мільйони гривень.", published: "2026-03-17", entities: [bank]).1.events
        #expect(plain.first?.date == "2026-03-17")
        let later = facts("Національний банк України оштрафував банк. Рішення набуде чинності 1 квітня.", published: "2026-03-17", entities: [bank]).1.events
        #expect(later.first?.date == "2026-03-17")
        // A patrol's fine of a driver is no sanction.
        #expect(facts("Патрульні оштрафували водія на 3400 гривень.", published: "2026-03-17").1.events.isEmpty)
    }

    @Test func anEventAVerbPlansIsAnnounced() {
        let text = "Україна запровадила санкції проти 56 компаній. Наступного тижня уряд планує передати список для чергового пакета санкцій."
        let (_, layer) = facts(text, published: "2024-10-18", entities: [])
        #expect(layer.events.map(\.status) == ["happened", "announced"])
        #expect(layer.events.first?.date == "2024-10-18")
    }

    @Test func aLaterRoundIsBetweenTheSidesOfTheFirst() {
        let moldova = TestEntity(id: "e31", type: "LOC", name: "Молдова", surfaces: ["Молдови"])
        let ministry = TestEntity(id: "e32", type: "ORG", name: "Міністерство закордонних справ України", surfaces: ["міністерствами закордонних справ України"])
        let ukraine = TestEntity(id: "e12", type: "LOC", name: "Україна", surfaces: ["Україною"])
        let text = "У Брюсселі 19 листопада відбувся раунд консультацій між міністерствами закордонних справ України та Молдови.\n\nПопередній раунд відбувся 5 квітня 2023 року. Зв'язки з Україною міцніють."
        let (_, layer) = facts(text, published: "2024-11-20", entities: [brussels, ministry, moldova, ukraine])
        #expect(layer.events.count == 2)
        #expect(Set(layer.events.last?.participants.map(\.entity) ?? []) == ["e12", "e31"])
    }

    @Test func talkingByTelephoneIsACall() {
        let text = "12 березня Кулеба провів телефонну розмову з Марченко. Востаннє Кулеба і Марченко говорили телефоном 24 лютого."
        let (_, layer) = facts(text, published: "2024-03-12", entities: [kuleba, marchenko])
        #expect(layer.events.map(\.kind) == [.call, .call])
        #expect(layer.events.map(\.date) == ["2024-03-12", "2024-02-24"])
    }

    @Test func aPluralOfThePeopleIsThePairOfTheFirstEvent() {
        let text = "12 березня Кулеба провів телефонну розмову з Марченко.\n\nОсобисто міністри зустрічалися у травні 2023 року."
        let (_, layer) = facts(text, published: "2024-03-12", entities: [kuleba, marchenko])
        #expect(layer.events.map(\.kind) == [.call, .meeting])
        #expect(layer.events.last?.participants.map(\.entity) == ["e1", "e2"])
        // In the genitive too; not a word of a name.
        let earlier = "12 березня Кулеба провів телефонну розмову з Марченко.\n\nПопередня зустріч міністрів відбулася в травні 2023 року."
        #expect(facts(earlier, published: "2024-03-12", entities: [kuleba, marchenko]).1.events.last?.participants.map(\.entity) == ["e1", "e2"])
        let cabinet = TestEntity(id: "e30", type: "ORG", name: "Кабінет Міністрів", surfaces: ["Кабінету Міністрів"])
        let named = "12 березня Кулеба провів телефонну розмову з Марченко.\n\nЗасідання Кабінету Міністрів відбулося в травні 2023 року."
        // A title is no name: `міністри оборони` tagged as a title still stands for the pair.
        let ministers = TestEntity(id: "e31", type: "JOB", name: "міністри оборони", surfaces: ["міністри оборони"])
        let titled = "12 березня Кулеба провів телефонну розмову з Марченко.\n\nРаніше міністри оборони провели зустріч у травні 2023 року."
        #expect(facts(titled, published: "2024-03-12", entities: [kuleba, marchenko, ministers]).1.events.last?.participants.map(\.entity) == ["e1", "e2"])
        // A sentence opened by `Вони` speaks of the pair.
        let they = "12 березня Кулеба провів телефонну розмову з Марченко. Вони домовилися зустрітися в травні."
        #expect(facts(they, published: "2024-03-12", entities: [kuleba, marchenko]).1.events.last?.participants.map(\.entity) == ["e1", "e2"])
        let session = facts(named, published: "2024-03-12", entities: [kuleba, marchenko, cabinet]).1.events.last
        #expect(session?.kind == .meeting)
        #expect(session?.participants.contains { $0.entity == "e1" } == false)
    }

    @Test func aPlaceInATitleIsNotWhereTheEventWas() {
        let japan = TestEntity(id: "e40", type: "LOC", name: "Японія", surfaces: ["Японії"])
        let ukraine = TestEntity(id: "e12", type: "LOC", name: "Україна", surfaces: ["Україні"])
        let kyiv = TestEntity(id: "e41", type: "LOC", name: "Київ", surfaces: ["Києві"])
        let envoy = TestEntity(id: "e42", type: "JOB", name: "посол", surfaces: ["посол"])
        let text = "Про це повідомив посол Японії в Україні під час зустрічі з Кулебою у Києві."
        let kuleba = TestEntity(id: "e1", type: "PERS", name: "Дмитро Кулеба", surfaces: ["Кулебою"])
        let (_, layer) = facts(text, published: "2024-02-15", entities: [envoy, japan, ukraine, kyiv, kuleba])
        #expect(layer.events.first?.place == "e41")
    }

    @Test func aDateInTheQuotedWordsDoesNotDateTheEventBesideThem() {
        let text = "Кулеба зустрівся з Марченко у вівторок.\n\n«Ми працюватимемо разом з наступного року», – сказав Кулеба після переговорів."
        let (_, layer) = facts(text, published: "2025-10-14", entities: [kuleba, marchenko])
        #expect(!layer.events.contains { $0.date == "2026" })
    }

    @Test func whatTheyAgreedToDoIsStillToCome() {
        let text = "Кулеба провів телефонну розмову з Марченко.\n\nМіністри також домовилися зустрітися в Брюсселі наступного місяця."
        let (_, layer) = facts(text, published: "2024-11-27", entities: [kuleba, marchenko, brussels])
        let meeting = layer.events.first { $0.kind == .meeting }
        #expect(meeting?.status == "announced")
        #expect(meeting?.place == "e10")
        #expect(meeting?.date == "2024-12")
    }

    @Test func theSidesAreThePairOfTheTalks() {
        let text = "12 березня Кулеба провів переговори з Марченко.\n\nСторони домовилися про постачання зерна."
        let (_, layer) = facts(text, published: "2024-03-12", entities: [kuleba, marchenko])
        #expect(layer.events.map(\.kind) == [.meeting, .agreement])
        #expect(layer.events.last?.participants.map(\.entity) == ["e1", "e2"])
    }

    @Test func aBodyTheMeetingIsWithTakesPart() {
        let company = TestEntity(id: "e34", type: "ORG", name: "Харківобленерго", surfaces: ["Харківобленерго"])
        let (_, layer) = facts("Окремо Кулеба провів зустріч з енергетиками компанії Харківобленерго.", published: "2024-06-05", entities: [kuleba, company])
        #expect(Set(layer.events.first?.participants.map(\.entity) ?? []) == ["e1", "e34"])
        // Not a `з` inside a body's own name.
        let group = TestEntity(id: "e33", type: "ORG", name: "Контактна група з питань оборони", surfaces: ["Контактної групи з питань оборони"])
        let (_, own) = facts("Відбулося засідання Контактної групи з питань оборони, на якому Кулеба виступив.", published: "2024-06-05", entities: [kuleba, group])
        #expect(own.events.first?.participants.map(\.entity) == ["e1"])
    }

    @Test func aVisitorNamedByATitleTakesPart() {
        let text = "Дмитро Кулеба виступив у парламенті Литви.\n\nНаступного дня український міністр відвідав завод компанії Patria."
        let patria = TestEntity(id: "e37", type: "ORG", name: "Patria", surfaces: ["Patria"])
        let minister = TestEntity(id: "e1", type: "PERS", name: "Дмитро Кулеба", gender: "masc", surfaces: ["Дмитро Кулеба"], roles: ["міністр закордонних справ України"])
        let (_, layer) = facts(text, published: "2025-10-14", entities: [minister, patria])
        #expect(layer.events.first { $0.kind == .visit }?.participants.map(\.entity) == ["e1"])
    }

    @Test func meetingAGroupAfterTalksIsAnotherMeetingWhereTheTalksWere() {
        let minister = TestEntity(id: "e1", type: "PERS", name: "Дмитро Кулеба", gender: "masc", surfaces: ["Дмитро Кулеба"], roles: ["міністр закордонних справ України"])
        let colleague = TestEntity(id: "e2", type: "PERS", name: "Оксана Марченко", gender: "femn", surfaces: ["Оксаною Марченко"])
        let dublin = TestEntity(id: "e3", type: "LOC", name: "Дублін", surfaces: ["Дубліні"])
        let day = TestEntity(id: "e4", type: "DATE", name: "18 листопада", surfaces: ["18 листопада"])
        let text = "У вівторок, 18 листопада, Дмитро Кулеба провів у Дубліні переговори з Оксаною Марченко.\n\nУвечері український міністр зустрівся з представниками громади."
        let meetings = facts(text, published: "2025-11-18", entities: [minister, colleague, dublin, day]).1.events.filter { $0.kind == .meeting }
        #expect(meetings.count == 2)
        #expect(meetings.last?.participants.map(\.entity) == ["e1"])
        #expect(meetings.last?.place == "e3")
        #expect(meetings.last?.date == "2025-11-18")
    }

    @Test func aVisitOnInvitationIsAnnouncedAndDatedByThePartOfThePeriod() {
        let minister = TestEntity(id: "e1", type: "PERS", name: "Дмитро Кулеба", gender: "masc", surfaces: ["Дмитро Кулеба"])
        let kyiv = TestEntity(id: "e3", type: "LOC", name: "Київ", surfaces: ["Київ"])
        let (_, layer) = facts("Дмитро Кулеба запросив колегу відвідати Київ на початку наступного року.", published: "2025-11-18", entities: [minister, kyiv])
        let visit = layer.events.first { $0.kind == .visit }
        #expect(visit?.status == "announced")
        #expect(visit?.date == "2026")
    }

    @Test func anElectionToAPostIsAnAppointment() {
        let rector = TestEntity(id: "e6", type: "PERS", name: "Наталія Шаховська", gender: "femn", surfaces: ["Наталію Шаховську"])
        let (_, layer) = facts("Конференція колективу обрала ректоркою закладу Наталію Шаховську.", published: "2025-12-03", entities: [rector])
        #expect(layer.events.first { $0.kind == .appointment }?.participants.map(\.entity) == ["e6"])
        // Choosing a path is no election.
        let (_, path) = facts("Наталію Шаховську обрали, бо вона обрала шлях реформ.", published: "2025-12-03", entities: [rector])
        #expect(!path.events.contains { $0.kind == .appointment })
    }

    @Test func aSuccessorAndOneWhoBecomesAPostAreAppointed() {
        let dismissed = TestEntity(id: "e1", type: "PERS", name: "Олег Борняк", gender: "masc", surfaces: ["Олега Борняка"])
        let successor = TestEntity(id: "e2", type: "PERS", name: "Ярина Стасюк", gender: "femn", surfaces: ["Ярину Стасюк"])
        let deputy = TestEntity(id: "e3", type: "PERS", name: "Віталій Кушнір", gender: "masc", surfaces: ["Віталій Кушнір"])
        let text = "Уряд звільнив Олега Борняка з посади заступника міністра. На його місце уряд призначив Ярину Стасюк, яка досі очолювала департамент. "
            + "Ще одним заступником міністра став Віталій Кушнір."
        let (_, layer) = facts(text, published: "2026-09-17", entities: [dismissed, successor, deputy])
        #expect(layer.events.map(\.kind) == [.dismissal, .appointment, .appointment])
        // The successor is not a party to the dismissal, though her relative clause says she headed something.
        #expect(layer.events.first { $0.kind == .dismissal }?.participants.map(\.entity) == ["e1"])
        #expect(layer.events.filter { $0.kind == .appointment }.map { $0.participants.map(\.entity) } == [["e2"], ["e3"]])
        #expect(layer.roles["e3"] == ["заступником міністра"])
        // Scheduling a place, or becoming known, is no appointment.
        let (_, place) = facts("Ярина Стасюк і Віталій Кушнір призначили місце зустрічі.", published: "2026-09-17", entities: [successor, deputy])
        #expect(!place.events.contains { $0.kind == .appointment })
        let (_, known) = facts("Заступник міністра Віталій Кушнір став відомим після інтерв'ю.", published: "2026-09-17", entities: [deputy])
        #expect(!known.events.contains { $0.kind == .appointment })
        let (_, news) = facts("Заява Віталій Кушнір стала головною новиною дня.", published: "2026-09-17", entities: [deputy])
        #expect(!news.events.contains { $0.kind == .appointment })
        // A post after a preposition is someone else's (`з міністром`), leadership no post.
        for text in ["Після розмови з міністром Віталій Кушнір став спокійнішим.", "Під керівництвом Віталій Кушнір збірна стала переможницею."] {
            #expect(!facts(text, published: "2026-09-17", entities: [deputy]).1.events.contains { $0.kind == .appointment })
        }
        // Local elections and a destination are no post (`місцевих`, `місце призначення`).
        for text in ["Віталій Кушнір розповів, що ЦВК призначила голосування на місцевих виборах.",
                     "Делегація на чолі з Віталій Кушнір прибула на місце призначення."] {
            #expect(!facts(text, published: "2026-09-17", entities: [deputy]).1.events.contains { $0.kind == .appointment })
        }
        // Who proposed the appointment, told by a noun, is no second appointment.
        let (_, proposal) = facts(
            "Уряд призначив Ярину Стасюк заступницею міністра. Подання на призначення на посаду вніс Віталій Кушнір.", published: "2026-09-17",
            entities: [successor, deputy])
        #expect(proposal.events.filter { $0.kind == .appointment }.count == 1)
    }

    @Test func aMeetingPlannedForADayIsAnnouncedAndTheSameAsTheTalksPlanned() {
        let umerov = TestEntity(id: "e1", type: "PERS", name: "Рустем Умєров", gender: "masc", surfaces: ["Рустем Умєров"])
        let istanbul = TestEntity(id: "e2", type: "LOC", name: "Стамбул", surfaces: ["Стамбулі"])
        let (_, layer) = facts(
            "Ердоган планує провести переговори в Стамбулі. Зустріч запланована на вівторок, 19 травня. Делегацію очолить Рустем Умєров.",
            published: "2026-05-18", entities: [umerov, istanbul])
        let meetings = layer.events.filter { $0.kind == .meeting }
        #expect(meetings.count == 1)
        #expect(meetings.first?.status == "announced")
        #expect(meetings.first?.date == "2026-05-19")
        #expect(meetings.first?.place == "e2")
    }

    @Test func whoOpensTheEventTakesPart() {
        let meloni = TestEntity(id: "e1", type: "PERS", name: "Джорджа Мелоні", gender: "femn", surfaces: ["Джорджа Мелоні"])
        let zelensky = TestEntity(id: "e2", type: "PERS", name: "Володимир Зеленський", gender: "masc", surfaces: ["Володимир Зеленський"])
        let rome = TestEntity(id: "e3", type: "LOC", name: "Рим", surfaces: ["Римі"])
        let (_, layer) = facts(
            "Конференція тривала в Римі 10 липня. Її відкрили Джорджа Мелоні та Володимир Зеленський.", published: "2026-07-11",
            entities: [meloni, zelensky, rome])
        #expect(layer.events.first?.participants.map(\.entity) == ["e1", "e2"])
        // Opening something else is no part in it.
        let (_, school) = facts(
            "Конференція тривала в Римі 10 липня. Потім відкрили школу Джорджа Мелоні та Володимир Зеленський.", published: "2026-07-11",
            entities: [meloni, zelensky, rome])
        #expect(school.events.first?.participants.isEmpty == true)
        // `Її` that stands for something else than the event: a visit told by a verb.
        let patron = TestEntity(id: "e4", type: "PERS", name: "Олександр Ярославський", gender: "masc", surfaces: ["Олександра Ярославського"])
        let kharkiv = TestEntity(id: "e5", type: "LOC", name: "Харків", surfaces: ["Харків"])
        let (_, visit) = facts(
            "Володимир Зеленський відвідав Харків. Він оглянув нову школу. Її відкрили торік коштом мецената Олександра Ярославського.",
            published: "2026-07-11", entities: [zelensky, patron, kharkiv])
        #expect(visit.events.first?.participants.map(\.entity) == ["e2"])
    }

    @Test func aNegotiatingClusterIsNoMeeting() {
        let minister = TestEntity(id: "e1", type: "PERS", name: "Петер Сійярто", gender: "masc", surfaces: ["Петер Сійярто"])
        let (_, layer) = facts("Петер Сійярто заявив, що не підтримає відкриття першого переговорного кластера.", published: "2025-12-18", entities: [minister])
        #expect(!layer.events.contains { $0.kind == .meeting })
    }

    @Test func theCompanyAnAgreementIsSignedWithTakesPart() {
        let gas = TestEntity(id: "e35", type: "ORG", name: "Нафтогаз", surfaces: ["Нафтогаз"])
        let equinor = TestEntity(id: "e36", type: "ORG", name: "Equinor", surfaces: ["Equinor"])
        let (_, layer) = facts("Компанія Нафтогаз підписала угоду з норвезькою компанією Equinor про постачання газу.", published: "2025-11-03", entities: [gas, equinor])
        #expect(layer.events.first { $0.kind == .agreement }?.participants.map(\.entity) == ["e35", "e36"])
        // A date between commas after the subject does not end its clause.
        let day = TestEntity(id: "e37", type: "DATE", name: "2 грудня", surfaces: ["2 грудня"])
        let (_, dated) = facts(
            "Компанія Нафтогаз в середу, 2 грудня, підписала контракт з компанією Equinor.", published: "2025-12-02", entities: [gas, equinor, day])
        #expect(dated.events.first { $0.kind == .agreement }?.participants.map(\.entity) == ["e35", "e36"])
    }

    @Test func whatAnAgreementIsAboutTakesNoPart() {
        let minister = TestEntity(id: "e1", type: "PERS", name: "Андрій Сибіга", gender: "masc", surfaces: ["Андрій Сибіга"])
        let japanese = TestEntity(id: "e2", type: "PERS", name: "Такеші Івая", gender: "masc", surfaces: ["Такеші Іваєю"])
        let ukraine = TestEntity(id: "e3", type: "LOC", name: "Україна", surfaces: ["України"])
        let text = "Андрій Сибіга провів переговори з Такеші Іваєю. Сторони підписали меморандум про відновлення інфраструктури України."
        let (_, layer) = facts(text, published: "2026-04-07", entities: [minister, japanese, ukraine])
        #expect(layer.events.first { $0.kind == .agreement }?.participants.map(\.entity) == ["e1", "e2"])
        // Those it is between take part.
        let poland = TestEntity(id: "e4", type: "LOC", name: "Польща", surfaces: ["Польщею"])
        let (_, between) = facts("Уряди підписали угоду про співпрацю між Україною та Польщею.", published: "2026-04-07",
            entities: [TestEntity(id: "e3", type: "LOC", name: "Україна", surfaces: ["Україною"]), poland])
        #expect(Set(between.events.first { $0.kind == .agreement }?.participants.map(\.entity) ?? []) == ["e3", "e4"])
    }

    let swede = TestEntity(id: "e1", type: "PERS", name: "Ульф Крістерссон", gender: "masc", surfaces: ["Ульф Крістерссон", "Крістерссон"])
    let svyrydenko = TestEntity(id: "e2", type: "PERS", name: "Юлія Свириденко", gender: "femn", surfaces: ["Юлія Свириденко"])
    let kyivCity = TestEntity(id: "e3", type: "LOC", name: "Київ", surfaces: ["Києва"])

    @Test func aHostMeetingHimAfterAVisitMeetsTheVisitor() {
        let text = "Ульф Крістерссон у вівторок прибув до Києва. В уряді з ним зустрілася прем'єрка Юлія Свириденко.\n\n"
            + "Прем'єри підписали угоду про ремонт мостів."
        let (_, layer) = facts(text, published: "2026-05-12", entities: [swede, svyrydenko, kyivCity])
        // `з ним` is the visitor.
        #expect(Set(layer.events.first { $0.kind == .meeting }?.participants.map(\.entity) ?? []) == ["e1", "e2"])
        // `Прем'єри` are both, though the agreement first takes the visit's date and people.
        #expect(Set(layer.events.first { $0.kind == .agreement }?.participants.map(\.entity) ?? []) == ["e1", "e2"])
        // A bare `з ним` with no one before it brings in no one.
        let (_, alone) = facts("В уряді з ним зустрілася прем'єрка Юлія Свириденко.", published: "2026-05-12", entities: [svyrydenko])
        #expect(alone.events.first?.participants.map(\.entity) == ["e2"])
    }

    @Test func whatComesAfterAMeetingIsNoPartOfIt() {
        let wife = TestEntity(id: "e5", type: "PERS", name: "Бірґітта Крістерссон", gender: "femn", surfaces: ["Бірґіттою"])
        let irpin = TestEntity(id: "e4", type: "LOC", name: "Ірпінь", surfaces: ["Ірпеня"])
        let text = "Ульф Крістерссон у вівторок прибув до Києва. У Маріїнському палаці з ним зустрілася прем'єрка Юлія Свириденко.\n\n"
            + "Після зустрічі Крістерссон разом з дружиною Бірґіттою поїхав до Ірпеня."
        let (_, layer) = facts(text, published: "2026-05-12", entities: [swede, svyrydenko, kyivCity, irpin, wife])
        // `Після зустрічі` is the meeting told before: his wife was not at it.
        let meetings = layer.events.filter { $0.kind == .meeting }
        #expect(meetings.count == 1)
        #expect(meetings.first?.participants.contains { $0.entity == "e5" } == false)
        // `поїхав до` is a trip, with both of them.
        let trip = layer.events.last { $0.kind == .visit }
        #expect(trip?.place == "e4")
        #expect(Set(trip?.participants.map(\.entity) ?? []) == ["e1", "e5"])
        // Going home is no trip; nor is a train going, nor a holiday.
        let (_, home) = facts("Увечері посол поїхав додому.", published: "2026-05-12")
        #expect(home.events.isEmpty)
        let lviv = TestEntity(id: "e6", type: "LOC", name: "Львів", surfaces: ["Львова"])
        #expect(facts("Потяг поїхав до Львова.", published: "2026-05-12", entities: [lviv]).1.events.isEmpty)
        #expect(facts("Крістерссон поїхав у відпустку до Львова.", published: "2026-05-12", entities: [swede, lviv]).1.events.isEmpty)
        // A person in the genitive after the noun is whose meeting it was: a meeting of its own.
        let trump = TestEntity(id: "e7", type: "PERS", name: "Дональд Трамп", gender: "masc", surfaces: ["Дональд Трамп", "Трампа"])
        let putin = TestEntity(id: "e8", type: "PERS", name: "Володимир Путін", gender: "masc", surfaces: ["Путіним"])
        let (_, theirs) = facts("Дональд Трамп зустрівся з журналістами. Після зустрічі Трампа з Путіним ситуація змінилася.",
                                published: "2026-05-12", entities: [trump, putin])
        #expect(theirs.events.contains { Set($0.participants.map(\.entity)) == ["e7", "e8"] })
        // A noun that refers back leaves room for the sentence's own event of that kind.
        let macron = TestEntity(id: "e9", type: "PERS", name: "Емманюель Макрон", gender: "masc", surfaces: ["Макроном"])
        let (_, own) = facts("Ульф Крістерссон зустрівся з журналістами. Після зустрічі Крістерссон провів переговори з Макроном.",
                             published: "2026-05-12", entities: [swede, macron])
        #expect(own.events.contains { $0.kind == .meeting && Set($0.participants.map(\.entity)) == ["e1", "e9"] })
    }

    @Test func thereIsWhereTheEventBeforeIsAndADutyIsToCome() {
        let schoof = TestEntity(id: "e1", type: "PERS", name: "Дік Схооф", gender: "masc", surfaces: ["Дік Схооф", "Схооф"])
        let hague = TestEntity(id: "e3", type: "LOC", name: "Гаага", surfaces: ["Гаагу"])
        let ukraine = TestEntity(id: "e4", type: "LOC", name: "Україна", surfaces: ["України"])
        let text = "Дік Схооф розмовляв з Юлія Свириденко.\n\nСхооф запросив Свириденко відвідати Гаагу в березні. Там вона має взяти участь у конференції з відновлення України."
        let (_, layer) = facts(text, published: "2026-02-03", entities: [schoof, svyrydenko, hague, ukraine])
        let conference = layer.events.last { $0.kind == .meeting }
        #expect(conference?.place == "e3")
        #expect(conference?.status == "announced")
        // `вона`, six words before the noun, takes part; the country of its topic does not.
        #expect(conference?.participants.map(\.entity) == ["e2"])
        // `Там повідомили` is where they said it, not where the event is; `має припинити` stops it.
        let (_, said) = facts("Дік Схооф прибув до Гааги 3 лютого. Там повідомили, що наступна зустріч відбудеться восени.",
                              published: "2026-02-03", entities: [schoof, TestEntity(id: "e3", type: "LOC", name: "Гаага", surfaces: ["Гааги"])])
        #expect(said.events.last { $0.kind == .meeting }?.place == nil)
        let (_, stop) = facts("Росія має припинити удари по енергетиці.", published: "2026-02-03")
        #expect(stop.events.first { $0.kind == .attack }?.status != "announced")
    }

    @Test func theSidesAgreeingOnAidToACountryAreThePair() {
        let marchenko = TestEntity(id: "e1", type: "PERS", name: "Сергій Марченко", gender: "masc", surfaces: ["Сергій Марченко"])
        let georgieva = TestEntity(id: "e2", type: "PERS", name: "Крісталіна Георгієва", gender: "femn", surfaces: ["Крісталіною Георгієвою"])
        let ukraine = TestEntity(id: "e3", type: "LOC", name: "Україна", surfaces: ["Україні"])
        let text = "Сергій Марченко 14 квітня зустрівся з Крісталіною Георгієвою.\n\nСторони погодили виділення Україні наступного траншу."
        let (_, layer) = facts(text, published: "2026-04-14", entities: [marchenko, georgieva, ukraine])
        #expect(Set(layer.events.first { $0.kind == .agreement }?.participants.map(\.entity) ?? []) == ["e1", "e2"])
        // `Сторони конфлікту` are others.
        let sudan = TestEntity(id: "e5", type: "LOC", name: "Судан", surfaces: ["Судані"])
        let conflict = "Сергій Марченко 14 квітня зустрівся з Крісталіною Георгієвою.\n\nСторони конфлікту в Судані 15 квітня погодили перемир'я."
        let (_, others) = facts(conflict, published: "2026-04-14", entities: [marchenko, georgieva, sudan])
        #expect(others.events.first { $0.kind == .agreement }?.participants.contains { $0.entity == "e1" } != true)
    }

    @Test func withHerIsACountryNamedAfterThePerson() {
        let stefanishyna = TestEntity(id: "e1", type: "PERS", name: "Ольга Стефанішина", gender: "femn", surfaces: ["Ольга Стефанішина"])
        let hungary = TestEntity(id: "e2", type: "LOC", name: "Угорщина", surfaces: ["Угорщина"])
        let text = "Ольга Стефанішина заявила, що Угорщина блокує рішення. Україна готова провести з нею переговори."
        let (_, layer) = facts(text, published: "2026-05-12", entities: [stefanishyna, hungary])
        #expect(!layer.events.contains { $0.participants.contains { $0.entity == "e1" } })
    }

    @Test func aBodyCalledByItsHeadNounTakesPart() {
        let group = TestEntity(id: "e33", type: "ORG", name: "Контактна група з питань оборони", surfaces: ["Контактної групи з питань оборони"])
        let text = "У Брюсселі 12 жовтня відбулося засідання Контактної групи з питань оборони.\n\nПерше засідання групи відбулося 26 квітня 2022 року."
        let (_, layer) = facts(text, published: "2024-10-12", entities: [brussels, group])
        #expect(layer.events.count == 2)
        #expect(layer.events.last?.participants.map(\.entity) == ["e33"])
        // A part named before the body (`Правління НБУ`) calls the body by that part.
        let bank = TestEntity(id: "e34", type: "ORG", name: "Національний банк України", surfaces: ["Національного банку України"])
        let board = "Правління Національного банку України 10 грудня знизило ставку.\n\nНаступне засідання правління відбудеться в січні."
        let (_, next) = facts(board, published: "2026-12-10", entities: [bank])
        #expect(next.events.last?.participants.map(\.entity) == ["e34"])
        // Not a word that only begins alike.
        let other = "Правління Національного банку України 10 грудня знизило ставку.\n\nНаступне засідання правлячої партії відбудеться в січні."
        #expect(facts(other, published: "2026-12-10", entities: [bank]).1.events.last?.participants.isEmpty == true)
        // Nor the part of another body named right after it.
        let rail = "Правління Національного банку України 10 грудня знизило ставку.\n\nНаступне засідання правління «Укрзалізниці» відбудеться в січні."
        #expect(facts(rail, published: "2026-12-10", entities: [bank]).1.events.last?.participants.contains { $0.entity == "e34" } != true)
    }

    @Test func aBackgroundStrikeDoesNotKeepPeopleFromTheEvent() {
        let text = "Сьогодні Марченко прибула з візитом до Брюсселя. Разом із Кулебою вона оглянула пошкоджені внаслідок ударів об'єкти."
        let brussels = TestEntity(id: "e10", type: "LOC", name: "Брюссель", surfaces: ["Брюсселя"])
        let kuleba = TestEntity(id: "e1", type: "PERS", name: "Дмитро Кулеба", gender: "masc", surfaces: ["Кулебою"])
        let (_, layer) = facts(text, published: "2024-02-20", entities: [marchenko, kuleba, brussels])
        let visit = layer.events.first { $0.kind == .visit }
        #expect(Set(visit?.participants.map(\.entity) ?? []) == ["e1", "e2"])
    }

    @Test func anAppointmentNamesWhom() {
        let (_, layer) = facts("Це її перша поїздка від часу призначення на посаду у 2023 році.", published: "2024-02-20")
        #expect(layer.events.isEmpty)
    }

    @Test func agreeingIsAnAgreementOfItsSubject() {
        let eu = TestEntity(id: "e35", type: "ORG", name: "Європейський Союз", surfaces: ["Європейського Союзу"])
        let text = "Лідери країн Європейського Союзу на саміті у Брюсселі 19 грудня погодили надання кредиту."
        let (_, layer) = facts(text, published: "2024-12-20", entities: [eu, brussels])
        let agreement = layer.events.first { $0.kind == .agreement }
        #expect(agreement?.participants.map(\.entity) == ["e35"])
    }

    @Test func aCallForSanctionsIsAnnouncedAndTheTargetTakesNoPart() {
        let russia = TestEntity(id: "e20", type: "LOC", name: "Росія", surfaces: ["Росії"])
        let (_, layer) = facts("Кулеба закликав якнайшвидше ухвалити новий пакет санкцій проти Росії.", published: "2024-12-20", entities: [kuleba, russia])
        #expect(layer.events.first?.kind == .sanction)
        #expect(layer.events.first?.status == "announced")
        #expect(layer.events.first?.participants.contains { $0.entity == "e20" } == false)
    }

    @Test func aSpanOrADeadlineIsNoEventsDate() {
        let text = "Кулеба і Марченко підписали угоду. Угода передбачає, що протягом 2024 року Україна отримає допомогу."
        let (_, layer) = facts(text, published: "2024-03-01", entities: [kuleba, marchenko, ukraine])
        #expect(layer.events.first?.kind == .agreement)
        #expect(layer.events.first?.date == "2024-03-01")
    }

    @Test func aPlannedEventIsAnnouncedAndApart() {
        let text = "12 березня Кулеба зустрівся з Марченко. Сторони обговорили підготовку до саміту у Брюсселі. Наступного тижня Кулеба планує візит до Польщі."
        let (_, layer) = facts(text, published: "2024-03-12", entities: [kuleba, marchenko, brussels, poland])
        #expect(layer.events.map(\.kind) == [.meeting, .meeting, .visit])
        #expect(layer.events.map(\.status) == ["happened", "announced", "announced"])
        #expect(layer.events[1].date == nil)
    }

    @Test func aNewTopicDoesNotAddItsPeople() {
        let text = "12 березня Кулеба підписав угоду з Марченко. Водночас правління банку під головуванням Андрія Пишного знизило ставку."
        let (_, layer) = facts(text, published: "2024-03-12", entities: [kuleba, marchenko, pyshnyi])
        #expect(layer.events.count == 1)
        #expect(!layer.events[0].participants.contains { $0.entity == "e5" })
    }

    @Test func anEventOfANewTopicStandsApart() {
        // `онлайн-зустріч` is a meeting; after `Окремо` a meeting is another one, and the
        // agreement told after it in its paragraph is its own.
        let text = """
            12 березня Кулеба провів онлайн-зустріч з Марченко.

            Окремо Денис Шмигаль зустрівся у Брюсселі з представниками компанії. Сторони домовилися про постачання.
            """
        let (_, layer) = facts(text, published: "2024-03-12", entities: [kuleba, marchenko, shmyhal, brussels])
        #expect(layer.events.map(\.kind) == [.meeting, .meeting, .agreement])
        #expect(layer.events.map { $0.participants.map(\.entity) } == [["e1", "e2"], ["e3"], ["e3"]])
        #expect(layer.events.map(\.place) == [nil, "e10", "e10"])
    }

    @Test func theSidesOfAMeetingAreTheAgreementsParties() {
        let text = """
            12 березня у Брюсселі Кулеба провів консультації з Марченко.
            За підсумками консультацій сторони домовилися відкрити пункт пропуску.
            """
        let (_, layer) = facts(text, published: "2024-03-12", entities: [kuleba, marchenko, brussels])
        #expect(layer.events.map(\.kind) == [.meeting, .agreement])
        #expect(layer.events[1].participants.map(\.entity) == ["e1", "e2"])
        #expect(layer.events[1].place == "e10")
    }

    @Test func theKindOfPlaceMayStandBeforeItsName() {
        let ramstein = TestEntity(id: "e30", type: "LOC", name: "Рамштайн", surfaces: ["Рамштайн"])
        let germany = TestEntity(id: "e31", type: "LOC", name: "Німеччина", surfaces: ["Німеччині"])
        let (_, layer) = facts("Перше засідання відбулося 26 квітня 2022 року на авіабазі Рамштайн у Німеччині.", entities: [ramstein, germany])
        #expect(layer.events.map(\.place) == ["e30"])
        // A common noun that is no kind of place leaves the name out: `на вівторок Росія`.
        let russia = TestEntity(id: "e20", type: "LOC", name: "Росія", surfaces: ["Росія"])
        let (_, night) = facts("У ніч на вівторок Росія випустила по місту три ракети.", entities: [russia])
        #expect(night.events.first?.place != "e20")
    }

    @Test func whatHappenedEarlierTakesNotTheArticlesDay() {
        let text = "12 березня Кулеба зустрівся з Марченко у Брюсселі. Раніше Кулеба відвідав Польщу."
        let (_, layer) = facts(text, published: "2024-03-12", entities: [kuleba, marchenko, brussels, poland])
        #expect(layer.events.map(\.kind) == [.meeting, .visit])
        #expect(layer.events.map(\.date) == ["2024-03-12", nil])
    }
}

struct RoleExtractorTests {
    @Test func appositionAndCopulaGiveTitles() {
        let popko = TestEntity(id: "e1", type: "PERS", name: "Сергій Попко", surfaces: ["Сергій Попко"])
        let kiper = TestEntity(id: "e2", type: "PERS", name: "Олег Кіпер", surfaces: ["Олег Кіпер"])
        let text = "Про це повідомив начальник міської військової адміністрації Сергій Попко. Олег Кіпер, який є начальником обласної адміністрації, теж приїхав."
        let (_, layer) = facts(text, entities: [popko, kiper])
        #expect(layer.roles["e1"] == ["начальник міської військової адміністрації"])
        #expect(layer.roles["e2"] == ["начальником обласної адміністрації"])
    }

    @Test func aTitleAfterAVerbOfServingIsARole() {
        let tkachuk = TestEntity(id: "e5", type: "PERS", name: "Марина Ткачук", surfaces: ["Ткачук"])
        let (_, layer) = facts("Раніше Ткачук працювала заступницею міністра розвитку громад.", entities: [tkachuk])
        #expect(layer.roles["e5"] == ["заступницею міністра розвитку громад"])
        // The title must open right after the verb: not `у компанії … директоркою`.
        let (_, far) = facts("Раніше Ткачук працювала у компанії директоркою.", entities: [tkachuk])
        #expect(far.roles["e5"] == nil)
        // Nor a participle; and when she served is no part of it.
        #expect(facts("Ткачук була призначена головою ради.", entities: [tkachuk]).1.roles["e5"] == nil)
        #expect(facts("Ткачук була першою заступницею голови за часів реформи.", entities: [tkachuk]).1.roles["e5"] == ["першою заступницею голови"])
    }

    @Test func aPronounsTitleIsThePersons() {
        let rector = TestEntity(id: "e6", type: "PERS", name: "Наталія Шаховська", gender: "femn", surfaces: ["Наталію Шаховську"])
        let (_, layer) = facts("Колектив підтримав Наталію Шаховську. До цього вона була проректоркою з наукових питань.", entities: [rector])
        #expect(layer.roles["e6"] == ["проректоркою з наукових питань"])
        // Not a man's title for a woman.
        #expect(facts("Колектив підтримав Наталію Шаховську. До цього він був проректором.", entities: [rector]).1.roles["e6"] == nil)
    }

    @Test func aTitleInTheInstrumentalBeforeAVerbOfServingIsTheNextPersons() {
        let koval = TestEntity(id: "e7", type: "PERS", name: "Денис Коваль", surfaces: ["Денис Коваль"])
        let (_, layer) = facts("Продюсером фільму став Денис Коваль.", entities: [koval])
        #expect(layer.roles["e7"] == ["продюсером фільму"])
        // A word that is no title names none; an adjective before the head belongs to the title.
        #expect(facts("Нарешті став Денис Коваль.", entities: [koval]).1.roles["e7"] == nil)
        #expect(facts("Головним тренером став Денис Коваль.", entities: [koval]).1.roles["e7"] == ["головним тренером"])
        #expect(facts("Суперником президента став Денис Коваль.", entities: [koval]).1.roles["e7"] == nil)
        // The title ends before a relative word or an adverb.
        #expect(facts("Команда, тренером якої став Денис Коваль, виграла.", entities: [koval]).1.roles["e7"] == ["тренером"])
        #expect(facts("Тренером команди вдруге став Денис Коваль.", entities: [koval]).1.roles["e7"] == ["тренером команди"])
        // A future form after a name may be a condition: no role.
        #expect(facts("Якщо Денис Коваль стане президентом, усе зміниться.", entities: [koval]).1.roles["e7"] == nil)
        // An occupation may stand between the verb and the name; visitors are no visit.
        let curator = TestEntity(id: "e8", type: "PERS", name: "Оксана Ковальчук", gender: "femn", surfaces: ["Оксана Ковальчук"])
        let exhibition = facts("Відвідувачі побачать 90 полотен. Кураторкою виставки стала мистецтвознавиця Оксана Ковальчук.", entities: [curator]).1
        #expect(exhibition.roles["e8"]?.contains("кураторкою виставки") == true)
        #expect(exhibition.events.isEmpty)
        // A pupil's school is her title.
        let pupil = TestEntity(id: "e9", type: "PERS", name: "Софія Мельничук", gender: "femn", surfaces: ["Софія Мельничук"])
        #expect(facts("Учениця Тернопільського ліцею Софія Мельничук перемогла.", entities: [pupil]).1.roles["e9"] == ["учениця Тернопільського ліцею"])
        // Staying in a post is serving in it.
        #expect(facts("Капітаном команди залишиться Денис Коваль.", entities: [koval]).1.roles["e7"] == ["капітаном команди"])
    }

    @Test func adjectivesBeforeTheHeadBelongToTheTitle() {
        let rutte = TestEntity(id: "e3", type: "PERS", name: "Марк Рютте", surfaces: ["Марк Рютте"])
        let (_, layer) = facts("Засідання відкрив генеральний секретар НАТО Марк Рютте.", entities: [rutte])
        #expect(layer.roles["e3"] == ["генеральний секретар НАТО"])
    }

    @Test func anOccupationRightBeforeTheNameIsARole() {
        let zhadan = TestEntity(id: "e4", type: "PERS", name: "Сергій Жадан", surfaces: ["Сергій Жадан", "Сергія Жадана"])
        let (_, layer) = facts("Премію отримав поет Сергій Жадан.", entities: [zhadan])
        #expect(layer.roles["e4"] == ["поет"])
        // An occupation before the organisation the person works for, with it.
        let researcher = TestEntity(id: "e5", type: "PERS", name: "Марія Фединець", gender: "femn", surfaces: ["Марія Фединець"])
        let university = TestEntity(id: "e6", type: "ORG", name: "Ужгородський університет", surfaces: ["Ужгородського університету"])
        let coauthor = facts("Статтю написала дослідниця Ужгородського університету Марія Фединець.", entities: [researcher, university]).1
        #expect(coauthor.roles["e5"] == ["дослідниця Ужгородського університету"])
        // Not a word that is no occupation.
        let reader = facts("Статтю написала читачка Ужгородського університету Марія Фединець.", entities: [researcher, university]).1
        #expect(reader.roles["e5"] == nil)
        // A commander, a colonel and a band's singer are titles too.
        let officer = TestEntity(id: "e7", type: "PERS", name: "Андрій Скоробагатько", surfaces: ["Андрія Скоробагатька", "Андрій Скоробагатько"])
        #expect(facts("Затримали полковника Андрія Скоробагатька.", entities: [officer]).1.roles["e7"] == ["полковника"])
        #expect(facts("Виступив соліст гурту Андрій Скоробагатько.", entities: [officer]).1.roles["e7"] == ["соліст гурту"])
        // A medic and a grandmaster are occupations.
        #expect(facts("Повернулася медикиня Андрій Скоробагатько.", entities: [officer]).1.roles["e7"] == ["медикиня"])
        #expect(facts("Переміг гросмейстер Андрій Скоробагатько.", entities: [officer]).1.roles["e7"] == ["гросмейстер"])
        // Not the commander's adjective.
        #expect(facts("На командирському пункті Андрій Скоробагатько провів нараду.", entities: [officer]).1.roles["e7"] == nil)
        // Not one farther away: the journalists are not Жадан.
        let (_, far) = facts("Про це журналістам розповів Сергій Жадан.", entities: [zhadan])
        #expect(far.roles["e4"] == nil)
    }

    @Test func aPlayersPositionIsAnOccupation() {
        let mudryk = TestEntity(id: "e12", type: "PERS", name: "Михайло Мудрик", surfaces: ["Михайла Мудрика"])
        let (_, layer) = facts("Клуб оголосив про перехід вінгера Михайла Мудрика.", entities: [mudryk])
        // (In the nominative where the dictionary is installed.)
        #expect(layer.roles["e12"]?.count == 1)
        #expect(layer.roles["e12"]?.first?.hasPrefix("вінгер") == true)
    }

    @Test func anAbbreviationInBracketsBelongsToTheTitle() {
        let grossi = TestEntity(id: "e10", type: "PERS", name: "Рафаель Гроссі", surfaces: ["Рафаель Гроссі"])
        let (_, layer) = facts("Станцію відвідав генеральний директор агентства (МАГАТЕ) Рафаель Гроссі.", entities: [grossi])
        #expect(layer.roles["e10"] == ["генеральний директор агентства (МАГАТЕ)"])
    }

    @Test func aOneWordNameBetweenATitleAndAFullNameSaysWhoseTitleItIs() {
        let usyk = TestEntity(id: "e8", type: "PERS", name: "Олександр Усик", surfaces: ["Усика"])
        let krasiuk = TestEntity(id: "e9", type: "PERS", name: "Олександр Красюк", surfaces: ["Олександр Красюк"])
        let (_, layer) = facts("Після бою промоутер Усика Олександр Красюк повідомив про реванш.", entities: [usyk, krasiuk])
        #expect(layer.roles["e9"] == ["промоутер Усика"])
        #expect(layer.roles["e8"] == nil)
    }

    @Test func aTitleRunsAcrossAQuotedName() {
        let party = TestEntity(id: "e5", type: "ORG", name: "Союз порятунку Румунії", surfaces: ["Союз порятунку Румунії"])
        let lasconi = TestEntity(id: "e6", type: "PERS", name: "Єлена Ласконі", gender: "femn", surfaces: ["Єлена Ласконі"])
        let (_, layer) = facts("До другого туру вийшла лідерка партії «Союз порятунку Румунії» Єлена Ласконі.", entities: [party, lasconi])
        #expect(layer.roles["e6"] == ["лідерка партії «Союз порятунку Румунії»"])
        // Not when a word stands between the quotation and the name.
        let firm = TestEntity(id: "e7", type: "ORG", name: "Полімер", surfaces: ["Полімер"])
        let (_, other) = facts("Головою фірми «Полімер» записана Єлена Ласконі.", entities: [firm, lasconi])
        #expect(other.roles["e6"] == nil)
    }

    @Test func wordsThatAreNoTitleGiveNone() {
        let (_, layer) = facts("Вчора Дмитро Кулеба прибув до Вільнюса.", entities: [kuleba])
        #expect(layer.roles["e1"] == nil)
    }
}

struct DelegationRoleTests {
    @Test func aDelegationAndARepresentativeGiveTheirCountry() {
        let grushko = TestEntity(id: "e1", type: "PERS", name: "Олександр Грушко", gender: "masc", surfaces: ["Олександр Грушко"])
        let sherman = TestEntity(id: "e2", type: "PERS", name: "Венді Шерман", gender: "femn", surfaces: ["Венді Шерман"])
        let usa = TestEntity(id: "e3", type: "LOC", name: "США", surfaces: ["США"])
        let text = "Польську делегацію очолює Олександр Грушко. США на переговорах представляла Венді Шерман."
        let (_, layer) = facts(text, entities: [grushko, sherman, usa])
        #expect(layer.roles["e1"] == ["голова польської делегації"])
        #expect(layer.roles["e2"] == ["представниця США"])
    }

    @Test func aPostAfterTheNameIsARole() {
        let hnatiuk = TestEntity(id: "e1", type: "PERS", name: "Андрій Гнатюк", gender: "masc", surfaces: ["Андрія Гнатюка"])
        let text = "Президент звільнив Андрія Гнатюка з посади голови обласної адміністрації. Новину підтвердили."
        let (_, layer) = facts(text, entities: [hnatiuk])
        // Without a dictionary the role stays as written.
        #expect(layer.roles["e1"] == ["голови обласної адміністрації"])
    }

    @Test func anActingTitleKeepsItsAbbreviation() {
        let person = TestEntity(id: "e1", type: "PERS", name: "Петро Іванченко", gender: "masc", surfaces: ["Петро Іванченко"])
        let (_, layer) = facts("Наказ підписав в. о. голови Петро Іванченко.", entities: [person])
        #expect(layer.roles["e1"] == ["в. о. голови"])
    }

    @Test func theDelegationIsHeadedByTheFirstPersonAfterTheVerb() {
        let umerov = TestEntity(id: "e1", type: "PERS", name: "Рустем Умєров", gender: "masc", surfaces: ["Рустем Умєров"])
        let austin = TestEntity(id: "e2", type: "PERS", name: "Ллойд Остін", gender: "masc", surfaces: ["Ллойд Остін"])
        let text = "Українську делегацію очолив Рустем Умєров, головував на засіданні Ллойд Остін."
        let (_, layer) = facts(text, entities: [umerov, austin])
        #expect(layer.roles["e1"] == ["голова української делегації"])
        #expect(layer.roles["e2"] == nil)
    }
}

struct LedeAndWeaponTests {
    @Test func aLaunchOfMissilesIsAnAttack() {
        let (_, layer) = facts("У ніч на вівторок Росія випустила по місту три ракети.", published: "2024-06-05", entities: [TestEntity(id: "e1", type: "LOC", name: "Росія", surfaces: ["Росія"])])
        #expect(layer.events.map(\.kind) == [.attack])
        #expect(layer.events.first?.date == "2024-06-04")
        #expect(layer.events.first?.participants.map(\.entity) == ["e1"])
    }

    @Test func anUndatedEventOfTheLedeHappenedOnPublication() {
        let text = "Президент увів у дію рішення про санкції проти 56 компаній.\nДругий абзац без подій."
        let (_, layer) = facts(text, published: "2024-10-18")
        #expect(layer.events.first?.kind == .sanction)
        #expect(layer.events.first?.date == "2024-10-18")
    }

    @Test func aLandAfterNaIsWhereTheEventWas() {
        let region = TestEntity(id: "e20", type: "LOC", name: "Полтавщина", surfaces: ["Полтавщині"])
        let russia = TestEntity(id: "e21", type: "LOC", name: "Росія", surfaces: ["Росію"])
        let visit = facts("Кулеба в середу відвідав нову лікарню для військових на Полтавщині.", published: "2024-03-13", entities: [kuleba, region]).1
        #expect(visit.events.first?.place == "e20")
        // `на` before a country is no place: `тиск на Росію`.
        let talks = facts("Кулеба зустрівся з Марченко, щоб посилити тиск на Росію.", published: "2024-03-13", entities: [kuleba, marchenko, russia]).1
        #expect(talks.events.first?.kind == .meeting)
        #expect(talks.events.first?.place == nil)
    }

    @Test func aPlaceInsideAnOrganisationsNameIsNotWhereTheEventWas() {
        // The region is an entity of its own too, and listed first; the office's mention is longer.
        let region = TestEntity(id: "e20", type: "LOC", name: "Київська область", surfaces: ["Київській області"])
        let office = TestEntity(id: "e21", type: "ORG", name: "Управління поліції у Київській області", surfaces: ["Управлінні поліції у Київській області"])
        let text = "Кулеба зустрівся з Марченко в Управлінні поліції у Київській області."
        let meeting = facts(text, published: "2024-03-13", entities: [kuleba, marchenko, region, office]).1.events.first
        #expect(meeting?.kind == .meeting)
        #expect(meeting?.place == nil)
    }

    @Test func strikesAsACircumstanceAreNoStrike() {
        #expect(facts("Залізниця працює навіть під обстрілами.", published: "2024-03-13").1.events.isEmpty)
        #expect(facts("Місто знову під обстрілом.", published: "2024-03-13").1.events.map(\.kind) == [.attack])
    }

    @Test func whatCameAfterAnEventDoesNotGiveItsPlace() {
        let toronto = TestEntity(id: "e20", type: "LOC", name: "Торонто", surfaces: ["Торонто"])
        let park = TestEntity(id: "e21", type: "LOC", name: "парк Лісовий", surfaces: ["парку Лісовому"])
        let congress = TestEntity(id: "e22", type: "ORG", name: "Конгрес українців", surfaces: ["Конгресу українців"])
        let text = "Кулеба в суботу зустрівся в Торонто з керівництвом Конгресу українців. Після зустрічі міністр поклав квіти в парку Лісовому."
        let layer = facts(text, published: "2024-11-23", entities: [kuleba, toronto, park, congress]).1
        #expect(layer.events.count == 1)
        #expect(layer.events.first?.place == "e20")
        // The body the meeting is with, after where it was.
        #expect(layer.events.first?.participants.map(\.entity) == ["e1", "e22"])
    }
}
