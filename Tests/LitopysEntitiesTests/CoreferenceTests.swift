import LitopysMorph
import LitopysText
import Testing

@testable import LitopysEntities

/// Grouping of mentions, on self-written texts whose spans are given by markup, so that the
/// rules are tested apart from the tagger.
@Suite(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
struct CoreferenceTests {
    func layer(_ marked: String) throws -> EntityLayer {
        let markup = Markup(marked)
        let document = markup.document
        let recognizer = try EntityRecognizer()
        let input = recognizer.taggingInput(document)
        return recognizer.layer(document, input: input, labels: markup.labels(for: input))
    }

    @Test func surnameJoinsTheFullName() throws {
        let layer = try layer(
            "Учора [PERS Єнса Столтенберга] привітали в [LOC Осло]. [PERS Столтенберг] подякував за зустріч.")
        let person = try #require(layer.entity(named: "Єнс Столтенберг", type: .person))
        #expect(layer.mentions(of: person).map(\.text) == ["Єнса Столтенберга", "Столтенберг"])
        #expect(layer.entities.filter { $0.type == .person }.count == 1)
    }

    @Test func aSurnameThatIsAlsoAFirstNameJoinsTheFullName() throws {
        // Alone, `Кароль` reads as the man's first name; here it is her surname.
        let layer = try layer("Співачка [PERS Тіна Кароль] дала концерт. Потім [PERS Кароль] виконала нові пісні.")
        let person = try #require(layer.entity(named: "Тіна Кароль", type: .person))
        #expect(layer.mentions(of: person).map(\.text) == ["Тіна Кароль", "Кароль"])
        // A surname that is no first name still keeps to gender: she is not him.
        let two = try self.layer("[PERS Петро Шевченко] виступив. Потім [PERS Шевченко] наголосила, що не згодна.")
        #expect(two.entities.filter { $0.type == .person }.count == 2)
    }

    @Test func fullNamesInOtherCasesJoin() throws {
        // The crude stems of `Мусєєв` and `Мусєєва` differ; the nominative names do not.
        let layer = try layer("[PERS Максим Мусєєв] прийшов. Згодом [PERS Максима Мусєєва] звільнили, а [PERS Максиму Мусєєву] дякували.")
        #expect(layer.entities.count == 1)
        #expect(layer.entities.first?.mentions.count == 3)
        // Another order, or fewer words, of the one full name.
        let reordered = try self.layer("Наказ підписав [PERS Філіпчук Дмитро Васильович]. [PERS Дмитро Філіпчук] пояснив, а [PERS Філіпчука] підтримали.")
        #expect(reordered.entities.count == 1)
    }

    @Test func aTitleInTheInstrumentalIsNotTheNextNominativeNames() throws {
        let layer = try layer("Під час розмови з французьким [JOB дипломатом] [PERS Зеленський] подякував.")
        #expect(layer.entity(named: "Зеленський", type: .person)?.roles == [])
        // A title in the instrumental before a name in the instrumental is its.
        let agreeing = try self.layer("Він зустрівся з [JOB дипломатом] [PERS Олегом Коваленком].")
        #expect(agreeing.entity(named: "Олег Коваленко", type: .person)?.roles == ["дипломат"])
        // With no preposition the instrumental is a title that the sentence leaves its verb out of.
        let elliptic = try self.layer("Засновником є компанія, а [JOB директором] [PERS Світлана Жукова].")
        #expect(elliptic.entity(named: "Світлана Жукова", type: .person)?.roles == ["директор"])
    }

    @Test func aPlaceWhoseVowelDropsJoinsItsNominative() throws {
        let layer = try layer("Вода залила [LOC Вилок] і [LOC Королево]. Білецький прибув до [LOC Вилка].")
        let village = try #require(layer.entity(named: "Вилок", type: .location))
        #expect(village.mentions.count == 2)
        #expect(CoreferenceResolver.dropsVowel(nominative: "Вилок", form: "Вилка"))
        #expect(CoreferenceResolver.dropsVowel(nominative: "Немирівець", form: "Немирівця"))
        // Not another word that merely begins alike, nor a name in `-а`.
        #expect(!CoreferenceResolver.dropsVowel(nominative: "Вилок", form: "Вилкового"))
        #expect(!CoreferenceResolver.dropsVowel(nominative: "Одеса", form: "Одесу"))
    }

    @Test func undecidedSurnamesStayTogether() throws {
        // Two people share the surname; the mentions that cannot be told apart form one
        // entity, not one each.
        let layer = try layer(
            "[PERS Олег Коваль] і [PERS Ірина Коваль] прийшли. [PERS Коваль] каже. Потім [PERS Коваль] йде, а [PERS Коваль] мовчить.")
        #expect(layer.entities.filter { $0.name == "Коваль" }.count == 1)
        #expect(layer.entities.count == 3)
    }

    @Test func aliasesJoinTheirOrganisation() throws {
        let layer = try layer(
            "Посли [ORG НАТО] зібралися вранці. [ORG Альянс] ухвалив заяву, а [ORG Північноатлантичний альянс] оприлюднив її.")
        let nato = try #require(layer.entity(named: "НАТО", type: .organization))
        #expect(nato.mentions.count == 3)
        #expect(layer.entities.count == 1)
    }

    @Test func aliasInsideANameJoinsTheFullName() throws {
        let layer = try layer(
            "Почалося засідання [ORG Ради НАТО – Росія]. Триває засідання [ORG Ради Альянс] – Росія. Посли [ORG НАТО] мовчать.")
        let council = try #require(layer.entity(named: "Рада НАТО – Росія", type: .organization))
        #expect(council.mentions.count == 2)
        #expect(layer.entities.count == 2)
        // Without the full name in the document, the name keeps its own words.
        let alone = try self.layer("Триває засідання [ORG Ради Альянсу]. Посли [ORG НАТО] мовчать.")
        #expect(alone.entities.count == 2)
    }

    @Test func acronymJoinsTheNameItAbbreviates() throws {
        let layer = try layer(
            "Очільник [ORG Полтавської обласної військової адміністрації] відвідав громади. В [ORG ОВА] повідомили про ремонт.")
        #expect(layer.entities.count == 1)
        #expect(layer.entities.first?.name == "Полтавська обласна військова адміністрація")
        #expect(layer.entities.first?.mentions.count == 2)
        // After the same words as the long name, the acronym stands for the rest of it; after
        // other words it is another body.
        let named = try self.layer(
            "Очільник [ORG Житомирської обласної військової адміністрації] звільнений. [ORG Житомирську ОВА] очолила заступниця, а [ORG Сумську ОВА] ні.")
        #expect(named.entities.map(\.name) == ["Житомирська обласна військова адміністрація", "Сумська ОВА"])
        #expect(named.entities.first?.mentions.count == 2)
    }

    @Test func anAcronymMayAddUkraine() throws {
        // `НАБУ` abbreviates the name with `України`, which the long mention leaves out; the
        // group takes the long name though the acronym came first.
        let layer = try layer(
            "Підозру оголосило [ORG НАБУ]. У [ORG Національному антикорупційному бюро] уточнили деталі.")
        #expect(layer.entities.map(\.name) == ["Національне антикорупційне бюро"])
        #expect(layer.entities.first?.mentions.count == 2)
    }

    @Test func aCompanysNameWithoutTheCountryJoinsTheFullName() throws {
        let layer = try layer(
            "Угоду підписала компанія «[ORG Нафтогаз України]». Голова правління «[ORG Нафтогазу]» підтвердив це.")
        #expect(layer.entities.map(\.name) == ["Нафтогаз України"])
        #expect(layer.entities.first?.mentions.count == 2)
        // Not another body of a longer name.
        let two = try self.layer("Виступив [ORG Кабінет Міністрів]. Потім заговорив [ORG Кабінет Міністрів Польщі].")
        #expect(two.entities.count == 2)
    }

    @Test func anAcronymOfTheComplementIsAnotherBody() throws {
        // `НГУ` is the guard, not its main directorate; `СПО` is the company without its legal form.
        let guardLayer = try layer(
            "Виступив начальник [ORG Головного управління Національної гвардії України]. Гостя зустріли в [ORG НГУ].")
        #expect(guardLayer.entities.count == 2)
        let company = try layer(
            "Тендер виграло [ORG ТОВ «Компанія «Системи прогресивної очистки»]. Директор [ORG СПО] промовчав.")
        #expect(company.entities.count == 1)
    }

    @Test func aQuotedOrganisationIsNotThePlaceItIsNamedAfter() throws {
        let layer = try layer(
            "Міністри зібралися у форматі «[ORG Рамштайн]». Перше засідання відбулося на авіабазі [LOC Рамштайн] у [LOC Німеччині].")
        #expect(layer.entity(named: "Рамштайн", type: .organization)?.mentions.count == 1)
        #expect(layer.entity(named: "Рамштайн", type: .location)?.mentions.count == 1)
        // Unquoted, an organisation and a place of one name are one entity, as the tagger
        // reads `Україна` either way.
        let one = try self.layer("Уряд [ORG України] заявив. Жителі [LOC України] підтримали.")
        #expect(one.entities.count == 1)
    }

    @Test func periodsCarryTheirDates() throws {
        let layer = try layer("Ціни росли у [PERIOD квітні-листопаді 2015 року], а завод стояв у [PERIOD 2012-2014 роках].")
        let dates = layer.mentions.filter { $0.type == .date }
        #expect(dates.map(\.text) == ["квітні", "листопаді 2015 року", "2012", "2014"])
        // Mentions stay in text order, each date after the period that holds it.
        #expect(layer.mentions.map(\.type) == [.period, .date, .date, .period, .date, .date])
        let april = try #require(dates.first)
        #expect((april.start, april.end) == (13, 19))
    }

    @Test func documentsCarryTheirIssuerAndDate() throws {
        let layer = try layer("Суд скасував [DOC рішення Житомирської обласної ради від 28 травня 2015 року] повністю.")
        #expect(layer.mentions.map(\.type) == [.document, .organization, .date])
        let council = try #require(layer.entities.first { $0.type == .organization })
        #expect(council.name == "Житомирська обласна рада")
        #expect(layer.mentions.last?.text == "28 травня 2015 року")
        // A law has no issuer of its own in its name.
        let law = try self.layer("Депутати змінили [DOC Закон України «Про освіту»] вчора.")
        #expect(law.mentions.map(\.type) == [.document])
    }

    @Test func anAcronymAliasStandsForItsName() throws {
        // `НБУ` is as sure as `Національний банк України`: the other aliases join it, and the
        // group keeps a name it was written with.
        let layer = try layer("Ставку знизив [ORG Нацбанк]. У [ORG НБУ] пояснили, що [ORG Національний банк] стежить за цінами.")
        #expect(layer.entities.count == 1)
        #expect(layer.entities.first?.name == "Нацбанк")
        // Without an acronym or the full name, ambiguous aliases stay apart.
        let apart = try self.layer("Закон ухвалила [ORG Рада]. Потім [ORG парламент] пішов на канікули.")
        #expect(apart.entities.count == 2)
    }

    @Test func aliasWithoutItsOrganisationKeepsItsOwnName() throws {
        let layer = try layer("[ORG Альянс] ухвалив заяву.")
        #expect(layer.entities.map(\.name) == ["Альянс"])
    }

    @Test func titleMentionJoinsTheOnlyHolder() throws {
        let layer = try layer(
            "Засідання відкрив [JOB генеральний секретар] [PERS Єнс Столтенберг]. Пізніше [JOB генсек] [ORG Альянсу] відповів на запитання.")
        let person = try #require(layer.entity(named: "Єнс Столтенберг", type: .person))
        #expect(person.roles == ["генеральний секретар"])
        #expect(layer.mentions(of: person).map(\.text) == ["Єнс Столтенберг", "генсек"])
        let president = try self.layer("[JOB Президент] [PERS Володимир Зеленський] звільнив голову. Того ж дня [JOB глава держави] призначив іншого.")
        #expect(president.entity(named: "Володимир Зеленський", type: .person)?.mentions.count == 2)
        // A title before the holder is first named is about someone else.
        let appointed = try self.layer(
            "Звільнили з посади [JOB голови] [ORG ОВА]. Нараду провела [JOB голова] [ORG ОВА] [PERS Ірина Левчук]. [JOB Голова] подякувала.")
        let holder = try #require(appointed.entity(named: "Ірина Левчук", type: .person))
        #expect(appointed.mentions(of: holder).map(\.text) == ["Ірина Левчук", "Голова"])
    }

    @Test func anAwardNamesTheBodyThatGivesIt() throws {
        let layer = try layer("Роман здобув [MISC Премію Європейського Союзу з літератури].")
        #expect(layer.entities.filter { $0.type == .organization }.map(\.name) == ["Європейський Союз"])
        #expect(layer.entities.first?.type == .miscellaneous)
    }

    @Test func aPluralTitleNamesNoOnePerson() throws {
        let layer = try layer(
            "Прийшов [JOB міністр закордонних справ] [PERS Дмитро Кулеба]. Потім [JOB міністри] і [JOB міністрів закордонних справ] поради зібралися.")
        let person = try #require(layer.entity(named: "Дмитро Кулеба", type: .person))
        #expect(layer.mentions(of: person).map(\.text) == ["Дмитро Кулеба"])
        #expect(layer.entity(named: "міністри закордонних справ", type: .job) != nil, "the possessive reading of міністрів is not its head")
    }

    @Test func aMentionWrittenInTheNominativeNamesThePerson() throws {
        let layer = try layer("Заяву [PERS Володимира Вакарева] розглянули. [PERS Володимир Вакарев] прийшов сам.")
        #expect(layer.entity(named: "Володимир Вакарев", type: .person)?.mentions.count == 2)
    }

    @Test func ambiguousTitleStaysApart() throws {
        let layer = try layer(
            "Прийшов [JOB заступник міністра] [PERS Іван Коваль], а також [JOB заступник міністра] [PERS Петро Мельник]. [JOB Заступник міністра] промовчав.")
        #expect(layer.entity(named: "Іван Коваль", type: .person)?.mentions.count == 1)
        #expect(layer.entity(named: "Петро Мельник", type: .person)?.mentions.count == 1)
    }

    @Test func ofSeveralHoldersTheOneNamedSoFarIsMeant() throws {
        let layer = try layer(
            "Прибув [JOB міністр закордонних справ] [LOC України] [PERS Андрій Сибіга]. Потім [JOB міністр] відвідав Нью-Йорк. "
                + "Згодом він говорив з [JOB міністром закордонних справ] [LOC Франції] [PERS Жаном Барро].")
        let sybiha = try #require(layer.entity(named: "Андрій Сибіга", type: .person))
        #expect(layer.mentions(of: sybiha).map(\.text) == ["Андрій Сибіга", "міністр"])
    }

    @Test func aTitleOfAnotherCountryIsNotTheOnlyHolders() throws {
        // The one holder of a `прем'єр` title is Мелоні, of Italy: `прем'єр-міністр України` is someone else.
        let apart = try layer(
            "Вчора [JOB прем'єр-міністр] [LOC України] зустрівся з [JOB прем'єркою] [LOC Італії] [PERS Джорджею Мелоні].")
        #expect(apart.entity(named: "Джорджа Мелоні", type: .person)?.mentions.count == 1)
        // Of her own country it is her.
        let hers = try layer(
            "Вчора міністр зустрівся з [JOB прем'єркою] [LOC Італії] [PERS Джорджею Мелоні]. Згодом [JOB прем'єр-міністр] [LOC Італії] виступила.")
        #expect(hers.entity(named: "Джорджа Мелоні", type: .person)?.mentions.count == 2)
    }

    @Test func aHolderNamedBeforeBeatsOneNamedLaterInTheSentence() throws {
        let layer = try layer(
            "До Одеси прибув [JOB прем'єр-міністр] [LOC Нідерландів] [PERS Дік Схоф]. Наступного дня [JOB прем'єр] мав зустріч із [JOB прем'єр-міністром] [LOC України] [PERS Денисом Шмигалем].")
        let schoof = try #require(layer.entity(named: "Дік Схоф", type: .person))
        #expect(layer.mentions(of: schoof).map(\.text) == ["Дік Схоф", "прем'єр"])
    }

    @Test func aClientBetweenTheLawyersTitleAndHerNameKeepsHisGender() throws {
        let layer = try layer(
            "Суд відсторонив [PERS Олександра Ковальчука]. [JOB Адвокатка] [PERS Ковальчука] [PERS Ірина Савченко] оскаржить рішення.")
        let client = try #require(layer.entity(named: "Олександр Ковальчук", type: .person))
        #expect(layer.mentions(of: client).count == 2)
    }

    @Test func roleAcrossAComplement() throws {
        let layer = try layer(
            "Документ підписали [JOB міністерка] економіки [LOC України] [PERS Оксана Лисенко] та [JOB міністр] розвитку і технологій [LOC Польщі] [PERS Ян Новак].")
        #expect(layer.entity(named: "Оксана Лисенко", type: .person)?.roles == ["міністерка економіки України"])
        #expect(layer.entity(named: "Ян Новак", type: .person)?.roles == ["міністр розвитку і технологій Польщі"])
    }

    @Test func roleAcrossAnUntaggedLatinCompanyName() throws {
        let layer = try layer(
            "Про це розповів [JOB засновник] Solarix Labs [PERS Назар Гуменюк]. [JOB Засновник] ( [PERS Ігор Бойко] ) промовчав. Відповідаючи [JOB журналістам] online [PERS Олег Петренко] промовчав.")
        #expect(layer.entity(named: "Назар Гуменюк", type: .person)?.roles == ["засновник Solarix Labs"])
        // Brackets are no company name, nor is a lower-case Latin word.
        #expect(layer.entity(named: "Ігор Бойко", type: .person)?.roles.isEmpty == true)
        #expect(layer.entity(named: "Олег Петренко", type: .person)?.roles.isEmpty == true)
    }

    @Test func exactTitleBeatsSharedHead() throws {
        let layer = try layer(
            "Прибули [JOB міністр оборони] [PERS Петро Мельник] і [JOB міністр оборони Польщі] [PERS Ян Новак]. Пізніше [JOB міністр оборони] виступив перед журналістами.")
        #expect(layer.entity(named: "Петро Мельник", type: .person)?.mentions.count == 2)
        #expect(layer.entity(named: "Ян Новак", type: .person)?.mentions.count == 1)
    }

    @Test func aVerbIsNotPartOfARole() throws {
        let layer = try layer("Учора [JOB міський голова] призначив [PERS Оксану Лисенко] на посаду.")
        #expect(layer.entity(named: "Оксана Лисенко", type: .person)?.roles == [])
    }

    @Test func roleInAppositionAfterTheName() throws {
        let layer = try layer("Заяву зробив [PERS Сергій Рябков], [JOB заступник міністра закордонних справ].")
        #expect(layer.entity(named: "Сергій Рябков", type: .person)?.roles == ["заступник міністра закордонних справ"])
    }

    @Test func aTitleOpeningTheSentenceIsLowerCaseAsARole() throws {
        let layer = try layer(
            "[JOB Міський голова Львова] [PERS Андрій Садовий] заявив. [JOB Президент] [PERS Володимир Зеленський] погодився.")
        #expect(layer.entity(named: "Андрій Садовий", type: .person)?.roles == ["міський голова Львова"])
        #expect(layer.entity(named: "Володимир Зеленський", type: .person)?.roles == ["Президент"])
    }

    @Test func theParticlesOfANameDoNotKeepItApart() throws {
        let layer = try layer("Виступила [PERS Урсула фон дер Ляєн]. [PERS Фон дер Ляєн] нагадала про допомогу.")
        #expect(layer.entity(named: "Урсула фон дер Ляєн", type: .person)?.mentions.count == 2)
    }

    @Test func aBareTitleIsNotExactlyATitleWithItsComplement() throws {
        // `президента` is not exactly `президент Франції`: with two presidents it stays a title.
        let layer = try layer(
            "[JOB Президент України] [PERS Володимир Зеленський] говорив з [JOB президентом] [LOC Франції] [PERS Емманюелем Макроном]. За словами українського [JOB президента], все добре.")
        #expect(layer.entity(named: "Емманюель Макрон", type: .person)?.mentions.count == 1)
    }

    @Test func anotherNameOfATitleJoinsItsHolder() throws {
        // `глава Пентагону` is `міністр оборони США` (Resources/titles.txt); the other
        // defence minister does not make it ambiguous.
        let layer = try layer(
            "Прибув [JOB міністр оборони] [PERS Рустем Умєров] і [JOB міністр оборони] [LOC США] [PERS Ллойд Остін]. Допомога буде, підкреслив [JOB глава] [ORG Пентагону].")
        #expect(layer.entity(named: "Ллойд Остін", type: .person)?.mentions.count == 2)
    }

    @Test func aOneWordPersonBeforeAFullNameIsWhoseTitleItIs() throws {
        let layer = try layer(
            "Підозру отримала [PERS Олена Гончарук]. [JOB Адвокатка] [PERS Гончарук] [PERS Світлана Мороз] заявила про тиск.")
        #expect(layer.entity(named: "Світлана Мороз", type: .person)?.roles == ["адвокатка Гончарук"])
        #expect(layer.entity(named: "Олена Гончарук", type: .person)?.mentions.count == 2)
        #expect(layer.entity(named: "Олена Гончарук", type: .person)?.roles == [])
    }

    @Test func aPersonInTheGenitiveIsNotTheTitlesHolder() throws {
        // The assistant of Джига, not Джига the assistant; with agreeing cases the title is his.
        let layer = try layer("Він був [JOB помічником народного депутата] від [ORG Партії регіонів] [PERS Миколи Джиги].")
        #expect(layer.entity(named: "Микола Джига", type: .person)?.roles == [])
        let agreeing = try self.layer("Суд звільнив [JOB директора] [ORG заводу] [PERS Івана Петренка].")
        #expect(agreeing.entity(named: "Іван Петренко", type: .person)?.roles == ["директор заводу"])
    }

    @Test func aRoleMayNameACompanyInQuotes() throws {
        let layer = try layer("Про це заявив [JOB голова правління] «[ORG Укренерго]» [PERS Володимир Кудрицький].")
        #expect(layer.entity(named: "Володимир Кудрицький", type: .person)?.roles == ["голова правління «Укренерго»"])
        // A party after `від`, and a list of remits with a comma.
        let party = try self.layer("Виступила [JOB депутатка] від «[ORG Голосу]» [PERS Ірина Фріз].")
        #expect(party.entity(named: "Ірина Фріз", type: .person)?.roles == ["депутатка від «Голосу»"])
        let remits = try self.layer(
            "Пояснив [JOB голова] [ORG комітету з питань безпеки], оборони та розвідки [PERS Олександр Завітневич].")
        #expect(remits.entity(named: "Олександр Завітневич", type: .person)?.roles == ["голова комітету з питань безпеки, оборони та розвідки"])
    }

    @Test func genderAgreementKeepsAWomansSurname() throws {
        let layer = try layer(
            "Делегацію очолила [JOB заступниця держсекретаря] [PERS Венді Шерман]. Потім [PERS Шерман] наголосила на діалозі.")
        let person = try #require(layer.entity(named: "Венді Шерман", type: .person))
        #expect(person.gender == .feminine)
        #expect(person.mentions.count == 2)
        #expect(person.roles == ["заступниця держсекретаря"])
    }

    @Test func genderPicksAmongNamesakes() throws {
        let layer = try layer(
            "Виступили [PERS Олена Коваль] і [PERS Петро Коваль]. [PERS Коваль] наголосила на реформі.")
        #expect(layer.entities.count == 2)
        // Two people share the surname: the verb's gender picks the woman.
        let olena = try #require(layer.entity(named: "Олена Коваль", type: .person))
        #expect(olena.mentions.count == 2)
        #expect(layer.entity(named: "Петро Коваль", type: .person)?.mentions.count == 1)
    }

    @Test func genderPastAnAdverbialPicksAmongNamesakes() throws {
        let layer = try layer(
            "Суд відсторонив [PERS Оксану Мельничук]. [PERS Мельничук] у 2022 році уклала угоду. Її чоловік [PERS Петро Мельничук] мовчить.")
        #expect(layer.entity(named: "Оксана Мельничук", type: .person)?.mentions.count == 2)
        #expect(layer.entities.filter { $0.type == .person }.count == 2)
    }

    @Test func theEditionOfAFestivalIsNoPartOfItsName() throws {
        let layer = try layer("Приз вручили на [ORG 74-му Берлінському міжнародному кінофестивалі].")
        #expect(layer.entities.first?.name == "Берлінський міжнародний кінофестиваль")
        #expect(layer.mentions.first?.text == "74-му Берлінському міжнародному кінофестивалі")
    }

    @Test func namesInsideTitlesAreEntitiesToo() throws {
        let layer = try layer("Про це повідомив [JOB речник Повітряних сил] [PERS Юрій Ігнат]. Пізніше виступив [JOB Президент Польщі].")
        #expect(layer.entity(named: "Повітряні сили", type: .organization) != nil)
        // A place there says whose office it is, and is a place the article names.
        #expect(layer.entity(named: "Польща")?.type == .location)
        #expect(layer.entity(named: "Юрій Ігнат", type: .person)?.roles == ["речник Повітряних сил"])
        // Mentions stay in text order, entities in order of first mention.
        #expect(layer.mentions.map(\.start) == layer.mentions.map(\.start).sorted())
        #expect(layer.entities.map(\.id) == (1...layer.entities.count).map { "e\($0)" })
        // An abbreviation is the whole name; the remit after it is not.
        let envoy = try self.layer("Говорили зі [JOB спецпредставником ЄС з питань санкцій] [PERS Девідом О'Салліваном].")
        #expect(envoy.entities.filter { $0.type == .organization }.map(\.name) == ["ЄС"])
        // A unit named by a common noun with a complement is an organisation; without one, not.
        let director = try self.layer(
            "Мер звільнив [JOB директора департаменту житлового господарства] [PERS Богдана Стельмаха] і [JOB начальника відділу] [PERS Івана Мельника].")
        #expect(director.entities.filter { $0.type == .organization }.map(\.name) == ["департамент житлового господарства"])
        // With the adjectives before the unit noun.
        let head = try self.layer("Документ схвалила [JOB голова бюджетного комітету парламенту] [PERS Роксолана Підласа].")
        #expect(head.entities.filter { $0.type == .organization }.map(\.name) == ["бюджетний комітет парламенту"])
        let runOn = try self.layer("Виконувачкою [JOB обов'язків директорки департаменту міський голова] призначив [PERS Соломію Гнатів].")
        #expect(runOn.entities.filter { $0.type == .organization }.isEmpty)
    }

    @Test func coordinatedRegionsSplit() throws {
        let layer = try layer("Дощі пройшли у [LOC Волинській та Львівській областях] вночі.")
        #expect(layer.entities.map(\.name) == ["Волинська область", "Львівська область"])
        #expect(layer.mentions.map(\.text) == ["Волинській", "Львівській областях"])
        // An abbreviation as the shared noun keeps its capitals.
        let storages = try self.layer("Газ закачують у [LOC Дашавське, Опарське та Угерське ПСГ] щороку.")
        #expect(storages.entities.map(\.name) == ["Дашавське ПСГ", "Опарське ПСГ", "Угерське ПСГ"])
    }

    @Test func placesAndOrganisationsMergeAcrossCases() throws {
        let layer = try layer("У [LOC Брюсселі] тепло. До [LOC Брюсселя] прилетіли посли з [LOC Женеви].")
        #expect(layer.entities.map(\.name) == ["Брюссель", "Женева"])
        #expect(layer.entities.map(\.id) == ["e1", "e2"])
    }

    @Test func aFeminineTitleDecidesANameOfBothGenders() throws {
        // `Ярослава` is a woman's name, or `Ярослав` in the genitive; the surname in `-их`
        // reads as a plural adjective and says nothing.
        let layer = try layer("[JOB Українська легкоатлетка] [PERS Ярослава Черних] перемогла в [LOC Римі].")
        #expect(layer.entity(named: "Ярослава Черних", type: .person)?.gender == .feminine)
    }

    @Test func aWomansOccupationRightBeforeANameOfBothGendersDecidesIt() throws {
        // `чемпіонка` is in apposition: `Ярослава` is her nominative, not his genitive.
        let champion = try layer("Олімпійська чемпіонка [PERS Ярослава Черних] виступить у [LOC Римі].").entities.first { $0.type == .person }
        #expect(champion?.gender == .feminine)
        #expect(champion?.name == "Ярослава Черних")
        // A noun of a tie to another person governs his genitive, and so does a surname that
        // reads only as his.
        #expect(try self.layer("Помічниця [PERS Ярослава Черних] виступить у [LOC Римі].").entities.first { $0.type == .person }?.gender != .feminine)
        #expect(try self.layer("Олімпійська чемпіонка [PERS Ярослава Коваля] виступить.").entities.first { $0.type == .person }?.name == "Ярослав Коваль")
    }

    @Test func aPastVerbDecidesANameOfBothGendersThatOpensItsClause() throws {
        let layer = try layer("[PERS Ярослава Черних] перемогла в [LOC Римі].")
        let her = try #require(layer.entities.first { $0.type == .person })
        #expect(her.gender == .feminine)
        #expect(her.name == "Ярослава Черних")
        #expect(try self.layer("[PERS Ярослава Черних] переміг у [LOC Римі].").entities.first { $0.type == .person }?.gender == .masculine)
        // After a noun it may complement, the verb is that noun's: `дружина Ярослава`.
        #expect(try self.layer("Вчора дружина [PERS Ярослава Черних] перемогла в [LOC Римі].").entities.first { $0.type == .person }?.gender != .feminine)
        // Nor after a preposition, nor with a surname that reads only as his (`Коваля`).
        #expect(try self.layer("Для [PERS Олександра Коваля] перемога стала несподіванкою.").entities.first { $0.type == .person }?.gender != .feminine)
        #expect(try self.layer("[PERS Ярослава Коваля] затримала поліція.").entities.first { $0.type == .person }?.name == "Ярослав Коваль")
        // A place before the subject is no such noun.
        #expect(try self.layer("У [LOC Римі] [PERS Ярослава Черних] перемогла.").entities.first { $0.type == .person }?.gender == .feminine)
    }

    @Test func aFeminineTitleMakesAWomanOfAMansNameInAnObliqueCase() throws {
        // The dictionary knows `Джорджа` only as the genitive of the man's `Джордж`.
        let layer = try layer("Її відкрила [JOB прем'єр-міністерка] [LOC Італії] [PERS Джорджа Мелоні].")
        let meloni = try #require(layer.entities.first { $0.type == .person })
        #expect(meloni.gender == .feminine)
        #expect(meloni.name == "Джорджа Мелоні")
        // After no title, or a masculine one, it is still the man's name in the genitive.
        #expect(try self.layer("Підтримку [JOB міністра] [PERS Джорджа Мелоні] отримали.").entities.first { $0.type == .person }?.name
            == "Джордж Мелоні")
    }

    @Test func anOccupationNounAfterAQuoteIsThePersonMostNamed() throws {
        let layer = try layer(
            "[PERS Олена Гребінь] виграла фінал. Після матчу [PERS Гребінь] подякувала [JOB тренерці] [PERS Ірині Соколовій] "
                + "та [JOB судді] [PERS Петру Левицькому]. «Це найкращий день», – сказала [JOB спортсменка].")
        let athlete = try #require(layer.entity(named: "Олена Гребінь", type: .person))
        #expect(layer.mentions(of: athlete).map(\.text) == ["Олена Гребінь", "Гребінь", "спортсменка"])
        // A masculine noun does not join a woman.
        let other = try self.layer("[PERS Олена Гребінь] виграла фінал. «Це найкращий день», – сказав [JOB спортсмен].")
        let woman = try #require(other.entity(named: "Олена Гребінь", type: .person))
        #expect(other.mentions(of: woman).count == 1)
    }

    @Test func theRegionOfARegionalOfficeIsAPlaceOfItsOwn() throws {
        let layer = try layer("Про це повідомили в [ORG Головному управлінні ДСНС у Рівненській області].")
        #expect(layer.entity(named: "Головне управління ДСНС у Рівненській області", type: .organization) != nil)
        #expect(layer.entity(named: "Рівненська область", type: .location) != nil)
        // Not a place the office's name does not end with, nor a lower-case word.
        let other = try self.layer("Справу веде [ORG Відділ поліції у справах дітей].")
        #expect(other.entities.filter { $0.type == .location }.isEmpty)
    }

    @Test func aLegalFormBeforeAQuotedNameJoinsTheBareName() throws {
        let layer = try layer("Кредит отримало [ORG ТОВ « Сонячна долина »]. Керівник « [ORG Сонячної долини] » подякував.")
        #expect(layer.entities.filter { $0.type == .organization }.count == 1)
        #expect(layer.entities.first?.mentions.count == 2)
        // A place of the same name is another entity.
        let city = try self.layer("Кредит отримало [ORG ТОВ « Дніпро »], що працює у [LOC Дніпрі].")
        #expect(city.entities.count == 2)
        // Not without the bare name: the legal form stays in the name.
        let alone = try self.layer("Кредит отримало [ORG ТОВ « Сонячна долина »].")
        #expect(alone.entities.first?.name == "ТОВ « Сонячна долина »")
    }

    @Test func aNounForAKindOfPlaceHeadsItsName() throws {
        // `парку` is also a form of `парка` and of the adjective `паркий`.
        let layer = try layer("Квіти поклали в [LOC парку Ексібішн-Плейс].")
        #expect(layer.entities.first?.name == "парк Ексібішн-Плейс")
    }

    @Test func aQuotedNameAfterTheWordForTheBodyStaysAsWritten() throws {
        // `Лелеки` could be a genitive singular; after `фонду` it is the name as written.
        let layer = try layer("Гроші зібрали волонтери фонду « [ORG Лелеки] ». Звітувала « [ORG Укрпошти] » речниця.")
        #expect(layer.entities.map(\.name) == ["Лелеки", "Укрпошта"])
        // Not a name in a case that is no nominative: `з «Тепловими мережами»`.
        let declined = try self.layer("Угоду уклали з компанією « [ORG Тепловими мережами] ».")
        #expect(declined.entities.first?.name == "Теплові мережі")
    }
}
