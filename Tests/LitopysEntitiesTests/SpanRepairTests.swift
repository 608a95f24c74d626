import Testing

@testable import LitopysEntities

/// Each repair rule on a self-written sentence whose tagger output is given by markup.
@Suite struct SpanRepairTests {
    let gazetteer = try! Gazetteer(
        source: "@type ORG\nРада НАТО – Росія\nАльянс\n24 канал\n@type LOC\nЖенева\nБоснія і Герцеговина\nМолдова\n@type JOB\nгенсек\n")

    /// The spans after applying `rule` to the marked-up labels; `morphology` adds the
    /// dictionary's facts to the tokens.
    func repaired(_ marked: String, _ rule: SpanRepair.Rule, morphology: MorphologyFeatures? = nil, gazetteer: Gazetteer? = nil) -> [String] {
        repaired(marked, [rule], morphology: morphology, gazetteer: gazetteer)
    }

    /// The spans after applying `rules` together.
    func repaired(_ marked: String, _ rules: Set<SpanRepair.Rule>, morphology: MorphologyFeatures? = nil, gazetteer: Gazetteer? = nil) -> [String] {
        let markup = Markup(marked)
        let input = TextSegmentation.input(for: markup.text, morphology: morphology)
        var labels = markup.labels(for: input)
        SpanRepair.apply(&labels, input: input, gazetteer: gazetteer ?? self.gazetteer, rules: rules)
        let spans: [(Range<Int>, EntityType)] = BIOLabels.spans(labels).sorted { $0.0.lowerBound < $1.0.lowerBound }
        return spans.map { (range: Range<Int>, type: EntityType) -> String in
            let words: [String] = range.map { input.text(ofToken: $0) }
            return type.rawValue + " " + words.joined(separator: " ")
        }
    }

    @Test func completeKnownName() {
        #expect(repaired("Засідання [ORG Ради НАТО] – [LOC Росія] почалося.", .completeKnownName) == ["ORG Ради НАТО – Росія"])
    }

    @Test func honoraryTitle() {
        #expect(repaired("Вулицю назвали на честь [ORG Героя України] Романа Ратушного.", .honoraryTitle) == ["JOB Героя", "LOC України"])
        #expect(repaired("Нагородили [MISC Героїв України] з Харкова.", .honoraryTitle) == ["JOB Героїв", "LOC України"])
        // Not a longer word that begins alike, nor a street named after the heroes.
        #expect(repaired("Прийшла [ORG Героїчна України].", .honoraryTitle) == ["ORG Героїчна України"])
        #expect(repaired("Живе на проспекті [ORG Героїв України] в Миколаєві.", .honoraryTitle) == ["ORG Героїв України"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func remitList() {
        let morphology = MorphologyFeatures.shared
        // Whom a school is for.
        #expect(
            repaired("Вона вчиться в [ORG Тернопільському обласному ліцеї] для обдарованих дітей.", .remitList, morphology: morphology)
                == ["ORG Тернопільському обласному ліцеї для обдарованих дітей"])
        // A remit opened by `з питань` goes on after `та`.
        #expect(
            repaired("Рішення ухвалив [ORG Комітет з питань нагляду] та регулювання діяльності банків.", .remitList, morphology: morphology)
                == ["ORG Комітет з питань нагляду та регулювання діяльності банків"])
        #expect(
            repaired("Рішення ухвалив [ORG Комітет з питань бюджету] та уряду.", .remitList, morphology: morphology)
                == ["ORG Комітет з питань бюджету"])
        // It stops before another name.
        #expect(
            repaired("Рішення ухвалив [ORG Комітет з питань нагляду] та регулювання діяльності банків [ORG НБУ].", .remitList, morphology: morphology)
                == ["ORG Комітет з питань нагляду та регулювання діяльності банків", "ORG НБУ"])
        #expect(
            repaired("Кошти виділило [ORG Міністерство розвитку громад], територій та інфраструктури [LOC України].", .remitList, morphology: morphology)
                == ["ORG Міністерство розвитку громад , територій та інфраструктури України"])
        // A list of other things, or one that a verb ends, stays out.
        #expect(
            repaired("[ORG Міністерство оборони], зокрема, повідомило про це.", .remitList, morphology: morphology)
                == ["ORG Міністерство оборони"])
        #expect(
            repaired("[ORG Міністерство охорони здоров'я], освіти та науки повідомили про це.", .remitList, morphology: morphology)
                == ["ORG Міністерство охорони здоров'я , освіти та науки"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func titleAfterTitle() {
        let gazetteer = try! Gazetteer(source: "@type JOB\nміський голова\nміністр оборони\n")
        func repaired(_ marked: String) -> [String] { self.repaired(marked, .titleAfterTitle, morphology: MorphologyFeatures.shared, gazetteer: gazetteer) }
        #expect(repaired("Директоркою [JOB директорки департаменту міський голова] призначив Олену.")
            == ["JOB директорки департаменту", "JOB міський голова"])
        // A genitive title is the complement of the first: one title.
        #expect(repaired("Прийшов [JOB заступник міністра оборони] Петро.") == ["JOB заступник міністра оборони"])
    }

    @Test func titleBeforeAFullNameInsideASentence() {
        let gazetteer = try! Gazetteer(source: "@type JOB\nпрезидент\nсержант\n")
        func repaired(_ marked: String) -> [String] { self.repaired(marked, .knownNameType, gazetteer: gazetteer) }
        #expect(repaired("Про це повідомив [PERS Президент Володимир Зеленський].") == ["JOB Президент", "PERS Володимир Зеленський"])
        // A street named after one: the name after the title is one word.
        #expect(repaired("Ремонт вулиць Липової, [PERS Сержанта Смірнова].") == ["PERS Сержанта Смірнова"])
    }

    @Test func aNameAfterATitleThatTheDocumentNamesAsAPerson() {
        #expect(
            repaired("Повідомив [JOB посол] [LOC Японії] в [LOC Україні] [LOC Кунінорі Мацуда]. За словами [PERS Мацуди], транш надійде.", .surnameOfPerson)
                == ["JOB посол", "LOC Японії", "LOC Україні", "PERS Кунінорі Мацуда", "PERS Мацуди"])
        // Without the lone mention it stays a place.
        #expect(
            repaired("Повідомив [JOB посол] [LOC Японії] в [LOC Україні] [LOC Кунінорі Мацуда].", .surnameOfPerson)
                == ["JOB посол", "LOC Японії", "LOC Україні", "LOC Кунінорі Мацуда"])
    }

    @Test func regionalOffice() {
        #expect(repaired("Очолював [ORG Головне управління Національної поліції] в [LOC Сумській області] два роки.", .regionalOffice)
            == ["ORG Головне управління Національної поліції в Сумській області"])
        #expect(repaired("Рятувальники [ORG ГУ ДСНС України] у [LOC Волинській області] попередили.", .regionalOffice)
            == ["ORG ГУ ДСНС України у Волинській області"])
        // Not a body that is no office; `Гу…` is no main office.
        #expect(repaired("Він працював у [ORG Нафтогазі] в [LOC Києві].", .regionalOffice) == ["ORG Нафтогазі", "LOC Києві"])
        #expect(repaired("Діє [ORG Гуманітарний штаб] у [LOC Києві].", .regionalOffice) == ["ORG Гуманітарний штаб", "LOC Києві"])
        // A service takes a region, not the city where it worked, nor one of several places.
        #expect(repaired("Рятувальники [ORG ДСНС] у [LOC Дніпрі] загасили пожежу.", .regionalOffice) == ["ORG ДСНС", "LOC Дніпрі"])
        #expect(repaired("Підрозділи [ORG ДСНС] у [LOC Херсонській області] та [LOC Миколаєві] працювали.", .regionalOffice)
            == ["ORG ДСНС", "LOC Херсонській області", "LOC Миколаєві"])
    }

    @Test func cityAdjectiveBeforeAQuotedClub() {
        #expect(repaired("[ORG Донецький «Шахтар»] обіграв суперника.", .companyName) == ["ORG « Шахтар »"])
    }

    @Test func eventNameTakenInPart() {
        #expect(repaired("Команда зіграє в [PERS Лізі] чемпіонів.", .eventName) == ["MISC Лізі чемпіонів"])
        // A name headed by a lower-case word for a contest is the contest's.
        #expect(repaired("Вона перемогла на [ORG Міжнародній хімічній олімпіаді].", .eventName) == ["MISC Міжнародній хімічній олімпіаді"])
        #expect(repaired("Вона працює в [ORG Українському центрі олімпіадної підготовки].", .eventName) == ["ORG Українському центрі олімпіадної підготовки"])
        #expect(repaired("Переміг у [ORG Національному відборі].", .eventName) == ["MISC Національному відборі"])
    }

    @Test func chiefBeforeATitle() {
        #expect(repaired("Головний [JOB тренер] клубу пішов.", .settlementHead) == ["JOB Головний тренер"])
        #expect(repaired("Виступила головна [JOB лікарка лікарні] тут.", .settlementHead) == ["JOB головна лікарка лікарні"])
    }

    @Test func knownOrganisation() {
        #expect(repaired("Кажуть, що [PERS Сили] оборони утримують позиції.", .knownOrganisation) == ["ORG Сили оборони"])
        #expect(repaired("Речник [ORG Сил оборони півдня] повідомив.", .knownOrganisation) == ["ORG Сил оборони півдня"])
        // A fleet whose adjective the tagger read as a town.
        #expect(repaired("Ордер на арешт командувача [LOC Чорноморського] флоту видали вчора.", .knownOrganisation)
            == ["ORG Чорноморського флоту"])
        // Not a lower-case plural.
        #expect(repaired("У нас сили оборони є.", .knownOrganisation) == [])
        // Boxing bodies, which the tagger read as titles of works.
        #expect(repaired("Пояси [ART WBA] та [ORG WBO] зберіг.", .knownOrganisation) == ["ORG WBA", "ORG WBO"])
        #expect(SpanRepair.organisationNames.spelling(of: ["Сил", "оборони"]) == "Сили оборони")
        // A parliament that opens a person after its speaker's title.
        #expect(repaired("Вона зустрілася з маршалком [PERS Сейму Влодзімєжем Чажастим].", .knownOrganisation)
            == ["ORG Сейму", "PERS Влодзімєжем Чажастим"])
        // Not a person of one word after it, nor an abbreviation after it.
        #expect(repaired("Спікер [PERS Сейму Ковалю] подякував.", .knownOrganisation) == ["PERS Сейму Ковалю"])
        #expect(repaired("Лідер більшості в [PERS Сенаті США Чак Шумер] заявив.", .knownOrganisation) == ["PERS Сенаті США Чак Шумер"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func institutionField() {
        let morphology = MorphologyFeatures.shared
        #expect(
            repaired("Церемонія була в [LOC Одеському театрі] опери та балету.", .remitList, morphology: morphology)
                == ["LOC Одеському театрі опери та балету"])
        #expect(
            repaired("Церемонія була в [ORG Одеському театрі опери] та балету.", .remitList, morphology: morphology)
                == ["ORG Одеському театрі опери та балету"])
        // An action noun after it is not its field.
        #expect(
            repaired("Дозволили [ORG Закарпатському університету] застосування процедури.", .remitList, morphology: morphology)
                == ["ORG Закарпатському університету"])
    }

    @Test func companyName() {
        #expect(repaired("Відділення відкрила компанія «[ART Нова пошта]».", .companyName) == ["ORG Нова пошта"])
        #expect(repaired("Кошти отримало підприємство [MISC «Сонячний промінь»].", .companyName) == ["ORG « Сонячний промінь »"])
        // Not without the quotation marks, nor after another word.
        #expect(repaired("Компанія [ART Нова] відкрила відділення.", .companyName) == ["ART Нова"])
        // A formal name that ends in the company's kind takes in the quoted name after it.
        #expect(repaired("Заяву оприлюднили в [ORG Національній енергетичній компанії] «[ORG Укренерго]».", .companyName)
            == ["ORG Національній енергетичній компанії « Укренерго »"])
        // Not a nationality before the kind alone.
        #expect(repaired("Тендер виграла [ORG Латвійська компанія] «[ORG Балтік]».", .companyName)
            == ["ORG Латвійська компанія", "ORG Балтік"])
        #expect(repaired("Він прочитав роман «[ART Нова пошта]».", .companyName) == ["ART Нова пошта"])
    }

    @Test func titleTail() {
        let gazetteer = try! Gazetteer(source: "@type JOB\nписьменниця\nпрезидент\n")
        func repaired(_ marked: String) -> [String] { self.repaired(marked, .titleTail, gazetteer: gazetteer) }
        #expect(repaired("Вручили [ORG премію імені Тараса Шевченка письменниці] [PERS Оксані Забужко].")
            == ["ORG премію імені Тараса Шевченка", "JOB письменниці", "PERS Оксані Забужко"])
        // A title that is the complement of the name's head stays in it.
        #expect(repaired("Він очолював [ORG Секретаріат президента] [PERS Ющенка].") == ["ORG Секретаріат президента", "PERS Ющенка"])
    }

    @Test func knownNameMatchesAcrossVowelAlternation() {
        // `домі` has `о` where the nominative `дім` has `і`; the stems meet only when the
        // gazetteer undoes the alternation.
        let gazetteer = try! Gazetteer(source: "@type ORG\nБілий дім\n")
        let markup = Markup("Гостей приймали в [PERS Білому] домі.")
        let input = TextSegmentation.input(for: markup.text, morphology: nil)
        var labels = markup.labels(for: input)
        SpanRepair.apply(&labels, input: input, gazetteer: gazetteer, rules: [.completeKnownName])
        #expect(BIOLabels.spans(labels).map(\.1) == [.organization])
        #expect(BIOLabels.spans(labels).first?.0.count == 2)
        #expect(Gazetteer.alternateStem(Array("Ріг".unicodeScalars.map(\.value))) != 0)
        #expect(Gazetteer.alternateStem(Array("Київ".unicodeScalars.map(\.value))) == 0)
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func numberedBrigade() {
        #expect(
            repaired("Повернулася медикиня 36-ї окремої бригади морської піхоти Анна, а 5-ї бригади немає.", .militaryUnit,
                morphology: MorphologyFeatures.shared) == ["ORG 36-ї окремої бригади морської піхоти", "ORG 5-ї бригади"])
        // A number of days is no unit.
        #expect(repaired("Минуло 5-ї години ранку.", .militaryUnit, morphology: MorphologyFeatures.shared) == [])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func adjectiveBeforePerson() {
        #expect(
            repaired(
                "Прийняв [JOB Папа] [PERS Римський Лев XIV] і [PERS Блаженніший Святослав], а [PERS Великий Чапельський] мовчав.",
                .adjectiveBeforePerson, morphology: MorphologyFeatures.shared)
                == ["JOB Папа Римський", "PERS Лев XIV", "JOB Блаженніший", "PERS Святослав", "PERS Великий Чапельський"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func aStateServiceIsAnOrganisation() {
        // `Дія` in the shipped gazetteer, matched through the lemma of `Дії`, as NER-UK tags services.
        #expect(
            repaired("Вона очолювала департамент послуг [MISC Дії].", .knownNameType, morphology: MorphologyFeatures.shared, gazetteer: .shared)
                == ["ORG Дії"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func aPersonTheDictionaryKnowsStaysAPerson() {
        // `Софія` is a capital and a woman's name: a one-word person the dictionary knows by
        // that first name keeps the tagger's type where the document gives her full name. A
        // place read as a person that is no first name is retyped (`Молдова`), and so is a
        // city that is a first name only in the plural (`Миколаїв`).
        let gazetteer = try! Gazetteer(source: "@type LOC\nСофія\nМиколаїв\nВарна\nМолдова\n")
        func repaired(_ marked: String) -> [String] {
            self.repaired(marked, .knownNameType, morphology: MorphologyFeatures.shared, gazetteer: gazetteer)
        }
        #expect(
            repaired("Прийшла [PERS Софія Коваль]. Вранці [PERS Софія] сказала, що [PERS Миколаїв] писав до [PERS Молдови].")
                == ["PERS Софія Коваль", "PERS Софія", "LOC Миколаїв", "LOC Молдови"])
        // Without her full name it is the capital (`Софія підтримала санкції`: Bulgaria's
        // government); so it is after a preposition, or beside another place.
        #expect(repaired("[PERS Софія] підтримала санкції.") == ["LOC Софія"])
        #expect(repaired("Прийшла [PERS Софія Коваль]. Делегація прибула до [PERS Софії] вчора.") == ["PERS Софія Коваль", "LOC Софії"])
        #expect(repaired("Прийшла [PERS Софія Коваль]. [LOC Варна] та [PERS Софія] чекають туристів.")
            == ["PERS Софія Коваль", "LOC Варна", "LOC Софія"])
    }

    @Test func knownNameType() {
        #expect(repaired("Про це повідомив [QUANT 24 канал].", .knownNameType) == ["ORG 24 канал"])
        #expect(repaired("[PERS Альянс] ухвалив рішення.", .knownNameType) == ["ORG Альянс"])
        // A place that the gazetteer knows as an organisation; not an acronym.
        let gazetteer = try! Gazetteer(source: "@type ORG\nАльянс\nНАТО\n@type LOC\nМолдова\n")
        let markup = Markup("[LOC Альянсом] і [LOC НАТО] та [LOC Молдовою].")
        let input = TextSegmentation.input(for: markup.text, morphology: nil)
        var labels = markup.labels(for: input)
        SpanRepair.apply(&labels, input: input, gazetteer: gazetteer, rules: [.knownNameType])
        #expect(BIOLabels.spans(labels).map(\.1) == [.organization, .location, .location])
        // A title tagged as a place is a title; as a person it stays (a nickname).
        let titles = try! Gazetteer(source: "@type JOB\nпрезидент\nвчитель\n")
        let marked = Markup("Закон пішов на підпис [LOC Президентові], а [PERS Вчитель] мовчав.")
        let titleInput = TextSegmentation.input(for: marked.text, morphology: nil)
        var titleLabels = marked.labels(for: titleInput)
        SpanRepair.apply(&titleLabels, input: titleInput, gazetteer: titles, rules: [.knownNameType])
        #expect(BIOLabels.spans(titleLabels).map(\.1) == [.job, .person])
        // A street named after them stays a place.
        let street = Markup("Рух перекрили на вулиці [LOC Президентів] і на вул. [LOC Президентів].")
        let streetInput = TextSegmentation.input(for: street.text, morphology: nil)
        var streetLabels = street.labels(for: streetInput)
        SpanRepair.apply(&streetLabels, input: streetInput, gazetteer: titles, rules: [.knownNameType])
        #expect(BIOLabels.spans(streetLabels).map(\.1) == [.location, .location])
        // A person that opens its sentence with a gazetteer title is split; inside a sentence
        // it stays (a street, often enough).
        let opening = Markup("[PERS Президент Іванов] прибув до [PERS Президента Петренка].")
        let openingInput = TextSegmentation.input(for: opening.text, morphology: nil)
        var openingLabels = opening.labels(for: openingInput)
        SpanRepair.apply(&openingLabels, input: openingInput, gazetteer: titles, rules: [.knownNameType])
        #expect(BIOLabels.spans(openingLabels).map(\.1) == [.job, .person, .person])
    }

    @Test func settlementHead() {
        #expect(
            repaired("Виступила сільський [JOB голова] [PERS Марія Ковальчук], а потім міського [JOB голови] не було.", .settlementHead)
                == ["JOB сільський голова", "PERS Марія Ковальчук", "JOB міського голови"])
        // Another adjective, or one the tagger put in a name, stays out.
        #expect(repaired("Прийшов новий [JOB голова].", .settlementHead) == ["JOB голова"])
        // At the start of a sentence the adjective is capitalised.
        #expect(repaired("Сільський [JOB голова] [PERS Марія Ковальчук] подякувала.", .settlementHead)
            == ["JOB Сільський голова", "PERS Марія Ковальчук"])
        // `генеральний`, as `головний`, joins the title after it.
        #expect(repaired("Розповіла генеральна [JOB директорка музею] [PERS Федора Турченко].", .settlementHead)
            == ["JOB генеральна директорка музею", "PERS Федора Турченко"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func remitContinuation() {
        let morphology = MorphologyFeatures.shared
        #expect(
            repaired("Заявила представниця ЄС із закордонних справ і [JOB політики безпеки] [PERS Кая Каллас].", .remitContinuation,
                morphology: morphology) == ["PERS Кая Каллас"])
        // A verb between: the title after the conjunction is a title.
        #expect(
            repaired("Разом з ним з країни зник і [JOB екс-голова] фонду.", .remitContinuation, morphology: morphology)
                == ["JOB екс-голова"])
    }

    @Test func listedTitle() {
        // After `за словами`, ending its phrase, a listed title is a title too.
        #expect(repaired("За словами прес-секретарки, голосування перенесуть.", .listedTitle) == ["JOB прес-секретарки"])
        // A feminine title before a person, and the comma after it left out.
        #expect(
            repaired("За словами депутатки, [PERS Ірина Капуста] не підтримує закон.", .listedTitle)
                == ["JOB депутатки", "PERS Ірина Капуста"])
        // A diplomatic rank that a person and an organisation run into, after the name; what
        // is left of the organisation is a country.
        #expect(
            repaired("Президент призначив [PERS Ольгу Петрук Надзвичайним] і [ORG Повноважним Послом України] в Канаді.", .listedTitle)
                == ["PERS Ольгу Петрук", "JOB Надзвичайним і Повноважним Послом", "LOC України"])
        // A state's formal name cut from the title is a place.
        #expect(
            repaired("Прибув [ORG Надзвичайний і Повноважний Посол Французької Республіки] в Україні.", [.listedTitle, .knownPlace])
                == ["JOB Надзвичайний і Повноважний Посол", "LOC Французької Республіки"])
        // So is it when the organisation ran on into where the envoy serves, which is a place.
        #expect(
            repaired("Прибув [ORG Надзвичайний і Повноважний Посол Французької Республіки в Україні] Ґаель Веєссьєр.", [.listedTitle, .knownPlace])
                == ["JOB Надзвичайний і Повноважний Посол", "LOC Французької Республіки", "LOC Україні"])
        // Not an acronym, which NER-UK types either way.
        #expect(
            repaired("Прибув [ORG Надзвичайний і Повноважний Посол ЄС в Україні] Катаріна Матернова.", [.listedTitle])
                == ["JOB Надзвичайний і Повноважний Посол", "ORG ЄС в Україні"])
        // A feminine title from the rules' list, before a person across a complement, or
        // before an organisation and a person.
        #expect(
            repaired("Переговори провела віцепрем'єрка з питань інтеграції [PERS Ольга Стефанішина].", .listedTitle)
                == ["JOB віцепрем'єрка", "PERS Ольга Стефанішина"])
        #expect(
            repaired("Заяву зробила народна депутатка [ORG Ради] [PERS Ірина Фріз].", .listedTitle)
                == ["JOB народна депутатка", "ORG Ради", "PERS Ірина Фріз"])
        // A person that is only a listed title is the title, before a person; a surname that is
        // also a title stays a person.
        #expect(repaired("За словами [PERS Винара], архіви зруйновані.", .listedTitle) == ["PERS Винара"])
        #expect(
            repaired("«Це рішення», – заявила [PERS Уповноважена] у справах [ORG Суду] [PERS Марта Ковач].", .listedTitle)
                == ["JOB Уповноважена", "ORG Суду", "PERS Марта Ковач"])
        // An honorary title of the state, with its country.
        #expect(
            repaired("Виставку відкрив заслужений діяч мистецтв [LOC України] [PERS Тарас Кулик].", .listedTitle)
                == ["JOB заслужений діяч мистецтв", "LOC України", "PERS Тарас Кулик"])
        // A trade, across a place.
        #expect(
            repaired("Розповіла винарка з [LOC Берегова] [PERS Наталія Тарнавська].", .listedTitle)
                == ["JOB винарка", "LOC Берегова", "PERS Наталія Тарнавська"])
        // Not without a person after it.
        #expect(repaired("Посаду депутатки скасували, сказав [PERS Петренко].", .listedTitle) == ["PERS Петренко"])
        // A person that opens the sentence with a listed title is split; not inside a sentence.
        #expect(
            repaired("[PERS Адвокатка Гончарук] [PERS Світлана Мороз] заявила.", .listedTitle)
                == ["JOB Адвокатка", "PERS Гончарук", "PERS Світлана Мороз"])
        #expect(repaired("Це сказала [PERS Адвокатка Мороз].", .listedTitle) == ["PERS Адвокатка Мороз"])
    }

    @Test func personWithOrganisation() {
        #expect(repaired("Триває засідання [PERS Ради Альянс] сьогодні.", .personWithOrganisation).isEmpty)
    }

    @Test func addKnownName() {
        #expect(repaired("Про це повідомив 24 канал.", .addKnownName) == ["ORG 24 канал"])
        // An organisation's acronym alone too, but not a one-word name written as a word, nor
        // a word in capitals longer than an acronym.
        let known = try! Gazetteer(source: "@type ORG\nПАСЄ\nАльянс\nЕспресо\n")
        #expect(repaired("Резолюцію ухвалила ПАСЄ учора.", .addKnownName, gazetteer: known) == ["ORG ПАСЄ"])
        #expect(repaired("Альянс тримається.", .addKnownName, gazetteer: known) == [])
        #expect(repaired("Про це сказав ЕСПРЕСО учора.", .addKnownName, gazetteer: known) == [])
    }

    @Test func addTitle() {
        #expect(repaired("Заяву зробив генсек [ORG Альянсу].", .addTitle) == ["JOB генсек", "ORG Альянсу"])
    }

    @Test func documentConsistency() {
        let spans = repaired(
            "Учора [PERS Оксана Гайова] приїхала до міста. Гайова зустрілася з мером. Потім Гайова поїхала додому.",
            .documentConsistency)
        #expect(spans == ["PERS Оксана Гайова", "PERS Гайова", "PERS Гайова"])
        // A place named after a word for a settlement outweighs one other reading.
        #expect(repaired("Міст збудували у селі [LOC Денеші]. Він з'єднав [PERS Денеші] з трасою.", .documentConsistency)
            == ["LOC Денеші", "LOC Денеші"])
        #expect(repaired("Міст збудували біля [LOC Денеші]. Він з'єднав [PERS Денеші] з трасою.", .documentConsistency)
            == ["LOC Денеші", "PERS Денеші"])
        // At a sentence start, a name the document gives twice elsewhere and never writes in
        // lower case; not a word it also writes in lower case, nor a name given once.
        #expect(
            repaired("Прийшла [PERS Тереня]. Потім [PERS Тереня] заспівала. Тереня пішла.", .documentConsistency)
                == ["PERS Тереня", "PERS Тереня", "PERS Тереня"])
        #expect(
            repaired("Прийшов [PERS Малюк]. Потім [PERS Малюк] заспівав. Малюк пішов, а малюк лишився.", .documentConsistency)
                == ["PERS Малюк", "PERS Малюк"])
        #expect(repaired("Прийшла [PERS Тереня]. Тереня пішла.", .documentConsistency) == ["PERS Тереня"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func aNameOpeningASentenceIsNoAdjectiveOfANoun() {
        // A nickname that the document gives twice, then opens a sentence as an adjective
        // before its noun: no name there.
        #expect(
            repaired("Прийшов дід [PERS Лютий]. До діда [PERS Лютого] ходили. Лютий мороз скував річку.", .documentConsistency,
                morphology: MorphologyFeatures.shared) == ["PERS Лютий", "PERS Лютого"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func aSurnameReadAsAPlaceIsThePerson() {
        func repaired(_ marked: String) -> [String] { self.repaired(marked, .documentConsistency, morphology: MorphologyFeatures.shared) }
        // The surname of a full name in the document, read alone as a place, is the person.
        #expect(
            repaired("Військо вів [PERS Богдан Хмельницький]. Згодом [LOC Хмельницький] уклав мир, а купці їхали до [LOC Львова].")
                == ["PERS Богдан Хмельницький", "PERS Хмельницький", "LOC Львова"])
        // Not a town's own name (`Луцьк` beside `Олександр Луцький`), nor a word the document
        // names as a place after a preposition.
        #expect(
            repaired("Виставку відкрив [PERS Олександр Луцький]. [LOC Луцьк] приймає фестиваль.")
                == ["PERS Олександр Луцький", "LOC Луцьк"])
        #expect(
            repaired("Приїхав [PERS Олег Хмельницький]. Автобуси їдуть до [LOC Хмельницького]. [LOC Хмельницький] отримав нові.")
                == ["PERS Олег Хмельницький", "LOC Хмельницького", "LOC Хмельницький"])
        // Not after a name that ends in a common noun.
        #expect(
            repaired("Так навчає [PERS Східна Церква]. А [ORG Церква] мовчить.")
                == ["PERS Східна Церква", "ORG Церква"])
    }

    @Test func trailingNumber() {
        #expect(repaired("Переговори тривали у [LOC Варшаві 3]–4 квітня.", .trailingNumber) == ["LOC Варшаві"])
        #expect(repaired("Офіс на [LOC вул. Садовій, 12] відкрили.", .trailingNumber) == ["LOC вул . Садовій , 12"])
        #expect(
            repaired("Приїхали з [LOC Хмельницької – 12] і з [LOC вул. Липової, 2 - 6].", .trailingNumber)
                == ["LOC Хмельницької", "LOC вул . Липової , 2 - 6"])
    }

    @Test func foreignText() {
        #expect(repaired("[ORG Joe Biden and Olaf Scholz met in Berlin] вчора.", .foreignText).isEmpty)
        #expect(repaired("Компанія [ORG Bank of America] звітувала.", .foreignText) == ["ORG Bank of America"])
    }

    @Test func balancedQuotes() {
        #expect(repaired("Договір підписало [ORG ТОВ «Північна Зоря]» учора.", .balancedQuotes) == ["ORG ТОВ « Північна Зоря »"])
        #expect(repaired("Охорону замовили у «[ORG Дозор ЛТД»] торік.", .balancedQuotes) == ["ORG Дозор ЛТД"])
        // Balanced spans and spans inside quotation marks stay as they are.
        #expect(repaired("Акції [ORG ПАТ «Зоря»] зросли.", .balancedQuotes) == ["ORG ПАТ « Зоря »"])
        #expect(repaired("Газета «[ORG Ранок]» вийшла.", .balancedQuotes) == ["ORG Ранок"])
        // A bracket left open takes its closing bracket; a closed one needs nothing.
        #expect(repaired("Пленум [ORG ЦК КП (б]) зібрався.", .balancedQuotes) == ["ORG ЦК КП ( б )"])
        #expect(repaired("Фонд [ORG WWF (Україна)] діє.", .balancedQuotes) == ["ORG WWF ( Україна )"])
    }

    @Test func joinInitials() {
        #expect(repaired("Лист підписав [PERS Д.] [PERS Лебідь] учора.", .joinInitials) == ["PERS Д . Лебідь"])
        // A person after a full name is another person.
        #expect(repaired("Прийшли [PERS Олег] [PERS Лебідь] учора.", .joinInitials) == ["PERS Олег", "PERS Лебідь"])
    }

    @Test func trailingSymbol() {
        #expect(repaired("Марка [ORG Зоря ™] відома.", .trailingSymbol) == ["ORG Зоря"])
    }

    @Test func splitCoordination() {
        #expect(repaired("Скаргу розглянули [ORG Держаудитслужба та АМКУ] вчора.", .splitCoordination) == ["ORG Держаудитслужба", "ORG АМКУ"])
        #expect(repaired("Прийшли [PERS Олег Лебідь і Юрій Кравець] учора.", .splitCoordination) == ["PERS Олег Лебідь", "PERS Юрій Кравець"])
        // One head noun for both, a lone first name, or a lower-case continuation: one name.
        #expect(repaired("Зупинили [ORG Дрогобицький і Надвірнянський НПЗ] учора.", .splitCoordination) == ["ORG Дрогобицький і Надвірнянський НПЗ"])
        #expect(repaired("Прийшли [PERS Сергій та Олександр Буряки] учора.", .splitCoordination) == ["PERS Сергій та Олександр Буряки"])
        #expect(repaired("Засідання [ORG Ради нацбезпеки та оборони] почалося.", .splitCoordination) == ["ORG Ради нацбезпеки та оборони"])
        // A known name with a conjunction in it stays whole.
        #expect(repaired("Делегація [LOC Боснії і Герцеговини] прибула.", .splitCoordination) == ["LOC Боснії і Герцеговини"])
    }

    @Test func sharedHead() {
        #expect(
            repaired("Зупинили [PERS Кременчуцький], Дрогобицький і [ORG Надвірнянський НПЗ] учора.", .sharedHead)
                == ["ORG Кременчуцький , Дрогобицький і Надвірнянський НПЗ"])
        #expect(repaired("Дощі пройшли у Луганській та [LOC Донецькій областях] вночі.", .sharedHead) == ["LOC Луганській та Донецькій областях"])
        // A noun before the conjunction, or an adjective of another ending, has its own head.
        #expect(
            repaired("Дощі пройшли у [LOC Києві] та [LOC Київській області] вночі.", .sharedHead) == ["LOC Києві", "LOC Київській області"])
        #expect(repaired("Прийшов Київський та [LOC Донецькій області] вночі.", .sharedHead) == ["LOC Донецькій області"])
    }

    @Test func rangeIsPeriod() {
        #expect(repaired("Ціни росли у [DATE квітні-листопаді 2015 року] щомісяця.", .rangeIsPeriod) == ["PERIOD квітні-листопаді 2015 року"])
        #expect(repaired("Ціни росли у [DATE листопаді 2015 року] щомісяця.", .rangeIsPeriod) == ["DATE листопаді 2015 року"])
    }

    @Test func addNumericDate() {
        #expect(repaired("Договір уклали 10.09.2010 між радою і фірмою.", .addNumericDate) == ["DATE 10.09.2010"])
        #expect(repaired("Довідку видали 24.04.2013 року в Києві.", .addNumericDate) == ["DATE 24.04.2013 року"])
        #expect(repaired("Оплату внесли 29.01.2008 р. на рахунок.", .addNumericDate) == ["DATE 29.01.2008 р ."])
        // Not a date: a month out of range, or a date already inside a span.
        #expect(repaired("Код товару 10.45.2010 у переліку.", .addNumericDate).isEmpty)
        #expect(repaired("Видали [DOC довідку від 24.04.2013] вчора.", .addNumericDate) == ["DOC довідку від 24.04.2013"])
    }

    @Test func streetWord() {
        #expect(repaired("Ремонт на вулиці [PERS Грушевського] триває.", .streetWord) == ["LOC вулиці Грушевського"])
        #expect(repaired("Ярмарок відкрили на площі Ринок учора.", .streetWord) == ["LOC площі Ринок"])
        #expect(repaired("Затор на вул. Б. Хмельницького зранку.", .streetWord) == ["LOC вул . Б . Хмельницького"])
        #expect(repaired("Затор на [LOC вул .] Франка зранку.", .streetWord) == ["LOC вул . Франка"])
        #expect(repaired("Офіс на [LOC вул. Лейпцизька, 1]а відкрили.", .streetWord) == ["LOC вул . Лейпцизька , 1 а"])
        #expect(
            repaired("Будинки на [LOC вул. Липовій, 2]-6 і [LOC вул. Садовій, 3-А], а не [LOC вул. Лісовій, 4] - 5.", .streetWord)
                == ["LOC вул . Липовій , 2 - 6", "LOC вул . Садовій , 3-А", "LOC вул . Лісовій , 4"])
        // No capitalised name after the street word, or a person who is not after one.
        #expect(repaired("Площа 65 кв. м, вулиця широка.", .streetWord).isEmpty)
        #expect(repaired("Прийшов [PERS Петро] додому.", .streetWord) == ["PERS Петро"])
        // Parks, squares and bridges before a person's or a place's name; not before an
        // organisation's (`парк МВС` is its fleet of vehicles).
        #expect(
            repaired("Гуляли в парку [PERS Шевченка] і на мосту [PERS Патона], де стоїть парк [ORG МВС].", .streetWord)
                == ["LOC парку Шевченка", "LOC мосту Патона", "ORG МВС"])
        // `Міст` capitalised opens a bridge's name; in lower case it may be `міст` of `місто`.
        #expect(
            repaired("Міст [PERS Патона] сполучає райони, а з міст [PERS Франка] не видно.", .streetWord)
                == ["LOC Міст Патона", "PERS Франка"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func streetWordBeforeSubject() {
        // A first name in the nominative after a street word in another case is the subject.
        #expect(
            repaired(
                "Вулицею [PERS Наталочка] пробігла, а живе на вулиці [PERS Наталочки].", .streetWord,
                morphology: MorphologyFeatures.shared)
                == ["PERS Наталочка", "LOC вулиці Наталочки"])
    }

    @Test func personAfterPlace() {
        #expect(
            repaired("Делегацію очолив секретар [ORG МЗС Молдови Іон Морару] учора.", .personAfterPlace)
                == ["ORG МЗС Молдови", "PERS Іон Морару"])
        // A name in quotation marks, or a place at the very end, stays one organisation.
        #expect(
            repaired("Виступив [ORG хор «Молдови Іон Морару»] учора.", .personAfterPlace) == ["ORG хор « Молдови Іон Морару »"])
        #expect(repaired("Прибули посли [ORG МЗС Молдови] учора.", .personAfterPlace) == ["ORG МЗС Молдови"])
    }

    @Test func legalFormWithPerson() {
        #expect(repaired("Землю взяло [ORG ФГ] [PERS Мороза М. П.] в оренду.", .legalFormWithPerson) == ["ORG ФГ Мороза М . П ."])
        // A company name is not a legal form.
        #expect(repaired("Землю взяло [ORG Агросвіт] [PERS Мороза] в оренду.", .legalFormWithPerson) == ["ORG Агросвіт", "PERS Мороза"])
    }

    @Test func abbreviationPoint() {
        #expect(repaired("Роботи тривали у [PERIOD 2006-2007 рр]. і закінчилися.", .abbreviationPoint) == ["PERIOD 2006 - 2007 рр ."])
        // A date that does not end in an abbreviation keeps the sentence's full stop out.
        #expect(repaired("Це було [DATE 5 травня]. Потім усе змінилося.", .abbreviationPoint) == ["DATE 5 травня"])
    }

    @Test func streetName() {
        #expect(repaired("Офіс на пров. [PERS Максима Рильського] відкрили.", .streetName) == ["LOC пров . Максима Рильського"])
        #expect(repaired("Магазин на [LOC пр.] [LOC Гагаріна, 201] працює.", .streetName) == ["LOC пр . Гагаріна , 201"])
        #expect(repaired("Вірш [PERS Максима Рильського] прочитали.", .streetName) == ["PERS Максима Рильського"])
    }

    @Test func addQuantity() {
        #expect(repaired("Завод переробив 606 тис. тонн нафти.", .addQuantity) == ["QUANT 606 тис . тонн"])
        #expect(repaired("Квартира площею 65,8 кв. м продається.", .addQuantity) == ["QUANT 65,8 кв . м"])
        // A number without a unit, or one inside another span, is left alone.
        #expect(repaired("Прийшли 12 людей.", .addQuantity).isEmpty)
        #expect(repaired("Ціна [MON 300 тис. грн] за 5 га.", .addQuantity) == ["MON 300 тис . грн", "QUANT 5 га"])
    }

    @Test func quantityRange() {
        // A speed takes its unit of time; a range takes the number before its dash.
        #expect(repaired("Вітер до [QUANT 12 м] / с уночі.", .quantityRange) == ["QUANT 12 м / с"])
        #expect(repaired("Сніг [QUANT 10]-[QUANT 15 см] завтра.", .quantityRange) == ["QUANT 10 - 15 см"])
        #expect(repaired("Пориви 15-[QUANT 20 м] / с.", .quantityRange) == ["QUANT 15 - 20 м / с"])
        // Not a number the dash is spaced from, nor another kind of name before it.
        #expect(repaired("Рахунок 3 - [QUANT 5 м] ширини.", .quantityRange) == ["QUANT 5 м"])
        #expect(repaired("Стаття [DOC 172]-[QUANT 6 КУпАП] діє.", .quantityRange) == ["DOC 172", "QUANT 6 КУпАП"])
    }

    @Test func parenthesisedName() {
        // A name and its other name in brackets are two names; a party's letter is not one.
        #expect(repaired("Членом [ORG Міжнародної асоціації водників ( International Water Union] ) стала компанія.", .parenthesisedName)
            == ["ORG Міжнародної асоціації водників", "ORG International Water Union"])
        #expect(repaired("Пленум [ORG ЦК КП ( б ) У] відбувся.", .parenthesisedName) == ["ORG ЦК КП ( б ) У"])
    }

    @Test func quotedNickname() {
        #expect(
            repaired("На сцену вийшов [PERS Тарас] « [ORG Ґудзик] » [PERS Мельничук] з гітарою.", .quotedNickname)
                == ["PERS Тарас « Ґудзик » Мельничук"])
        // Not a quoted name between two persons who are apart (a lower-case nickname, or a
        // third word before the closing mark).
        #expect(
            repaired("Вийшли [PERS Тарас] « [ORG Нова хвиля плюс] » [PERS Мельничук].", .quotedNickname)
                == ["PERS Тарас", "ORG Нова хвиля плюс", "PERS Мельничук"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func personalNamePlace() {
        let morphology = MorphologyFeatures.shared
        #expect(repaired("Він листувався з [LOC Міцкевичем] багато років.", .personalNamePlace, morphology: morphology) == ["PERS Міцкевичем"])
        // A street, a body or a place named after the person stays a place, and so does a
        // word the dictionary also knows as a common noun (`Шевченко`).
        #expect(repaired("Живе на вулиці [LOC Міцкевича] у Львові.", .personalNamePlace, morphology: morphology) == ["LOC Міцкевича"])
        #expect(repaired("Поїхали на [LOC Міцкевича] зранку.", .personalNamePlace, morphology: morphology) == ["LOC Міцкевича"])
        #expect(repaired("Пройшли від парку до [LOC Грушевського] швидко.", .personalNamePlace, morphology: morphology) == ["LOC Грушевського"])
        #expect(
            repaired("Ліхтарі встановили на вулицях [LOC Чорновола], [LOC Стуса] і [LOC Петлюри].", .personalNamePlace, morphology: morphology)
                == ["LOC Чорновола", "LOC Стуса", "LOC Петлюри"])
        #expect(repaired("Перемога над [LOC Гітлером] далася дорого.", .personalNamePlace, morphology: morphology) == ["PERS Гітлером"])
        #expect(repaired("Приїхали до [LOC Києва] зранку.", .personalNamePlace, morphology: morphology) == ["LOC Києва"])
        #expect(repaired("Згадали [LOC Шевченко] вчора.", .personalNamePlace, morphology: morphology) == ["LOC Шевченко"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func commonWordPerson() {
        let morphology = MorphologyFeatures.shared
        #expect(repaired("Він щовечора читав [PERS Біблію] при свічці.", .commonWordPerson, morphology: morphology) == [])
        // A name, a living being, a possessive adjective, and the first word of a sentence stay.
        #expect(repaired("Він щовечора читав [PERS Франка] при свічці.", .commonWordPerson, morphology: morphology) == ["PERS Франка"])
        #expect(repaired("Тоді заговорив [PERS Бог] до нього.", .commonWordPerson, morphology: morphology) == ["PERS Бог"])
        #expect(repaired("[PERS Біблію] він читав щовечора.", .commonWordPerson, morphology: morphology) == ["PERS Біблію"])
        // The surname of a full name in the document, and a person after a title, stay.
        #expect(
            repaired("Речниця [PERS Анна Криниця] повідомила про обстріл. Як наголосила [PERS Криниця], жертв немає.", .commonWordPerson,
                morphology: morphology) == ["PERS Анна Криниця", "PERS Криниця"])
        #expect(repaired("Вчора [JOB міністр] [PERS Свічка] відмовився від коментарів.", .commonWordPerson, morphology: morphology)
            == ["JOB міністр", "PERS Свічка"])
        // A character named by a common word is named again and again.
        #expect(
            repaired(
                "Тоді прийшла [PERS Доля]. Сказала [PERS Доля] своє слово. Пішла [PERS Доля] геть.", .commonWordPerson,
                morphology: morphology) == ["PERS Доля", "PERS Доля", "PERS Доля"])
    }

    @Test func latinLegalForm() {
        #expect(repaired("Акції купила [ORG Dnipro Holding B] . V . через посередника.", .latinLegalForm) == ["ORG Dnipro Holding B . V ."])
        #expect(repaired("Угоду підписала [ORG Kyiv Trading S . A] . Потім усе змінилося.", .latinLegalForm) == ["ORG Kyiv Trading S . A ."])
        // A name that does not end in a Latin initial, or a lone initial, is left alone.
        #expect(repaired("Угоду підписала [ORG Kyiv Trading] . Потім усе змінилося.", .latinLegalForm) == ["ORG Kyiv Trading"])
        #expect(repaired("Прийшов [ORG B] . V . сам.", .latinLegalForm) == ["ORG B"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func lawTitle() {
        let morphology = MorphologyFeatures.shared
        #expect(
            repaired("Відповідно до [MISC Закону України « Про охорону лісів] у межах міст » рішення скасували.", .lawTitle, morphology: morphology)
                == ["DOC Закону України « Про охорону лісів у межах міст »"])
        #expect(
            repaired("Підписано [MISC Указ Президента « Про відзнаки »] учора.", .lawTitle, morphology: morphology)
                == ["DOC Указ Президента « Про відзнаки »"])
        // A title that quotes another is taken in to its own closing mark.
        #expect(
            repaired("Ухвалено [MISC Закон « Про внесення змін до Закону « Про ліси »] щодо охорони » учора.", .lawTitle, morphology: morphology)
                == ["DOC Закон « Про внесення змін до Закону « Про ліси » щодо охорони »"])
        // Not a law without a quoted title, nor a title whose closing mark never comes.
        #expect(repaired("Ухвалили [MISC Закон] про ліси.", .lawTitle, morphology: morphology) == ["MISC Закон"])
        #expect(
            repaired("Згадали [MISC Закону « Про ліси] і так далі.", .lawTitle, morphology: morphology)
                == ["MISC Закону « Про ліси"])
    }

    @Test func latinPerson() {
        #expect(repaired("Президент [LOC США Joe Biden] прилетів.", .latinPerson) == ["LOC США", "PERS Joe Biden"])
        #expect(repaired("Зустрілися [ART Olaf Scholz] та [ORG Emmanuel Macron].", .latinPerson) == ["PERS Olaf Scholz", "PERS Emmanuel Macron"])
        #expect(repaired("Промову виголосила Ursula Leyen.", .latinPerson) == ["PERS Ursula Leyen"])
        // Not a first name, one word only, or the opening of a quotation: left alone.
        #expect(repaired("Офіс [ORG Google Cloud] відкрили.", .latinPerson) == ["ORG Google Cloud"])
        #expect(repaired("Приїхав [PERS Joe].", .latinPerson) == ["PERS Joe"])
        #expect(repaired("Фільм [ART « Jack Reacher »] вийшов.", .latinPerson) == ["ART « Jack Reacher »"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func sharedSurname() {
        let morphology = MorphologyFeatures.shared
        #expect(
            repaired("Прийшли [PERS Микола] та [PERS Лариса Онули].", .sharedSurname, morphology: morphology)
                == ["PERS Микола та Лариса Онули"])
        #expect(
            repaired("Подякували Денису і [PERS Володимиру Ященкам].", .sharedSurname, morphology: morphology)
                == ["PERS Денису і Володимиру Ященкам"])
        // A surname before the conjunction, or a title, is another person.
        #expect(
            repaired("Прийшли [PERS Абрезков] та [PERS Олег Стальчук].", .sharedSurname, morphology: morphology)
                == ["PERS Абрезков", "PERS Олег Стальчук"])
        #expect(
            repaired("Прийшли [JOB Міністр] і [PERS Олег Стальчук].", .sharedSurname, morphology: morphology)
                == ["JOB Міністр", "PERS Олег Стальчук"])
    }

    @Test func nameParticle() {
        #expect(
            repaired("Зустрілися [PERS Урсула] фон дер [PERS Ляєн] і [PERS Вісенте] дель Боске.", .nameParticle)
                == ["PERS Урсула фон дер Ляєн", "PERS Вісенте дель Боске"])
        #expect(repaired("Фон дер [PERS Ляєн] нагадала.", .nameParticle) == ["PERS Фон дер Ляєн"])
        // `Де` opening a sentence asks where; a particle before a lower-case word stays out.
        #expect(repaired("Де [PERS Кулеба] зупинився?", .nameParticle) == ["PERS Кулеба"])
        #expect(repaired("Прийшов [PERS Карл] фон нас.", .nameParticle) == ["PERS Карл"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func surnameBeforeName() {
        let morphology = MorphologyFeatures.shared
        #expect(
            repaired("Заяву подала Ковач [PERS Анна Василівна].", .surnameBeforeName, morphology: morphology)
                == ["PERS Ковач Анна Василівна"])
        #expect(
            repaired("Заяву подав [PERS Варібрус] [PERS Остап Андрійович].", .surnameBeforeName, morphology: morphology)
                == ["PERS Варібрус Остап Андрійович"])
        // A common word before the name, or a name without a patronymic, stays apart.
        #expect(
            repaired("Тішився [PERS Роман Олексійович] довго.", .surnameBeforeName, morphology: morphology)
                == ["PERS Роман Олексійович"])
        #expect(
            repaired("Заяву подала Ковач [PERS Анна Бондар].", .surnameBeforeName, morphology: morphology)
                == ["PERS Анна Бондар"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func wordAfterInitials() {
        let morphology = MorphologyFeatures.shared
        #expect(
            repaired("Позов подав [PERS Прасола А. Є. Зокрема] він просив.", .wordAfterInitials, morphology: morphology)
                == ["PERS Прасола А . Є ."])
        // After a name word a lone letter is the name's last part: the point ends the sentence.
        #expect(
            repaired("Переговори провів [PERS Ван І. Сторони] обговорили ситуацію.", .wordAfterInitials, morphology: morphology)
                == ["PERS Ван І"])
        // A name after the initials stays: `Т. Г. Шевченко`.
        #expect(
            repaired("Вірш написав [PERS Т. Г. Шевченко] давно.", .wordAfterInitials, morphology: morphology)
                == ["PERS Т . Г . Шевченко"])
        // Nor a surname the dictionary reads as an adjective, after opening initials.
        #expect(
            repaired("Статтю написала [PERS В. І. Критська] давно.", .wordAfterInitials, morphology: morphology)
                == ["PERS В . І . Критська"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func aQuotedStationInATextAboutTheMetroIsAPlace() {
        let morphology = MorphologyFeatures.shared
        #expect(
            repaired("Метрополітен закриє станцію « [ORG Університет] » і станції « [ORG Держпром] » і « [MISC Історичний музей] ».", .afterPlaceKind, morphology: morphology)
                == ["LOC Університет", "LOC Держпром", "LOC Історичний музей"])
        // Elsewhere a filling station's name is its company's.
        #expect(repaired("Заправилися на станції « [ORG ОККО] ».", .afterPlaceKind, morphology: morphology) == ["ORG ОККО"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func aNationalityIsNoPartOfAName() {
        let morphology = MorphologyFeatures.shared
        #expect(
            repaired("Вона перемогла в новозеландському [ORG Окленді американку] Джессіку.", .placeTail, morphology: morphology)
                == ["LOC Окленді"])
        // A company's lower-case word stays.
        #expect(repaired("Сайт [ORG Міністерства фінансів] впав.", .placeTail, morphology: morphology) == ["ORG Міністерства фінансів"])
        // A town after a place adjective, though it reads as a first name; not after `своєму`.
        #expect(
            repaired("Вона виграла в італійському [PERS Мілані], а в своєму [PERS Тарасі] певна.", .placeTail, morphology: morphology)
                == ["LOC Мілані", "PERS Тарасі"])
        // A budget is no organisation.
        #expect(
            repaired("Схвалили проєкт [ORG Державного бюджету] і [ORG Державного бюджету України].", .budgetName, morphology: morphology)
                == ["MISC Державного бюджету", "MISC Державного бюджету України"])
    }

    @Test func embassyName() {
        // The noun, the country and where it stands, read as places, are one organisation.
        #expect(
            repaired("Візит підготувало [LOC Посольство] [LOC Фінляндії] в [LOC Україні].", .embassyName)
                == ["ORG Посольство Фінляндії в Україні"])
        // The tagger's organisation takes in where it stands; `Генеральне` opens the name.
        #expect(
            repaired("Про це повідомило [ORG Генеральне консульство України] в [LOC Гамбурзі].", .embassyName)
                == ["ORG Генеральне консульство України в Гамбурзі"])
        #expect(repaired("Заяву зробило [LOC Консульство] [LOC Польщі] вчора.", .embassyName) == ["ORG Консульство Польщі"])
        // A lower-case embassy is no name; nor is one with no country after it.
        #expect(repaired("Він прийшов до посольства [LOC США] вчора.", .embassyName) == ["LOC США"])
        #expect(repaired("Біля будівлі [LOC Посольство] у [LOC Києві] стоїть черга.", .embassyName) == ["LOC Посольство", "LOC Києві"])
        // `Представництво` is a body only with where it stands: not a share of seats or a team.
        #expect(
            repaired("[LOC Представництво] [LOC Львівщини] на [MISC Олімпіаді] зросло.", .embassyName)
                == ["LOC Представництво", "LOC Львівщини", "MISC Олімпіаді"])
        #expect(
            repaired("Відкрилося [LOC Представництво] [LOC Польщі] в [LOC Одесі].", .embassyName) == ["ORG Представництво Польщі в Одесі"])
    }

    @Test func cityOfNationalBody() {
        #expect(
            repaired("Монети передадуть [ORG Національному музею історії України в Києві] навесні.", .cityOfNationalBody)
                == ["ORG Національному музею історії України", "LOC Києві"])
        #expect(
            repaired("Виставка в [ORG Державному музеї авіації України у Кривому Розі] триває.", .cityOfNationalBody)
                == ["ORG Державному музеї авіації України", "LOC Кривому Розі"])
        // A body that represents the country abroad is named with the place.
        #expect(repaired("Звернулися до [ORG Посольства України в Польщі] вчора.", .cityOfNationalBody) == ["ORG Посольства України в Польщі"])
        // Only after `України`.
        #expect(repaired("Прийшли до [ORG Ленінської райради в Донецьку] вчора.", .cityOfNationalBody) == ["ORG Ленінської райради в Донецьку"])
    }

    @Test func settlementName() {
        #expect(repaired("Дорогу відремонтували в с. Вербівка і смт Гостре.", .settlementName) == ["LOC Вербівка", "LOC Гостре"])
        // The abbreviation leaves the place; a person tag on the village becomes a place.
        #expect(repaired("Він живе у [LOC с. Ярки] давно.", .settlementName) == ["LOC Ярки"])
        #expect(repaired("Він живе у с. [PERS Ярки] давно.", .settlementName) == ["LOC Ярки"])
        // The abbreviation tagged alone, without the name after it.
        #expect(repaired("Він живе у [LOC с]. Ярки давно.", .settlementName) == ["LOC Ярки"])
        // An adjective takes the noun after it.
        #expect(repaired("Ділянка в с. Миронівська Гута продана.", .settlementName) == ["LOC Миронівська Гута"])
        // A place inside an organisation stays there; `м.` after a number is a metre.
        #expect(repaired("Написав до [ORG ГУ ДФС у м. Полтаві] вчора.", .settlementName) == ["ORG ГУ ДФС у м . Полтаві"])
        #expect(repaired("Площа склала 50 кв. м. Далі буде.", .settlementName).isEmpty)
        #expect(repaired("Відстань 100 м. Потім поворот.", .settlementName).isEmpty)
    }

    @Test func vehicleModel() {
        #expect(
            repaired("Він придбав [ORG Toyota Land Cruiser 150 Prado] торік.", .vehicleModel)
                == ["ART Toyota Land Cruiser 150 Prado"])
        #expect(repaired("Фірма поставить авто Skoda Superb 1,8 до травня.", .vehicleModel) == ["ART Skoda Superb 1,8"])
        #expect(repaired("На обліку ВАЗ 2107 і [ORG Volkswagen] Passat.", .vehicleModel) == ["ART ВАЗ 2107", "ART Volkswagen Passat"])
        // The year of make stays out; a make alone, or inside a longer name, is left alone.
        #expect(repaired("Має авто Toyota Hilux 2012 р.в. у власності.", .vehicleModel) == ["ART Toyota Hilux"])
        #expect(repaired("Акції [ORG BMW] зросли.", .vehicleModel) == ["ORG BMW"])
        #expect(repaired("Працює в [ORG Toyota Motor Europe] давно.", .vehicleModel) == ["ORG Toyota Motor Europe"])
    }

    @Test func placeList() {
        // A preposition may repeat inside the list.
        #expect(
            repaired("Мости відновлять у [LOC Коростені], [PERS Малині] та на [LOC вулиці Шевченка].", .placeList)
                == ["LOC Коростені", "LOC Малині", "LOC вулиці Шевченка"])
        #expect(
            repaired("Виступили [PERS Петро Малина] та у [LOC Києві].", .placeList) == ["PERS Петро Малина", "LOC Києві"])
        #expect(
            repaired("Ремонтують вулиці [LOC Садову], [PERS Леніна], [LOC Лісову], [PERS Б. Хмельницького] та [LOC Зелену].", .placeList)
                == ["LOC Садову", "LOC Леніна", "LOC Лісову", "LOC Б . Хмельницького", "LOC Зелену"])
        // After a street word in the plural, or a list that begins with a street, two are enough.
        #expect(
            repaired("На перехресті вулиць [LOC Садової] та [PERS Артема] сталася аварія, а потім біля [LOC Києва] та [PERS Артема].", .placeList)
                == ["LOC Садової", "LOC Артема", "LOC Києва", "PERS Артема"])
        #expect(
            repaired("Ремонтували [LOC вулиці Городоцьку], [PERS Коперника] та [PERS Б. Хмельницького].", .placeList)
                == ["LOC вулиці Городоцьку", "LOC Коперника", "LOC Б . Хмельницького"])
        // After the plural and a colon every name is a street, full names too, past a name
        // the tagger left out.
        #expect(
            repaired(
                "Ремонт вулиць: [PERS Івана Франка], [LOC Садова], б-р Шевченка, [PERS Ярослава Галана] та [LOC Лісова].",
                .placeList)
                == ["LOC Івана Франка", "LOC Садова", "LOC Ярослава Галана", "LOC Лісова"])
        // A full name stays a person; so do surnames in a list that is mostly people.
        #expect(
            repaired("Приїхали в [LOC Київ], [LOC Львів], [PERS Петро Шевченко] і [LOC Одеса].", .placeList)
                == ["LOC Київ", "LOC Львів", "PERS Петро Шевченко", "LOC Одеса"])
        #expect(
            repaired("Виступили [PERS Франко], [PERS Леся], [LOC Київ] і [PERS Коцюбинський].", .placeList)
                == ["PERS Франко", "PERS Леся", "LOC Київ", "PERS Коцюбинський"])
        // Half places is no majority; names in separate sentences are no list.
        #expect(
            repaired("Ремонтують [LOC Садову], [PERS Леніна], [PERS Франка] та [LOC Зелену].", .placeList)
                == ["LOC Садову", "PERS Леніна", "PERS Франка", "LOC Зелену"])
        #expect(repaired("[LOC Садова] і [LOC Зелена]. [PERS Леніна] теж.", .placeList) == ["LOC Садова", "LOC Зелена", "PERS Леніна"])
    }

    @Test func commonAbbreviation() {
        #expect(repaired("Фірма сплатила [ORG ПДВ] і відкрила [ORG АЗС] біля [LOC ТЕС].", .commonAbbreviation).isEmpty)
        // A name that contains one, or a person, stays.
        #expect(
            repaired("Договір уклали [ORG ТОВ «Сонях»] та [ORG ОСББ] із [PERS ПДВ].", .commonAbbreviation)
                == ["ORG ТОВ « Сонях »", "ORG ОСББ", "PERS ПДВ"])
    }

    @Test func weaponName() {
        #expect(
            repaired("Ворог застосував балістичні [ORG \"Іскандери\"] і дрони типу [ORG «Шахед»] та [MISC Storm Shadow].", .weaponName)
                == ["ART \" Іскандери \"", "ART « Шахед »", "ART Storm Shadow"])
        // An air-defence system in quotation marks.
        #expect(repaired("Літак збили з комплексу [ORG «Бук»].", .weaponName) == ["ART « Бук »"])
        // A person, or a name that only begins like a weapon, stays.
        #expect(
            repaired("Привітав [PERS Калібра], а [ORG Шахед Груп] мовчить.", .weaponName) == ["PERS Калібра", "ORG Шахед Груп"])
        // Missiles and aircraft by their designation.
        #expect(
            repaired("Ворог випустив крилаті ракети [ORG Х-101] та підняв [LOC Ту-95].", .weaponName) == ["ART Х-101", "ART Ту-95"])
    }

    @Test func abbreviationRemit() {
        #expect(
            repaired("Зустрівся з представником [ORG ЄС з питань санкцій] вчора.", .abbreviationRemit) == ["ORG ЄС"])
        // A branch in a place, and a name that only contains an abbreviation, stay whole.
        #expect(
            repaired("Заявили в [ORG СБУ у Волинській області] і [ORG Комітеті ВР з питань бюджету].", .abbreviationRemit)
                == ["ORG СБУ у Волинській області", "ORG Комітеті ВР з питань бюджету"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func surnameOfPerson() {
        let morphology = MorphologyFeatures.shared
        #expect(
            repaired(
                "Прийшов [PERS Кость Чиж-Вишенський]. Згадали і [LOC Чиж-Вишенського], і [LOC Женеву].", .surnameOfPerson,
                morphology: morphology)
                == ["PERS Кость Чиж-Вишенський", "PERS Чиж-Вишенського", "LOC Женеву"])
        // A place the gazetteer knows stays a place, though a person bears its name (as
        // `Хмельницький` does in the bundled gazetteer; this suite's own knows `Женева`).
        #expect(
            repaired("Співала [PERS Анна Женева]. Ми були в [LOC Женеві].", .surnameOfPerson, morphology: morphology)
                == ["PERS Анна Женева", "LOC Женеві"])
        // A first name alone that one full name begins with.
        #expect(
            repaired("Викликали [PERS Назара Гончаренка]. «Назар заслужив шанс», – сказав тренер.", .surnameOfPerson, morphology: morphology)
                == ["PERS Назара Гончаренка", "PERS Назар"])
        // Not when two people share it, nor a word that is no first name.
        #expect(
            repaired("Прийшли [PERS Назар Гончаренко] і [PERS Назар Коваль]. Назар заслужив.", .surnameOfPerson, morphology: morphology)
                == ["PERS Назар Гончаренко", "PERS Назар Коваль"])
        #expect(
            repaired("Приїхав [PERS Роман Гончаренко]. Роман вийшов друком.", .surnameOfPerson, morphology: morphology)
                == ["PERS Роман Гончаренко"])
    }

    @Test func aSurnameAloneWithItsVowelBack() {
        #expect(
            repaired("Звільнили [PERS Ігоря Табурця]. Табурець очолював область, а Горобець ні.", .surnameOfPerson)
                == ["PERS Ігоря Табурця", "PERS Табурець"])
        // Not a capitalised word before another (the start of a name of its own).
        #expect(
            repaired("Звільнили [PERS Ігоря Табурця]. Табурець Олег прийшов.", .surnameOfPerson) == ["PERS Ігоря Табурця"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func aHospitalNamedByAnAdjective() {
        #expect(
            repaired("У [LOC Першому] медичному об'єднанні [LOC Львова] пересадили серце.", .headNoun, morphology: MorphologyFeatures.shared)
                == ["ORG Першому медичному об'єднанні Львова"])
        // Not a place before a noun of another kind.
        #expect(
            repaired("На [LOC Київському] морі штормить.", .headNoun, morphology: MorphologyFeatures.shared) == ["LOC Київському"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func landmarkNoun() {
        let morphology = MorphologyFeatures.shared
        #expect(
            repaired(
                "Пішли [PERS Волинським] шляхом до [LOC Нижнього] замку, а [ORG Гостинний двір] закрили.", .landmarkNoun,
                morphology: morphology)
                == ["LOC Волинським шляхом", "LOC Нижнього замку", "LOC Гостинний двір"])
        #expect(repaired("Над містом стоїть [PERS Гербуртова] твердиня.", .landmarkNoun, morphology: morphology) == ["LOC Гербуртова твердиня"])
        #expect(repaired("Квіти поклали біля [LOC Бранденбурзьких] воріт.", .landmarkNoun, morphology: morphology) == ["LOC Бранденбурзьких воріт"])
        // A bridge read as `MISC` is a place (`міст`, whose lemma may read as `місто`); a `MISC` without such a noun stays.
        #expect(
            repaired("Він розвантажить [MISC Північний міст] і [MISC Зелений тариф].", .landmarkNoun, morphology: morphology)
                == ["LOC Північний міст", "MISC Зелений тариф"])
        // Not a name in quotation marks or after a kind of work.
        #expect(
            repaired("Тривала операція « [MISC Північний міст] » і фонд [MISC Кримський міст].", .landmarkNoun, morphology: morphology)
                == ["MISC Північний міст", "MISC Кримський міст"])
        // A church with its dedication, whose saints the tagger read as persons.
        #expect(
            repaired("Панахида була в [PERS Гарнізонному] храмі святих апостолів [PERS Петра] і [PERS Павла].", .landmarkNoun, morphology: morphology)
                == ["LOC Гарнізонному храмі святих апостолів Петра і Павла"])
        // The dictionary reads `Гостинного` as a surname first; its ending tells the adjective.
        #expect(
            repaired("Будівлю [ORG Гостинного двору] продали.", .landmarkNoun, morphology: morphology) == ["LOC Гостинного двору"])
        // A place that runs on past `у`/`в` into another is two.
        #expect(
            repaired("Землю на [ORG Столичному шосе у Голосіївському районі] віддали.", .landmarkNoun, morphology: morphology)
                == ["LOC Столичному шосе", "LOC Голосіївському районі"])
        // An adjective tagged alone before a one-word place joins it, not before a region.
        #expect(
            repaired("Біля [LOC Софіївська] [LOC Борщагівка] і [LOC Вишневе] [LOC Київської області].", .landmarkNoun, morphology: morphology)
                == ["LOC Софіївська Борщагівка", "LOC Вишневе", "LOC Київської області"])
        // Untagged inside a sentence, but not at its start.
        #expect(
            repaired("Археологи знайшли Турову божницю. Старий замок стоїть.", .landmarkNoun, morphology: morphology)
                == ["LOC Турову божницю"])
        // An area is not a square, and an organisation with an adjective alone stays.
        #expect(
            repaired("Ділянку в [LOC Луганську] площею 2 га продала [ORG Київська] компанія.", .landmarkNoun, morphology: morphology)
                == ["LOC Луганську", "ORG Київська"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func afterPlaceKind() {
        #expect(
            repaired(
                "Дамбу біля села [PERS Мала Костромка] і гора [ORG Говерла] оглянув [PERS Петро Мала] з авіабази [ORG Рамштайн].",
                .afterPlaceKind, morphology: MorphologyFeatures.shared)
                == ["LOC Мала Костромка", "LOC Говерла", "PERS Петро Мала", "LOC Рамштайн"])
        // A cape, and a base.
        #expect(
            repaired("Ракета стартувала з мису [PERS Канаверал].", .afterPlaceKind, morphology: MorphologyFeatures.shared) == ["LOC Канаверал"])
        #expect(
            repaired("Ракета стартувала з бази [PERS Ванденберг].", .afterPlaceKind, morphology: MorphologyFeatures.shared) == ["LOC Ванденберг"])
        // A border crossing point's quoted name.
        #expect(
            repaired("Фермери розблокували пункт пропуску «[ORG Ягодин]».", .afterPlaceKind, morphology: MorphologyFeatures.shared)
                == ["LOC Ягодин"])
        // `гори`, whose first reading is the imperative of `горіти`.
        #expect(
            repaired("На схилі гори [PERS Піп Іван Чорногірський] зійшла лавина.", .afterPlaceKind, morphology: MorphologyFeatures.shared)
                == ["LOC Піп Іван Чорногірський"])
        // A quoted name after a protected area or a metro station, not after a company.
        #expect(
            repaired(
                "Межі заказника «[ORG Острів Чайок]» біля метро [ART «Лісова»] змінила фірма «[ORG Лісова]».", .afterPlaceKind,
                morphology: MorphologyFeatures.shared)
                == ["LOC Острів Чайок", "LOC « Лісова »", "ORG Лісова"])
        // A place or person in quotes after a word for a company is an organisation.
        #expect(
            repaired("Ділянку орендує фірма «[LOC Київ]», а [LOC Київ] мовчить; жили в готелі «[PERS Оксана]».", .afterPlaceKind,
                morphology: MorphologyFeatures.shared)
                == ["ORG Київ", "LOC Київ", "ORG Оксана"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func holidayAndBuildingNames() {
        let morphology = MorphologyFeatures.shared
        #expect(
            repaired("На [LOC День Києва] вийшли, а [ART День народження] показали.", .holidayName, morphology: morphology)
                == ["MISC День Києва", "ART День народження"])
        #expect(
            repaired("Мітинг біля [LOC Будинку] профспілок і [ORG Будинку] Вчених.", .buildingName, morphology: morphology)
                == ["LOC Будинку профспілок", "ORG Будинку"])
        #expect(repaired("Будують [ORG ЖК «Липовий гай»].", .buildingName, morphology: morphology) == ["LOC ЖК « Липовий гай »"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func prizeName() {
        let morphology = MorphologyFeatures.shared
        #expect(
            repaired("Роман здобув [ORG Премію Європейського Союзу] з літератури, а [ORG Фонд Премії] мовчить.", .prizeName, morphology: morphology)
                == ["MISC Премію Європейського Союзу", "ORG Фонд Премії"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func neuterSubject() {
        let morphology = MorphologyFeatures.shared
        // `Журі` is also the dative of the surname `Жура`; a jury is no person.
        #expect(repaired("Роман вийшов торік. [PERS Журі] відзначило його мову.", .neuterSubject, morphology: morphology).isEmpty)
        // A name in the dative before an impersonal verb, and a person before a verb of
        // another gender, stay.
        #expect(
            repaired("[PERS Антону] стало краще, а [PERS Жура] відзначила це.", .neuterSubject, morphology: morphology)
                == ["PERS Антону", "PERS Жура"])
    }

    @Test func accordingToTitle() {
        let gazetteer = try! Gazetteer(source: "@type JOB\nпрем'єр\nміністр\n")
        func repaired(_ marked: String) -> [String] { self.repaired(marked, .accordingToTitle, gazetteer: gazetteer) }
        #expect(repaired("За словами прем'єра, гроші надійдуть.") == ["JOB прем'єра"])
        // Not elsewhere, and not the first word of a longer title.
        #expect(repaired("Прийшов прем'єр і сказав.").isEmpty)
        #expect(repaired("За словами міністра фінансів, гроші надійдуть.").isEmpty)
    }

    @Test func districtOfRegion() {
        #expect(
            repaired("Село [LOC Іллінка Мар'їнського району Донецької області] і [LOC Бучанський район].", .districtOfRegion)
                == ["LOC Іллінка Мар'їнського району", "LOC Донецької області", "LOC Бучанський район"])
        #expect(
            repaired("У селищі [LOC Петриківка в Дніпропетровській області] гарно.", .districtOfRegion)
                == ["LOC Петриківка", "LOC Дніпропетровській області"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func numberedItem() {
        #expect(
            repaired("[LOC Ролик № 2] показали. [LOC Будинок № 14] знесли.", .numberedItem, morphology: MorphologyFeatures.shared)
                == ["LOC Будинок № 14"])
    }

    @Test func eventName() {
        #expect(
            repaired("На [LOC Великдень] і після [LOC Сповіді] прийшов [PERS Великдан], а [ORG Голокосту] присвятили виставку.", .eventName)
                == ["MISC Великдень", "MISC Сповіді", "PERS Великдан", "MISC Голокосту"])
        // A tournament read as a place, in either stem.
        #expect(repaired("Етап [LOC Кубка] світу пройде там, а [LOC Кубок] світу завершиться.", .eventName) == ["MISC Кубка світу", "MISC Кубок світу"])
        #expect(repaired("Далі [ORG Відкритий чемпіонат Австралії] в Мельбурні.", .eventName) == ["MISC Відкритий чемпіонат Австралії"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func placeTail() {
        #expect(
            repaired(
                "На [LOC Хрещатику люд], до [LOC Лонського або] в [LOC Південному мікрорайоні] і [LOC Гостинному дворі].",
                .placeTail, morphology: MorphologyFeatures.shared)
                == ["LOC Хрещатику", "LOC Лонського", "LOC Південному мікрорайоні", "LOC Гостинному дворі"])
        // A dateline's place ends before its date; an address keeps its number.
        #expect(
            repaired("[LOC Полтава, 3 березня] ( [ORG Укрінформ] ). Новини з [LOC вулиці Соборній, 12 корпус 3].", .placeTail)
                == ["LOC Полтава", "ORG Укрінформ", "LOC вулиці Соборній , 12 корпус 3"])
    }

    @Test func workTitle() {
        // A title read whole as a name is dropped; a programme's only as a person or place.
        #expect(
            repaired("Вийшов фільм « [ORG Тиха вода] » і застосунок « [ORG Баланс] ».", .workTitle) == [])
        // A satellite's name is no body.
        #expect(repaired("На орбіту вивели супутник « [ORG Полтава-1] ».", .workTitle) == [])
        #expect(repaired("Стартував проєкт « [ORG Чиста ріка] » і програма « [PERS Мирослава] ».", .workTitle) == ["ORG Чиста ріка"])
        // A place inside a longer title stays; a quoted company is no work.
        #expect(
            repaired("Показали стрічку « Зима у [LOC Харкові] » від компанії « [ORG Кінолев] ».", .workTitle)
                == ["LOC Харкові", "ORG Кінолев"])
        // A festival's quoted name is an event's.
        #expect(repaired("Тривав фестиваль « [ORG Червене вино] ».", .workTitle) == ["MISC Червене вино"])
        #expect(repaired("Переміг на конкурсі « [ORG Пісня року] ».", .workTitle) == ["MISC Пісня року"])
        // A band's is an organisation's; a song's is still a work's.
        #expect(
            repaired("Переміг гурт « [ART Сині гори] » з піснею « [LOC Додому] ».", .workTitle) == ["ORG Сині гори"])
    }

    @Test func militaryUnit() {
        #expect(
            repaired("Затримали командира військової частини [MISC А4125] і [ORG військову частину 3078].", .militaryUnit)
                == ["ORG військової частини А4125", "ORG військову частину 3078"])
        // A number that counts the words after it is no code.
        #expect(repaired("Волонтери передали військовій частині 25 пікапів.", .militaryUnit) == [])
        // Inside a longer name it stays; with no code it is no name.
        #expect(
            repaired("Прийшли з [ORG загону військової частини Т0200] до військової частини.", .militaryUnit)
                == ["ORG загону військової частини Т0200"])
    }

    @Test func coordinatedPlace() {
        #expect(repaired("Виставку покажуть у [LOC Ліоні] та [PERS Марселі].", .coordinatedPlace) == ["LOC Ліоні", "LOC Марселі"])
        // Not a full name, nor a word in another case; a capitalised preposition counts.
        #expect(
            repaired("Гостей приймали у [LOC Львові] та [PERS Марселі] Дюпона.", .coordinatedPlace) == ["LOC Львові", "PERS Марселі"])
        #expect(repaired("У [LOC Ліоні] та [PERS Марселі] тепло.", .coordinatedPlace) == ["LOC Ліоні", "LOC Марселі"])
        #expect(repaired("Зустрілися у [LOC Римі] й [PERS Марко].", .coordinatedPlace) == ["LOC Римі", "PERS Марко"])
    }

    @Test func knownPlace() {
        #expect(
            repaired("Керівники [ORG ДНР] втекли з Хрещатика, а [ORG Кремлем] опікується [PERS Хрещатиков].", .knownPlace)
                == ["LOC ДНР", "LOC Хрещатика", "LOC Кремлем", "PERS Хрещатиков"])
        // A name of several words, with its lower-case noun, that the tagger left out; not in
        // lower case.
        #expect(repaired("Гуляли Софійською площею, а хрещатик ні.", .knownPlace) == ["LOC Софійською площею"])
        // A capital abroad whose article and hyphen the tagger read as a body's name.
        #expect(repaired("Поєдинок у [ORG Ер-Ріяді] тривав годину.", .knownPlace) == ["LOC Ер-Ріяді"])
        #expect(repaired("Порти [ORG Великої Одеси] працюють.", .knownPlace) == ["LOC Великої Одеси"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func genericAdjective() {
        let morphology = MorphologyFeatures.shared
        #expect(
            repaired("Срібло на [LOC Всесвітній] шаховій олімпіаді, гроші від [ORG Міжнародний] благодійний фонд.", .genericAdjective,
                morphology: morphology) == ["MISC Всесвітній шаховій олімпіаді", "ORG Міжнародний благодійний фонд"])
        // With no noun of an event or a body after it, the adjective alone is no name.
        #expect(
            repaired("Створили [ORG Європейського фонду] флагманських інвестицій, а [ORG Пенсійного фонду] працівники мовчать.",
                .bodyComplement, morphology: morphology) == ["ORG Європейського фонду флагманських інвестицій", "ORG Пенсійного фонду"])
        // Not an object of what follows.
        #expect(
            repaired("Експерти [ORG Міжнародного валютного фонду] нових прогнозів не дали.", .bodyComplement, morphology: morphology)
                == ["ORG Міжнародного валютного фонду"])
        #expect(repaired("Це [PERS Світовим] деревом звали.", .genericAdjective, morphology: morphology) == [])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func commonNounOpening() {
        let morphology = MorphologyFeatures.shared
        #expect(repaired("[PERS Зловмисниці] повідомили про підозру.", .commonNounOpening, morphology: morphology).isEmpty)
        // A word that may be a surname too, with no verb after it and no full name like it.
        #expect(repaired("[PERS Грант] у 20 тисяч євро отримала лабораторія.", .commonNounOpening, morphology: morphology).isEmpty)
        #expect(
            repaired("Звільнили [PERS Ігоря Табурця]. [PERS Табурець] , як відомо, пішов.", .commonNounOpening, morphology: morphology)
                == ["PERS Ігоря Табурця", "PERS Табурець"])
        // A surname, a first name, and a word the document names as a person inside a sentence stay.
        #expect(
            repaired("[PERS Коваль] прийшов. [PERS Оксана] теж.", .commonNounOpening, morphology: morphology) == ["PERS Коваль", "PERS Оксана"])
        #expect(
            repaired("[PERS Зловмисниця] прийшла. Про це сказала [PERS Зловмисниця].", .commonNounOpening, morphology: morphology)
                == ["PERS Зловмисниця", "PERS Зловмисниця"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func aStateBodyOfUkraineTheTaggerLeftOut() {
        let morphology = MorphologyFeatures.shared
        #expect(
            repaired("Попередила Адміністрація морських портів [LOC України].", .countryRemit, morphology: morphology)
                == ["ORG Адміністрація морських портів України"])
        // A federation or association of a sport or trade is such a body too.
        #expect(
            repaired("Премію оголосила Федерація плавання [LOC України] вчора.", .countryRemit, morphology: morphology)
                == ["ORG Федерація плавання України"])
        #expect(
            repaired("Заяву зробила Асоціація правників [LOC України] вчора.", .countryRemit, morphology: morphology)
                == ["ORG Асоціація правників України"])
        // `Спілкування` begins like `спілка` but is talk.
        #expect(
            repaired("Стане простішим Спілкування громадян [LOC України] з чиновниками.", .countryRemit, morphology: morphology)
                == ["LOC України"])
        // Not a place after a common noun or a person.
        #expect(repaired("Жителі південних областей [LOC України] прийшли.", .countryRemit, morphology: morphology) == ["LOC України"])
    }

    @Test func aNameNeverEndsInAConjunction() {
        #expect(
            repaired("Атакували сайти [ORG Міністерства юстиції та] Міністерства освіти.", .foreignText) == ["ORG Міністерства юстиції"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func countryRemit() {
        let morphology = MorphologyFeatures.shared
        #expect(
            repaired("Повідомили в [ORG Державному агентстві України] з управління зоною відчуження.", .countryRemit, morphology: morphology)
                == ["ORG Державному агентстві України з управління зоною відчуження"])
        // After an international body's acronym too.
        #expect(
            repaired("Доповідь передали [ORG Раді ООН] з прав людини.", .countryRemit, morphology: morphology)
                == ["ORG Раді ООН з прав людини"])
        // Not company kept (`з` + the instrumental), not a circumstance, and not a body that
        // carries no remit.
        #expect(
            repaired("Працює [ORG Міністерство культури України] з місцевими органами влади.", .countryRemit, morphology: morphology)
                == ["ORG Міністерство культури України"])
        #expect(
            repaired("У [ORG Міністерстві України] з цієї нагоди зібралися, а [ORG Верховний суд України] з питань не радив.", .countryRemit,
                morphology: morphology) == ["ORG Міністерстві України", "ORG Верховний суд України"])
    }

    @Test func latinBodyName() {
        #expect(
            repaired("Раунд очолив фонд Horizon Ventures, а дані дала асоціація [MISC IT Ukraine] і [PERS Joe] Smith.", .latinBodyName)
                == ["ORG Horizon Ventures", "ORG IT Ukraine", "PERS Joe"])
        // The kind word and an adjective before it read into the name are left out of it.
        #expect(repaired("Гроші отримала [ORG Львівська компанія Lumina AI] з Києва.", .latinBodyName) == ["ORG Lumina AI"])
        // So is a hyphenated kind word, but not one after a capitalised word, which is a name.
        #expect(repaired("Офіс відкрила [ORG Львівська IT-компанія Lumina AI].", .latinBodyName) == ["ORG Lumina AI"])
        #expect(repaired("Клієнти [ORG Райффайзен-банк Aval] скаржилися.", .latinBodyName) == ["ORG Райффайзен-банк Aval"])
        #expect(repaired("Тарифи змінила компанія-оператор Lifecell.", .latinBodyName) == ["ORG Lifecell"])
        // Not an official name of its own before the kind word.
        #expect(repaired("[ORG Міжнародний валютний фонд IMF] схвалив транш.", .latinBodyName) == ["ORG Міжнародний валютний фонд IMF"])
        // Not a name that goes on after the Latin words.
        #expect(repaired("Гроші отримала [ORG компанія Lumina AI Україна] з Києва.", .latinBodyName) == ["ORG компанія Lumina AI Україна"])
    }

    @Test func weekdayName() {
        #expect(repaired("Про це повідомили у [LOC вівторок], 4 лютого, а в [ORG п’ятницю] – знову.", .weekdayName) == [])
        // A name with more words stays, and so does a capitalised one (a newspaper, a character).
        #expect(repaired("Це сталося у [LOC Чистий четвер].", .weekdayName) == ["LOC Чистий четвер"])
        #expect(repaired("Про це написала [ORG Субота], а [PERS П’ятниця] мовчав.", .weekdayName) == ["ORG Субота", "PERS П’ятниця"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary: run `litopys setup`"))
    func coordinatedRemit() {
        func repaired(_ marked: String) -> [String] { self.repaired(marked, .coordinatedRemit, morphology: MorphologyFeatures.shared) }
        // A remit of two or more genitive nouns joined by `і`/`та` (and commas) is the body's own.
        #expect(repaired("Лист надіслали до [ORG Міністерства освіти] і науки вчора.") == ["ORG Міністерства освіти і науки"])
        #expect(repaired("Нараду провело [ORG Управління культури] та туристичної політики.")
            == ["ORG Управління культури та туристичної політики"])
        #expect(repaired("Відповідь дало [ORG Міністерство культури], спорту і туризму.") == ["ORG Міністерство культури , спорту і туризму"])
        // An acronym the tagger read alone ends the list.
        #expect(repaired("Запит пішов до [ORG Міністерства енергетики] та [ORG ЖКГ] минулого тижня.") == ["ORG Міністерства енергетики та ЖКГ"])
        // Not after the body noun itself (`ради` + `і договору`), not a pronoun, not people.
        #expect(repaired("Рішення [ORG Житомирської обласної ради] і договору не знайшли.") == ["ORG Житомирської обласної ради"])
        #expect(repaired("Працює [ORG Фонд розвитку] та її команда.") == ["ORG Фонд розвитку"])
        #expect(repaired("Працівники [ORG Міністерства оборони] та волонтерів отримали нагороди.")
            == ["ORG Міністерства оборони"])
        // Nor another body, money, or a preposition that the dictionary also reads as a noun.
        #expect(repaired("Делегація [ORG Міністерства закордонних справ] та консульства прибула.")
            == ["ORG Міністерства закордонних справ"])
        #expect(repaired("Від [ORG Міністерства фінансів] і коштів громади залежить ремонт.") == ["ORG Міністерства фінансів"])
        #expect(repaired("Лист до [ORG Міністерства оборони] та до [ORG Генштабу] надіслали.")
            == ["ORG Міністерства оборони", "ORG Генштабу"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary: run `litopys setup`"))
    func parentBody() {
        func repaired(_ marked: String) -> [String] { self.repaired(marked, .parentBody, morphology: MorphologyFeatures.shared) }
        // A unit that ends with its lower-case remit, then the genitive body it belongs to: one name.
        #expect(repaired("Заяву оприлюднив [ORG Департамент освіти] [ORG Полтавської міської ради] вранці.")
            == ["ORG Департамент освіти Полтавської міської ради"])
        // Not after where the unit stands, not before a nominative body.
        #expect(repaired("Справу вело [ORG Управління поліції в Сумській області] [ORG Нацполіції] торік.")
            == ["ORG Управління поліції в Сумській області", "ORG Нацполіції"])
        #expect(repaired("Вчора [ORG Департамент освіти] [ORG Кабмін] не згадав.") == ["ORG Департамент освіти", "ORG Кабмін"])
        // Nor a body no unit belongs to by name.
        #expect(repaired("Рішення [ORG Міністерства юстиції] [ORG Верховного Суду] не стосується.")
            == ["ORG Міністерства юстиції", "ORG Верховного Суду"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary: run `litopys setup`"))
    func adjacentPersons() {
        func repaired(_ marked: String) -> [String] { self.repaired(marked, .adjacentPersons, morphology: MorphologyFeatures.shared) }
        // His genitive, then her nominative: two persons.
        #expect(repaired("Серед гостей вечора родина [PERS Дмитра Левицького Лідія Левицька] виступила першою.")
            == ["PERS Дмитра Левицького", "PERS Лідія Левицька"])
        #expect(repaired("Документ підписали [PERS Петренка Людмила Біцюк] та інші.") == ["PERS Петренка", "PERS Людмила Біцюк"])
        // One person in any order of name words, and a double first name, stay whole.
        #expect(repaired("Звернулася [PERS Петренко Марія Іванівна].") == ["PERS Петренко Марія Іванівна"])
        #expect(repaired("Нагороду отримав [PERS Шевченка Тараса Григоровича].") == ["PERS Шевченка Тараса Григоровича"])
        #expect(repaired("Виступила [PERS Анна Марія Коваль].") == ["PERS Анна Марія Коваль"])
        // A patronymic after the first name: one person, whatever the surname reads as.
        #expect(repaired("Протокол склав [PERS Шабля Микита Іванович].") == ["PERS Шабля Микита Іванович"])
        #expect(repaired("Скаргу [PERS Борщ Олени Іванівни] розглянули.") == ["PERS Борщ Олени Іванівни"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func titleReadAsBody() throws {
        let gazetteer = try Gazetteer(source: "@type JOB\nміський голова\nпрезидент\nгенеральний прокурор\n")
        func repaired(_ marked: String, gazetteer: Gazetteer? = gazetteer) -> [String] {
            self.repaired(marked, .titleReadAsBody, morphology: MorphologyFeatures.shared, gazetteer: gazetteer)
        }
        #expect(repaired("[ORG Харківський міський голова] Ігор Терехов пообіцяв допомогу.") == ["JOB Харківський міський голова"])
        // Not a body whose name ends in a capitalised word, nor one that does not end in a title.
        #expect(repaired("[ORG Рада міського голови Харкова] зібралася.") == ["ORG Рада міського голови Харкова"])
        #expect(repaired("[ORG Харківська міська рада] зібралася.") == ["ORG Харківська міська рада"])
        // Nor one that ends in a one-word title (`президента`), nor the body of a title-holder.
        #expect(repaired("[ORG Секретаріату президента] доповіли.") == ["ORG Секретаріату президента"])
        #expect(repaired("Засідання [ORG Колегії генерального прокурора] відбулося.") == ["ORG Колегії генерального прокурора"])
        // A capitalised title with its remit or its country is a title.
        #expect(repaired("Нагороди вручив [ORG Міністр охорони здоров'я] учора.") == ["JOB Міністр охорони здоров'я"])
        #expect(repaired("Лист надіслали [ORG Президенту Молдови] вчора.", gazetteer: nil) == ["JOB Президенту Молдови"])
        // Not the body it heads, a company named with a title word, or a title with a name.
        #expect(repaired("[ORG Міністерство охорони здоров'я] повідомило.") == ["ORG Міністерство охорони здоров'я"])
        #expect(repaired("Договір уклала [ORG Директор Груп] учора.") == ["ORG Директор Груп"])
    }

    @Test func countryBeforeAName() {
        #expect(
            repaired("Він зустрівся з [JOB міністром оборони] [PERS Фінляндії Антті Хяккяненом].", .knownPlace)
                == ["JOB міністром оборони", "LOC Фінляндії", "PERS Антті Хяккяненом"])
        #expect(repaired("Делегація [PERS Фінляндії Антті Хяккянена] прибула.", .knownPlace) == ["LOC Фінляндії", "PERS Антті Хяккянена"])
        // Not a person of two words.
        #expect(repaired("Прибула [PERS Фінляндії Хяккяненом].", .knownPlace) == ["PERS Фінляндії Хяккяненом"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func clubsAndBodiesAreOrganisations() {
        #expect(repaired("Львівські «[LOC Карпати]» продали гравця.", .companyName) == ["ORG Карпати"])
        #expect(
            repaired(
                "Він грав в [LOC Українській Прем'єр-лізі], а вирок оскаржить в [LOC Апеляційній палаті].", .companyName,
                morphology: MorphologyFeatures.shared)
                == ["ORG Українській Прем'єр-лізі", "ORG Апеляційній палаті"])
        // Not a quoted one-word name, nor a quoted name after a common noun.
        #expect(repaired("Відкрили станцію «[LOC Університет]» і ще одну «[LOC Карпати]».", .companyName) == ["LOC Університет", "LOC Карпати"])
    }

    @Test func duration() {
        #expect(
            repaired("Ремонт тривав кілька днів, а виплату зробили за 10 робочих днів після [DATE 1991 року].", .duration)
                == ["PERIOD кілька днів", "PERIOD 10 робочих днів", "DATE 1991 року"])
        // A year and a date before `тому` are no periods; two units are one.
        #expect(repaired("Це сталося 2 дні тому, у 1991 році, за 5 років 3 місяці.", .duration) == ["PERIOD 5 років 3 місяці"])
    }

    @Test func parentAcronym() {
        #expect(repaired("Про це повідомили [ORG Повітряні сили] [ORG ЗСУ].", .parentAcronym) == ["ORG Повітряні сили ЗСУ"])
        // Not across a word, and not before a place.
        #expect(
            repaired("Це заява [ORG Повітряних сил] та [ORG ЗСУ] і [ORG МЗС] [LOC України].", .parentAcronym)
                == ["ORG Повітряних сил", "ORG ЗСУ", "ORG МЗС", "LOC України"])
    }

    @Test func initialsPerson() {
        #expect(repaired("Навесні 1655 р. [LOC Б. Хмельницький] рушив на захід.", .initialsPerson) == ["PERS Б . Хмельницький"])
        // After a street word or abbreviation it is a street.
        #expect(
            repaired("Живе на вул. [LOC Б. Хмельницького] і вулиці [LOC М. Грушевського].", .initialsPerson)
                == ["LOC Б . Хмельницького", "LOC М . Грушевського"])
    }

    @Test func headOfState() {
        #expect(repaired("Того ж дня глава держави призначив її, а [ORG Главою держави] ні.", .headOfState) == ["JOB глава держави", "ORG Главою держави"])
    }

    @Test func namedAfter() {
        #expect(
            repaired("Працює в [ORG Інституті зоології ім.] Шмальгаузена давно.", .namedAfter)
                == ["ORG Інституті зоології ім . Шмальгаузена"])
        #expect(
            repaired("Працює в [ORG Інституті мовознавства] імені [PERS О. О. Потебні] давно.", .namedAfter)
                == ["ORG Інституті мовознавства імені О . О . Потебні"])
        #expect(repaired("Працює в [ORG Інституті зоології] і в лабораторії.", .namedAfter) == ["ORG Інституті зоології"])
        // After initials the surname ends the name; a person tagged on with it keeps her own.
        #expect(
            repaired("Біохімікиня [ORG Харківського університету імені] [PERS В. Н. Каразіна Олена Мирошниченко] стала лауреаткою.", .namedAfter)
                == ["ORG Харківського університету імені В . Н . Каразіна", "PERS Олена Мирошниченко"])
        #expect(
            repaired("Наталія Атамась , співробітник [ORG Інституту зоології ім .] [ORG Шмальгаузена] . - На Київщині є.", .namedAfter)
                == ["ORG Інституту зоології ім . Шмальгаузена"])
        #expect(
            repaired("Доцентка [ORG К-ПНУ ім.] Івана Огієнка [PERS Інна Березіна] сказала.", .namedAfter)
                == ["ORG К-ПНУ ім . Івана Огієнка", "PERS Інна Березіна"])
    }

    @Test(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
    func headNoun() {
        let morphology = MorphologyFeatures.shared
        #expect(
            repaired("Дитину доправили до [ORG Хмельницької обласної дитячої] лікарні вчора.", .headNoun, morphology: morphology)
                == ["ORG Хмельницької обласної дитячої лікарні"])
        // A span that ends in a noun, or an adjective before a verb, stays.
        #expect(
            repaired("Рішення ухвалила [ORG Обласна рада] вчора.", .headNoun, morphology: morphology) == ["ORG Обласна рада"])
        #expect(
            repaired("Рішення [ORG Обласної ради київської] ухвалили вчора.", .headNoun, morphology: morphology)
                == ["ORG Обласної ради київської"])
    }
}
