import LitopysMorph
import Testing

@testable import LitopysEntities

/// Canonical names need the VESUM dictionary; without it these tests are skipped visibly.
@Suite(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
struct NameNormalizerTests {
    let normalizer = NameNormalizer(analyzer: MorphologyFeatures.shared?.analyzer, gazetteer: .shared)

    func normal(_ phrase: String, _ type: EntityType, _ gender: Entity.Gender? = nil) -> String {
        let words = phrase.split(separator: " ").map(String.init)
        return normalizer.normalForm(words: words, spaces: words.indices.map { $0 > 0 }, type: type, gender: gender)
    }

    @Test(arguments: [
        ("Єнса Столтенберга", EntityType.person, "Єнс Столтенберг"),
        ("Брюсселі", .location, "Брюссель"),
        ("Женеві", .location, "Женева"),
        ("Ради НАТО – Росія", .organization, "Рада НАТО – Росія"),
        ("Рада НАТО – Росія", .organization, "Рада НАТО – Росія"),
        ("України", .location, "Україна"),
        ("Львова", .location, "Львів"),
        // A word the dictionary knows as another noun is not the listed name it shares a stem
        // with: the ridge `Чорногора`, not the country `Чорногорія`.
        ("Чорногори", .location, "Чорногора"),
        ("Чорногорії", .location, "Чорногорія"),
        ("Берегова", .location, "Берегове"),
        // An ordinal agrees with the nominative after it.
        ("36-ї окремої бригади морської піхоти", .organization, "36-та окрема бригада морської піхоти"),
        // Both nouns of a hyphenated title take the nominative; a compound adjective keeps its first part.
        ("директоркою-розпорядницею", .job, "директорка-розпорядниця"),
        ("головним спеціалістом-юрисконсультом", .job, "головний спеціаліст-юрисконсульт"),
        ("науково-дослідного інституту", .job, "науково-дослідний інститут"),
        ("80-го окремого полку", .organization, "80-й окремий полк"),
        ("Берегові", .location, "Берегове"),
        ("Близькому Сході", .location, "Близький Схід"),
        ("Чорному морі", .location, "Чорне море"),
        ("Верховної Ради", .organization, "Верховна Рада"),
        ("Кабінету Міністрів України", .organization, "Кабінет Міністрів України"),
        ("Олександр Грушко", .person, "Олександр Грушко"),
        ("генсека НАТО", .job, "генсек НАТО"),
        ("США", .location, "США"),
        // `Міська` is also the genitive of the name `Місько`, and `рада` a form of `радий`.
        ("Міська рада", .organization, "Міська рада"),
        ("Міської ради", .organization, "Міська рада"),
        ("Обласна рада", .organization, "Обласна рада"),
        // Streets named after people keep the genitive; a town that is also a surname does not.
        ("Лесі Українки", .location, "Лесі Українки"),
        ("Б . Хмельницького", .location, "Б . Хмельницького"),
        ("Коперника", .location, "Коперника"),
        // `шевченко` is also a common noun; a capitalised place is not one.
        ("Шевченка", .location, "Шевченка"),
        ("Львова", .location, "Львів"),
        ("Богдана Хмельницького", .person, "Богдан Хмельницький"),
        // A shortened word before its point stays (`вул` is no form of `вула`).
        ("вул . Нова", .location, "вул . Нова"),
        // After a street abbreviation, adjectives take the gender of the noun it stands for;
        // a name in the genitive stays.
        ("вул . Банковій", .location, "вул . Банкова"),
        ("вул . Межигірській , 14", .location, "вул . Межигірська , 14"),
        ("вул . Франка", .location, "вул . Франка"),
        ("просп . Перемоги", .location, "просп . Перемоги"),
        // A name the dictionary does not know is not read as a plural or a verb.
        ("Акві-буд", .organization, "Акві-буд"),
        ("Укрстрой", .organization, "Укрстрой"),
        // An adjective after its head agrees with it, unless it belongs to the next noun.
        ("вулиці Липовій", .location, "вулиця Липова"),
        ("палати Миколаївської області", .organization, "палата Миколаївської області"),
        // Adjectives before an abbreviation, their head, take the nominative of their gender.
        ("Житомирську ОВА", .organization, "Житомирська ОВА"),
        ("Київської міської ВЦА", .organization, "Київська міська ВЦА"),
        ("Львівському ТЦК", .organization, "Львівський ТЦК"),
        ("Одеським НПЗ", .organization, "Одеський НПЗ"),
        // An acting title keeps the genitive of the title it stands for.
        ("в . о . голови", .job, "в . о . голови"),
        ("Т.в.о. директора", .job, "Т.в.о. директора"),
        ("заступника голови", .job, "заступник голови"),
        // A lower-case plural that opens an organisation's name stands for one body of each
        // name coordinated after it; a plural title stays plural.
        ("міністерствами закордонних справ України", .organization, "Міністерство закордонних справ України"),
        ("прокурорів", .job, "прокурори"),
        ("Збройним Силам України", .organization, "Збройні Сили України"),
    ])
    func nominative(_ written: String, _ type: EntityType, _ expected: String) {
        #expect(normal(written, type) == expected)
    }

    @Test func aFirstNameKnownOnlyAsACommonNounStillTellsTheCase() {
        // `іон` is an ion to the dictionary, and `Морару` could be the dative of `Морар`; the
        // nominative `Іон` says the name is nominative.
        #expect(normal("Іон Морару", .person, .masculine) == "Іон Морару")
        #expect(normal("Морару", .person, .masculine) == "Морар", "alone, the dictionary's reading stands")
    }

    @Test func genderDecidesWhetherASurnameInflects() {
        // A woman's surname in a consonant does not inflect; a man's does.
        #expect(normal("Венді Шерман", .person, .feminine) == "Венді Шерман")
        #expect(normal("Шерман", .person, .feminine) == "Шерман")
        #expect(normal("Шермана", .person, .masculine) == "Шерман")
    }

    @Test func aSurnameTheDictionaryKnowsOnlyAsAnAdjectiveDeclinesAsOne() {
        // After initials or a first name: `Критської` is `Критська`, `Сумського` is `Сумський`.
        #expect(normal("В. І. Критської", .person, nil) == "В. І. Критська")
        #expect(normal("В. І. Критської", .person, .feminine) == "В. І. Критська")
        #expect(normal("Олега Сумського", .person, .masculine) == "Олег Сумський")
        // Alone it is no name part to inflect.
        #expect(normal("Критської", .person, nil) == "Критської")
    }

    @Test func anUnknownSurnameInIStaysWithoutADictionaryCase() {
        // Nothing the dictionary knows says `Макенті` is a dative; a foreign name in `-і` does
        // not inflect. A dictionary first name in the dative does say so.
        #expect(normal("Гелен Макенті", .person, .feminine) == "Гелен Макенті")
        #expect(normal("Макенті", .person, .feminine) == "Макенті")
        #expect(normal("Макенті", .person, nil) == "Макенті")
        #expect(normal("Ліцінарові", .person, nil) == "Ліцінар", "a man's dative in -ові")
        #expect(normal("Ірині Гайді", .person, .feminine) == "Ірина Гайда")
    }

    @Test func aFirstNameSpeltLikeACommonNounDeclinesAsIt() {
        // `хакан` is a khan: the dictionary knows the word only as a common noun.
        #expect(normal("Хаканом Фіданом", .person, .masculine) == "Хакан Фідан")
        // In the nominative it stays as written (`Іон Морару`).
        #expect(normal("Хакан Фідан", .person, .masculine) == "Хакан Фідан")
    }

    @Test func anEpithetAfterTheSurnameTakesItsOwnNominative() {
        #expect(normal("Олександром Довженком-молодшим", .person, .masculine) == "Олександр Довженко-молодший")
        #expect(normal("Петра Сидоренка-старшого", .person, .masculine) == "Петро Сидоренко-старший")
        // Without a gender the epithet's ending tells it.
        #expect(normal("Ганною Ковальовою-молодшою", .person, nil).hasSuffix("-молодша"))
        // A double surname still inflects in both parts.
        #expect(normal("Косіняком-Камишем", .person, .masculine) == "Косіняк-Камиш")
    }

    @Test func anUnknownForeignTownInIIsAMansNoun() {
        // The guesser knows only `Естерсунда`; a foreign town far more often ends in a consonant.
        #expect(normal("Естерсунді", .location) == "Естерсунд")
        // Not a Ukrainian noun in `-ка` (`Курилівці`), nor an organisation.
        #expect(normal("Курилівці", .location) != "Курилівц")
        #expect(normal("Укрпошті", .organization) == "Укрпошта")
    }

    @Test func aFirstNameDecidesTheCaseOfAnUnknownSurname() {
        #expect(normal("Інні Пелипас", .person, .feminine) == "Інна Пелипас")
        #expect(normal("Надії Бурдей", .person, .feminine) == "Надія Бурдей")
    }

    @Test func anUnknownMansSurnameInOvInflects() {
        // The guesser reads `Шкуракову` only as a woman's `Шкуракова`; a man's first name
        // says whose it is, and the first name's case decides the ending.
        #expect(normal("Василю Шкуракову", .person, .masculine) == "Василь Шкураков")
        #expect(normal("Івана Шкуракова", .person, .masculine) == "Іван Шкураков")
        #expect(normal("Дмитру Ягодину", .person, .masculine) == "Дмитро Ягодин")
        #expect(normal("Ірині Шкураковій", .person, .feminine) == "Ірина Шкуракова")
        #expect(normal("Іван Шкураков", .person, .masculine) == "Іван Шкураков", "a nominative stays")
    }

    @Test func aNominativeHeadBeatsAGenitiveReadFirst() {
        // `Рада` is also the genitive of `рад`, a unit of dose, which the analyzer lists first.
        #expect(normal("Рада Європейського Союзу", .organization) == "Рада Європейського Союзу")
        #expect(normal("Ради Європейського Союзу", .organization) == "Рада Європейського Союзу")
    }

    @Test func aMansForeignNameInAyDeclinesAsAndriy() {
        #expect(normal("Аджаєм Бангою", .person, .masculine) == "Аджай Банга")
        #expect(normal("Аджаєм Бангою", .person, nil) == "Аджай Банга")
        // A Japanese first name does not decline; `-ою`, `-єю` say the instrumental of a man's `-а`, `-я`.
        #expect(normal("Сігеру Ісібою", .person, .masculine) == "Сігеру Ісіба")
        #expect(normal("Такеші Іваєю", .person, .masculine) == "Такеші Івая")
        #expect(NameNormalizer.masculineSoftName("Аджая", case: "gent") == "Аджай")
        #expect(NameNormalizer.masculineSoftName("Аджаєві", case: "datv") == "Аджай")
        // Not after a consonant, and not in the nominative.
        #expect(NameNormalizer.masculineSoftName("Ганнусям", case: "ablt") == nil)
        #expect(NameNormalizer.masculineSoftName("Аглая", case: "nomn") == nil)
    }

    @Test func aMansUnknownSurnameInTheDative() {
        #expect(normal("Мухаммеду бін Заїду", .person, .masculine) == "Мухаммед бін Заїд")
        #expect(NameNormalizer.masculineDative("Шевчуку") == "Шевчук")
        #expect(NameNormalizer.masculineDative("Кошту") == "Кошт")
        #expect(NameNormalizer.masculineDative("Лукою") == nil)
    }

    @Test func aFullNameIsNotAVocative() {
        #expect(normal("Марино Пушич", .person, nil) == "Марино Пушич")
        // One word may be one: `Миколо!`
        #expect(normal("Миколо", .person, nil) == "Микола")
    }

    @Test func aRomanianSurnameDoesNotInflect() {
        // The guesser reads `-еску` as a case of `-еско`; Ukrainian `-сько` still declines.
        #expect(normal("Івану Джорджеску", .person, .masculine) == "Іван Джорджеску")
        #expect(normal("Джорджеску", .person, .masculine) == "Джорджеску")
        #expect(normal("Тарасу Ваську", .person, .masculine) == "Тарас Васько")
    }

    @Test func aSurnameSpeltLikeACommonNounDeclinesAsIt() {
        #expect(normal("Марини Вроди", .person, .feminine) == "Марина Врода")
        // A noun of the other gender says nothing: a woman's `Коваль` does not decline.
        #expect(normal("Олені Коваль", .person, .feminine) == "Олена Коваль")
    }

    @Test func aDoubleSurnameInflectsInBothParts() {
        #expect(normal("Владиславом Косіняком-Камишем", .person, .masculine) == "Владислав Косіняк-Камиш")
        #expect(normal("Франца-Йосифа", .person, .masculine) == "Франц-Йосиф")
        // Only the last part tells the case: a first part that does not inflect stays.
        #expect(normal("Чиж-Вишенського", .person, .masculine) == "Чиж-Вишенський")
        #expect(normal("Оділь Рено-Бассо", .person, .feminine) == "Оділь Рено-Бассо")
    }

    @Test func aTitleNamesPeople() {
        // `Аналітики` is also the genitive of `аналітика` (analytics); a title is people.
        #expect(normal("Аналітики", .job, nil) == "Аналітики")
        #expect(normal("голові", .job, .masculine) == "голова")
    }

    @Test func rolesTakeThePersonsGender() {
        #expect(normal("заступниці держсекретаря", .job, .feminine) == "заступниця держсекретаря")
    }

    @Test func genderCuesReadTheVerbAndTheFirstName() throws {
        let analyzer = try #require(MorphologyFeatures.shared?.analyzer)
        let cues = GenderCues(analyzer: analyzer)
        #expect(cues.gender(words: ["Шерман"], following: ["наголосила", ","], title: []) == .feminine)
        #expect(cues.gender(words: ["Рябков"], following: ["заявив"], title: []) == .masculine)
        #expect(cues.gender(words: ["Олександр", "Грушко"], following: [], title: []) == .masculine)
        #expect(cues.gender(words: ["Богдана", "Стельмаха"], following: [], title: []) == .masculine)
        #expect(cues.gender(words: ["Венді", "Шерман"], following: [",", "яка"], title: []) == .feminine)
        #expect(cues.gender(words: ["Венді", "Шерман"], following: [], title: ["заступниця", "держсекретаря"]) == .feminine)
        // A first name of one gender decides, whatever the guesser reads in the surname.
        #expect(cues.gender(words: ["Василю", "Шкуракову"], following: [], title: []) == .masculine)
        // Past an adverbial to the verb, when the name can be its subject; not from a
        // genitive, whose verb agrees with another word.
        #expect(cues.gender(words: ["Мельничук"], following: ["у", "2022", "–", "2023", "роках", "уклала"], title: []) == .feminine)
        #expect(cues.gender(words: ["Амфібрахія"], following: ["у", "цю", "пору", "була"], title: []) == nil)
        #expect(cues.gender(words: ["Мельничук"], following: ["у", "суді", "та", "адвокатка", "заявила"], title: []) == nil)
        // Nor right after a surname the dictionary reads only in an oblique case: `Лист Т. Р.
        // Глухої прийшов`, where `прийшов` agrees with `Лист`.
        #expect(cues.gender(words: ["Т.", "Р.", "Глухої"], following: ["прийшов"], title: []) == nil)
        #expect(cues.gender(words: ["Т.", "Р.", "Глуха"], following: ["прийшла"], title: []) == .feminine)
        // The first name's own readings are no evidence for themselves: the patronymic decides.
        #expect(cues.gender(words: ["Баник", "Євгенія", "Миколаївна"], following: [], title: []) == .feminine)
    }

    @Test func otherTypesStayAsWritten() {
        #expect(normal("12 січня", .date) == "12 січня")
    }
}
