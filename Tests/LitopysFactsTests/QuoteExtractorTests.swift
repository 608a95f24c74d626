import Testing
@testable import LitopysFacts

let kuleba = TestEntity(id: "e1", type: "PERS", name: "Дмитро Кулеба", gender: "masc", surfaces: ["Дмитро Кулеба", "Кулеба", "Кулеби"], roles: ["міністр закордонних справ"])
let marchenko = TestEntity(id: "e2", type: "PERS", name: "Оксана Марченко", gender: "femn", surfaces: ["Оксана Марченко", "Марченко"])
let mzs = TestEntity(id: "e3", type: "ORG", name: "МЗС", surfaces: ["МЗС"])

struct QuoteExtractorTests {
    @Test func theCountryOfAnAdjectivePicksTheRoleHolder() {
        let zelensky = TestEntity(id: "e5", type: "PERS", name: "Володимир Зеленський", gender: "masc", surfaces: ["Володимир Зеленський"], roles: ["Президент України"])
        let macron = TestEntity(id: "e6", type: "PERS", name: "Емманюель Макрон", gender: "masc", surfaces: ["Емманюелем Макроном"], roles: ["президент Франції"])
        let text = "Володимир Зеленський провів розмову з Емманюелем Макроном. За словами українського президента, сторони скоординували позиції."
        let (_, layer) = facts(text, entities: [zelensky, macron])
        #expect(layer.quotes.map(\.speaker) == ["e5"])
    }

    @Test func dashAttributionAfterAQuoteInMarks() {
        let (_, layer) = facts("«Ми підтримуємо Україну», – сказав Кулеба.", entities: [kuleba])
        #expect(layer.quotes.count == 1)
        #expect(layer.quotes.first?.text == "Ми підтримуємо Україну")
        #expect(layer.quotes.first?.speaker == "e1")
        #expect(layer.quotes.first?.cue == "сказав")
        #expect(layer.quotes.first?.kind == .direct)
    }

    @Test func dashAttributionWithoutMarksTakesTheParagraph() {
        let text = "Дмитро Кулеба прибув до Вільнюса.\nЦе важливий день для всіх нас, – написав міністр."
        let (_, layer) = facts(text, entities: [kuleba])
        #expect(layer.quotes.first?.text == "Це важливий день для всіх нас")
        #expect(layer.quotes.first?.speaker == "e1")
    }

    @Test func colonBeforeTheQuoteAndAPronounSpeaker() {
        let text = "Оксана Марченко виступила першою. Згодом вона наголосила: «Ми не відступимо»."
        let (_, layer) = facts(text, entities: [kuleba, marchenko])
        #expect(layer.quotes.first?.text == "Ми не відступимо")
        #expect(layer.quotes.first?.speaker == "e2")
    }

    @Test func aWordForWhatThePersonIsStandsForTheOneNamedLast() {
        let text = "Дмитро Кулеба і Оксана Марченко говорили довго.\n\n«Домовилися», – розповіла дослідниця."
        #expect(facts(text, entities: [kuleba, marchenko]).1.quotes.first?.speaker == "e2")
        // A word for anyone brings in someone new; nor does a descriptor with more words after it.
        let anyone = "Дмитро Кулеба і Оксана Марченко говорили довго.\n\n«Домовилися», – розповіла жінка."
        #expect(facts(anyone, entities: [kuleba, marchenko]).1.quotes.first?.speaker == nil)
        // Where it was said may follow the word (`зі сцени`); a name of its own may not.
        let stage = "Дмитро Кулеба і Оксана Марченко говорили довго.\n\n«Домовилися», – сказала дослідниця зі сцени."
        #expect(facts(stage, entities: [kuleba, marchenko]).1.quotes.first?.speaker == "e2")
        // So may to whom it was said.
        let addressed = "Дмитро Кулеба і Оксана Марченко говорили довго.\n\n«Домовилися», – сказала дослідниця журналістам."
        #expect(facts(addressed, entities: [kuleba, marchenko]).1.quotes.first?.speaker == "e2")
        let other = TestEntity(id: "e7", type: "PERS", name: "Ірина Гнатюк", gender: "femn", surfaces: ["Ірина Гнатюк"])
        let named = "Дмитро Кулеба і Оксана Марченко говорили довго.\n\n«Домовилися», – сказала дослідниця з Києва Ірина Гнатюк."
        #expect(facts(named, entities: [kuleba, marchenko, other]).1.quotes.first?.speaker == "e7")
        // `з` + what the person knows is someone new, not the one named last.
        let expert = "Дмитро Кулеба і Оксана Марченко говорили довго.\n\n«Домовилися», – сказала дослідниця з міжнародної безпеки."
        #expect(facts(expert, entities: [kuleba, marchenko]).1.quotes.first?.speaker == nil)
    }

    @Test func aLawyerCalledByTheWordForHisProfessionIsTheSpeaker() {
        let lawyer = TestEntity(id: "e1", type: "PERS", name: "Ігор Петренко", gender: "masc", surfaces: ["Ігор Петренко"], roles: ["адвокат"])
        let text = "Адвокат Ігор Петренко представляє інтереси родини.\n\n«Суд має переглянути справу», – зазначив юрист."
        #expect(facts(text, entities: [lawyer]).1.quotes.first?.speaker == "e1")
        let her = "Адвокат Ігор Петренко представляє інтереси родини.\n\n«Суд має переглянути справу», – зазначила юристка."
        #expect(facts(her, entities: [lawyer]).1.quotes.first?.speaker == nil)
        // The lawyer, not his client named after him; and no one where no lawyer is named.
        let client = TestEntity(id: "e2", type: "PERS", name: "Олег Коваль", gender: "masc", surfaces: ["Олега Коваля"])
        let both = "Адвокат Ігор Петренко захищає Олега Коваля.\n\n«Суд має переглянути справу», – зазначив юрист."
        #expect(facts(both, entities: [lawyer, client]).1.quotes.first?.speaker == "e1")
        let judge = TestEntity(id: "e3", type: "PERS", name: "Андрій Мельник", gender: "masc", surfaces: ["Андрій Мельник"], roles: ["суддя"])
        let noLawyer = "Суддя Андрій Мельник відхилив позов Олега Коваля.\n\n«Суд має переглянути справу», – зазначив юрист."
        #expect(facts(noLawyer, entities: [judge, client]).1.quotes.first?.speaker == nil)
    }

    @Test func aDescriptorPassesOverAPersonOfAnotherKind() {
        let athlete = TestEntity(id: "e1", type: "PERS", name: "Ярослава Магучих", gender: "femn", surfaces: ["Ярослава Магучих", "Магучих"])
        let coach = TestEntity(id: "e2", type: "PERS", name: "Тетяна Степанова", gender: "femn", surfaces: ["Тетяні Степановій"], roles: ["тренерка"])
        let text = "Ярослава Магучих перемогла. Магучих подякувала тренерці Тетяні Степановій.\n\n«Дякую», – сказала спортсменка журналістам."
        #expect(facts(text, entities: [athlete, coach]).1.quotes.first?.speaker == "e1")
        // Only a companion's role is passed over: an athlete of another word is still one.
        let jumper = TestEntity(id: "e2", type: "PERS", name: "Тетяна Степанова", gender: "femn", surfaces: ["Тетяні Степановій"], roles: ["легкоатлетка"])
        let other = "Ярослава Магучих перемогла. Магучих подякувала Тетяні Степановій.\n\n«Дякую», – сказала спортсменка."
        #expect(facts(other, entities: [athlete, jumper]).1.quotes.first?.speaker == "e2")
        // With no one else, the one passed over is still the speaker.
        // A spokesperson is no companion: `посадовець` may well be the one named last.
        let president = TestEntity(id: "e3", type: "PERS", name: "Володимир Зеленський", gender: "masc", surfaces: ["Володимир Зеленський"], roles: ["Президент"])
        let spokesman = TestEntity(id: "e4", type: "PERS", name: "Сергій Никифоров", gender: "masc", surfaces: ["Сергій Никифоров"], roles: ["Речник президента"])
        let official = "Президент Володимир Зеленський підписав указ. Речник президента Сергій Никифоров пояснив деталі.\n\n«Указ набуде чинності завтра», – повідомив посадовець присутнім."
        #expect(facts(official, entities: [president, spokesman]).1.quotes.first?.speaker == "e4")
        let alone = TestEntity(id: "e2", type: "PERS", name: "Тетяна Степанова", gender: "femn", surfaces: ["Тетяна Степанова"], roles: ["тренерка"])
        #expect(facts("Тетяна Степанова прийшла.\n\n«Дякую», – сказала спортсменка.", entities: [alone]).1.quotes.first?.speaker == "e2")
    }

    @Test func aWomansRoleWordStandsForTheWomanWhoHoldsIt() {
        let her = TestEntity(id: "e1", type: "PERS", name: "Юлія Свириденко", gender: "femn", surfaces: ["Юлія Свириденко", "Свириденко"],
                             roles: ["прем'єр-міністерка України"])
        let him = TestEntity(id: "e2", type: "PERS", name: "Дік Схооф", gender: "masc", surfaces: ["Дік Схооф", "Схооф"], roles: ["прем'єр-міністр Нідерландів"])
        let text = "Юлія Свириденко говорила з Дік Схооф. Потім Свириденко подякувала, а Схооф запросив її.\n\n«Дякуємо», – написала прем'єрка."
        #expect(facts(text, entities: [her, him]).1.quotes.first?.speaker == "e1")
        // `генсека` ends like a woman's word but is his genitive.
        let chief = TestEntity(id: "e3", type: "PERS", name: "Антоніу Гутерреш", gender: "masc", surfaces: ["Антоніу Гутерреш"],
                               roles: ["генеральний секретар ООН"])
        let secretary = TestEntity(id: "e4", type: "PERS", name: "Аньєс Калламар", gender: "femn", surfaces: ["Аньєс Калламар"],
                                   roles: ["генеральна секретарка Amnesty"])
        let genitive = "Аньєс Калламар і Антоніу Гутерреш говорили довго. За словами генсека, все вирішено."
        #expect(facts(genitive, entities: [secretary, chief]).1.quotes.first?.speaker == "e3")
    }

    @Test func aRectorSpeaksByHerTitle() {
        let rector = TestEntity(id: "e6", type: "PERS", name: "Наталія Шаховська", gender: "femn", surfaces: ["Наталію Шаховську"], roles: ["ректорка закладу"])
        let text = "Ректоркою обрали Наталію Шаховську.\n\n«Ми впораємося», – сказала новообрана ректорка."
        #expect(facts(text, entities: [rector]).1.quotes.first?.speaker == "e6")
    }

    @Test func aTopicOpeningTheSentenceIsNoQuote() {
        let text = "Археологи знайшли скарб. Про знахідку в понеділок, 20 жовтня, повідомила Оксана Марченко."
        #expect(!facts(text, entities: [marchenko]).1.quotes.contains { $0.text.hasPrefix("Про знахідку") })
    }

    @Test func pronounsAgreeInGender() {
        let text = "Оксана Марченко і Дмитро Кулеба говорили довго. «Домовилися», – додав він."
        let (_, layer) = facts(text, entities: [marchenko, kuleba])
        #expect(layer.quotes.first?.speaker == "e1")
    }

    @Test func reportedSpeech() {
        let (_, layer) = facts("Марченко наголосила, що переговори тривають.", entities: [marchenko])
        #expect(layer.quotes.first?.kind == .indirect)
        #expect(layer.quotes.first?.text == "переговори тривають")
        #expect(layer.quotes.first?.speaker == "e2")
    }

    @Test func aProposalWithAnInfinitiveIsReportedSpeech() {
        let (_, layer) = facts("Марченко запропонувала запровадити ліцензування експорту.", entities: [marchenko])
        #expect(layer.quotes.first?.text == "запровадити ліцензування експорту")
        #expect(layer.quotes.first?.speaker == "e2")
        // An offer of a thing says nothing.
        #expect(facts("Марченко запропонувала допомогу постраждалим.", entities: [marchenko]).1.quotes.isEmpty)
    }

    @Test func aCommaAndAVerbOfSayingAtTheEndGiveTheSentenceToWhoFollows() {
        let firm = TestEntity(id: "e9", type: "ORG", name: "Артхаус Трафік", surfaces: ["Артхаус Трафік"])
        let (_, layer) = facts("Прокатом займеться компанія «Артхаус Трафік», повідомила Марченко.", entities: [firm, marchenko])
        #expect(layer.quotes.first?.text == "Прокатом займеться компанія «Артхаус Трафік»")
        #expect(layer.quotes.first?.speaker == "e2")
        // Words in quotation marks that open the sentence are said as they stand.
        let (_, direct) = facts("«Ми переможемо», сказала Марченко.", entities: [marchenko])
        #expect(direct.quotes.first?.text == "Ми переможемо")
        #expect(direct.quotes.first?.kind == .direct)
    }

    @Test func anAdmissionIsSaid() {
        let (_, layer) = facts("Я мріяв грати в Англії з дитинства, – зізналася Марченко після підписання.", entities: [marchenko])
        #expect(layer.quotes.first?.speaker == "e2")
        #expect(layer.quotes.first?.text.hasPrefix("Я мріяв грати") == true)
    }

    @Test func anOrganisationInAComplementIsNoSpeakerBeforeAPerson() {
        let cnn = TestEntity(id: "e11", type: "ORG", name: "CNN", surfaces: ["CNN"])
        let (_, layer) = facts("Марченко в інтерв'ю CNN заявила, що переговори тривають.", entities: [marchenko, cnn])
        #expect(layer.quotes.first?.speaker == "e2")
        // Alone, it speaks: `У CNN заявили`.
        let (_, alone) = facts("У CNN заявили, що переговори тривають.", entities: [cnn])
        #expect(alone.quotes.first?.speaker == "e11")
    }

    @Test func aTitleInTheGenitiveAfterAccordingToIsItsHolder() {
        let grossi = TestEntity(id: "e10", type: "PERS", name: "Рафаель Гроссі", surfaces: ["Рафаель Гроссі"], roles: ["генеральний директор МАГАТЕ"])
        let (_, layer) = facts("Рафаель Гроссі відвідав станцію. За словами гендиректора, працюють два енергоблоки.", entities: [grossi])
        #expect(layer.quotes.first?.speaker == "e10")
    }

    @Test func accordingToAndAsReported() {
        let (_, layer) = facts("За словами Кулеби, зерно вже в дорозі. Як повідомив Кулеба, судна вийшли з порту.", entities: [kuleba])
        #expect(layer.quotes.map(\.text) == ["зерно вже в дорозі", "судна вийшли з порту"])
        #expect(layer.quotes.allSatisfy { $0.speaker == "e1" })
    }

    @Test func statementsInPublishedTextsBelongToThePublisher() {
        let text = "МЗС оприлюднило заяву, в якій йдеться, що посла викликали для пояснень."
        let (_, layer) = facts(text, entities: [mzs])
        #expect(layer.quotes.first?.speaker == "e3")
        #expect(layer.quotes.first?.text == "посла викликали для пояснень")
    }

    @Test func embeddedPostIsAQuoteOfItsAuthor() {
        let text = "Текст допису Дмитра Кулеби:\nДякую партнерам за підтримку. Разом ми сильніші."
        let entity = TestEntity(id: "e1", type: "PERS", name: "Дмитро Кулеба", surfaces: ["Дмитра Кулеби"])
        let (_, layer) = facts(text, entities: [entity])
        #expect(layer.quotes.first?.text == "Дякую партнерам за підтримку. Разом ми сильніші.")
        #expect(layer.quotes.first?.speaker == "e1")
    }

    @Test func roleWordsNameTheirHolder() {
        let text = "Кулеба прибув до Вільнюса.\n«Це історичний день», – зазначив міністр."
        let (_, layer) = facts(text, entities: [kuleba])
        #expect(layer.quotes.first?.speaker == "e1")
    }

    @Test func aRoleWordBeforeTheNextSentenceIsNoApposition() {
        // `глава Пентагону` ends its sentence; the name that opens the next is not its holder.
        let rutte = TestEntity(id: "e1", type: "PERS", name: "Марк Рютте", gender: "masc", surfaces: ["Рютте"])
        let pentagon = TestEntity(id: "e2", type: "ORG", name: "Пентагон", surfaces: ["Пентагону"])
        let text = "Ми не відступимо, – підкреслив глава Пентагону.\nРютте, який очолив Альянс, наголосив на єдності."
        let (_, layer) = facts(text, entities: [rutte, pentagon])
        #expect(layer.quotes.first?.speaker == nil)
    }

    @Test func unbalancedQuoteMarkDoesNotSwallowTheArticle() {
        let text = "Кулеба заявив: «Ми готові до переговорів.\nДругий абзац про інше. Третій абзац."
        let (_, layer) = facts(text, entities: [kuleba])
        for quote in layer.quotes { #expect(!quote.text.contains("Третій")) }
    }

    @Test func noFactsGiveEmptyLists() {
        let (_, layer) = facts("Погода сьогодні тепла, дощу не буде.")
        #expect(layer.quotes.isEmpty)
        #expect(layer.events.isEmpty)
    }
}

struct QuoteSpeakerTests {
    @Test func possessiveAccordingTo() {
        let (_, layer) = facts("Дмитро Кулеба прибув до Вільнюса. За його словами, зерно вже в дорозі.", entities: [kuleba])
        #expect(layer.quotes.first?.speaker == "e1")
        #expect(layer.quotes.first?.cue == "За його словами")
    }

    @Test func aTitleWithItsCountryNamesTheRightPerson() {
        let france = TestEntity(id: "e5", type: "LOC", name: "Франція", surfaces: ["Франції"])
        let macron = TestEntity(id: "e6", type: "PERS", name: "Емманюель Макрон", gender: "masc", surfaces: ["Емманюелем Макроном"])
        let zelensky = TestEntity(id: "e7", type: "PERS", name: "Володимир Зеленський", gender: "masc", surfaces: ["Володимир Зеленський"], roles: ["Президент України"])
        let text = "Володимир Зеленський поговорив з президентом Франції Емманюелем Макроном. Президент Франції наголосив, що допомога триватиме."
        let (_, layer) = facts(text, entities: [zelensky, france, macron])
        #expect(layer.quotes.first?.speaker == "e6")
    }

    @Test func aRelativeClauseDoesNotHideTheSpeaker() {
        let nato = TestEntity(id: "e8", type: "ORG", name: "НАТО", surfaces: ["Альянс"])
        let rutte = TestEntity(id: "e9", type: "PERS", name: "Марк Рютте", surfaces: ["Рютте"])
        let (_, layer) = facts("Рютте, який очолив Альянс восени, наголосив, що мир можливий.", entities: [nato, rutte])
        #expect(layer.quotes.first?.speaker == "e9")
    }
}

struct ReportedSpeechTests {
    @Test func wordsBetweenTheVerbAndThat() {
        let (_, layer) = facts("Марченко заявила журналістам, що рішення оскаржать.", entities: [marchenko])
        #expect(layer.quotes.first?.text == "рішення оскаржать")
        #expect(layer.quotes.first?.speaker == "e2")
    }

    @Test func aPromiseWithAnInfinitive() {
        let (_, layer) = facts("Марченко пообіцяла щотижня публікувати звіт.", entities: [marchenko])
        #expect(layer.quotes.first?.text == "щотижня публікувати звіт")
        #expect(layer.quotes.first?.kind == .indirect)
        // Whom and when may stand between the verb and the infinitive.
        let call = facts("Марченко закликала киян під час тривоги залишатися в укриттях.", entities: [marchenko]).1
        #expect(call.quotes.first?.text == "киян під час тривоги залишатися в укриттях")
    }
}

struct CalledItTests {
    @Test func wordsTheSpeakerCalledSomethingAreTheirs() {
        let text = "Голова журі Оксана Марченко назвала картину «чесною і болючою розмовою про війну»."
        let quote = facts(text, entities: [marchenko]).1.quotes.first
        #expect(quote?.text == "чесною і болючою розмовою про війну")
        #expect(quote?.speaker == "e2")
        // A name given is no quote.
        #expect(facts("Оксана Марченко назвала фільм «Обітниця».", entities: [marchenko]).1.quotes.isEmpty)
    }
}

struct ReportedBeforeTests {
    @Test func theSentenceBeforeAboutThisIsTheSpeakers() {
        let text = "Уряд ухвалив рішення надати допомогу. Про це повідомила Оксана Марченко під час брифінгу."
        let (_, layer) = facts(text, entities: [marchenko])
        let quote = layer.quotes.first { $0.text.contains("надати допомогу") }
        #expect(quote?.speaker == "e2")
        // When and where may stand between; not a clause after a comma.
        let later = "Уряд ухвалив рішення надати допомогу. Про це в середу на брифінгу в Києві повідомила Оксана Марченко."
        #expect(facts(later, entities: [marchenko]).1.quotes.first { $0.text.contains("надати допомогу") }?.speaker == "e2")
        let clause = "Уряд ухвалив рішення надати допомогу. Про це, як і минулого року, повідомила Оксана Марченко."
        #expect(!facts(clause, entities: [marchenko]).1.quotes.contains { $0.text.contains("надати допомогу") })
        // A date given with its weekday between commas; `Про це …` itself is no quote.
        let day = TestEntity(id: "e8", type: "DATE", name: "в четвер", surfaces: ["в четвер"])
        let date = TestEntity(id: "e9", type: "DATE", name: "5 червня", surfaces: ["5 червня"])
        let dated = "Уряд ухвалив рішення надати допомогу. Про це в четвер, 5 червня, повідомила Оксана Марченко."
        let datedQuotes = facts(dated, entities: [marchenko, day, date]).1.quotes
        #expect(datedQuotes.first { $0.text.contains("надати допомогу") }?.speaker == "e2")
        #expect(!datedQuotes.contains { $0.text.hasPrefix("Про це") })
        // The weekday outside the date entity (`у вівторок, 15 вересня,`, where only the day is a date).
        let weekday = "Уряд ухвалив рішення надати допомогу. Про це у вівторок, 15 вересня, повідомила Оксана Марченко."
        let day15 = TestEntity(id: "e9", type: "DATE", name: "15 вересня", surfaces: ["15 вересня"])
        #expect(facts(weekday, entities: [marchenko, day15]).1.quotes.first { $0.text.contains("надати допомогу") }?.speaker == "e2")
        // Opening a paragraph, it reports the paragraph before, of up to three sentences.
        let (_, apart) = facts("Уряд ухвалив рішення надати допомогу. Гроші підуть на ліки.\n\nПро це повідомила Оксана Марченко.", entities: [marchenko])
        let reported = apart.quotes.first { $0.text.contains("надати допомогу") }
        #expect(reported?.speaker == "e2")
        #expect(reported?.text.contains("на ліки") == true)
        let long = "Уряд ухвалив рішення. Гроші підуть на ліки. Решту отримають школи. Лікарні чекають.\n\nПро це повідомила Оксана Марченко."
        #expect(facts(long, entities: [marchenko]).1.quotes.isEmpty)
        // Not a paragraph with a speaker of its own, a reminder, or a question.
        let own = "«Ми не погодимося», – заявив Дмитро Кулеба.\n\nПро це повідомила Оксана Марченко."
        #expect(facts(own, entities: [kuleba, marchenko]).1.quotes.allSatisfy { $0.speaker == "e1" })
        let reminder = "Нагадаємо, уряд ухвалив рішення надати допомогу.\n\nПро це повідомила Оксана Марченко."
        #expect(facts(reminder, entities: [marchenko]).1.quotes.isEmpty)
        let question = "Що відомо про допомогу?\n\nПро це повідомила Оксана Марченко."
        #expect(facts(question, entities: [marchenko]).1.quotes.isEmpty)
    }

    @Test func anotherWordForTheHeadFindsTheTitleHolder() {
        let head = TestEntity(id: "e7", type: "PERS", name: "Роман Гуцул", gender: "masc", surfaces: ["Романа Гуцула"], roles: ["голова правління компанії"])
        let text = "Головою правління компанії призначили Романа Гуцула.\n\n«Ми збережемо графік рейсів», – заявив новий очільник компанії."
        let (_, layer) = facts(text, entities: [head])
        #expect(layer.quotes.first?.speaker == "e7")
        // With two heads in the article, the word says nothing.
        let other = TestEntity(id: "e8", type: "PERS", name: "Ігор Лис", gender: "masc", surfaces: ["Ігоря Лиса"], roles: ["директор заводу"])
        let two = "Головою правління компанії призначили Романа Гуцула. Він змінив Ігоря Лиса.\n\n«Ми збережемо графік рейсів», – заявив новий очільник компанії."
        #expect(facts(two, entities: [head, other]).1.quotes.first?.speaker == nil)
    }

    @Test func clergyAndCoachesAreRoleWordsToo() {
        let bishop = TestEntity(id: "e9", type: "PERS", name: "Варфоломій", gender: "masc", surfaces: ["Варфоломій"], roles: ["митрополит"])
        let text = "Службу очолив митрополит Варфоломій.\n\n«Ми молимося за мир», – сказав митрополит."
        #expect(facts(text, entities: [bishop]).1.quotes.first?.speaker == "e9")
        let coach = TestEntity(id: "e10", type: "PERS", name: "Ігор Лис", gender: "masc", surfaces: ["Ігор Лис"], roles: ["головний тренер клубу"])
        let match = "Команду вивів головний тренер клубу Ігор Лис.\n\n«Ми заслужили цю перемогу», – зазначив тренер."
        #expect(facts(match, entities: [coach]).1.quotes.first?.speaker == "e10")
    }

    @Test func aLongNameAfterTheCueIsTheSpeaker() {
        let agency = TestEntity(
            id: "e13", type: "ORG", name: "Державне агентство України з управління зоною відчуження",
            surfaces: ["Державному агентстві України з управління зоною відчуження"])
        let text = "Вогонь охопив понад 50 гектарів, повідомили в Державному агентстві України з управління зоною відчуження."
        #expect(facts(text, entities: [agency]).1.quotes.first?.speaker == "e13")
        // More than the name after the cue: no quote of that kind.
        let more = "Вогонь охопив понад 50 гектарів, повідомили в Державному агентстві України з управління зоною відчуження вчора ввечері по телефону."
        #expect(facts(more, entities: [agency]).1.quotes.isEmpty)
    }

    @Test func figuresOfANamedSourceAreItsStatement() {
        let ombudsman = TestEntity(
            id: "e14", type: "PERS", name: "Дмитро Лубінець", gender: "masc", surfaces: ["Дмитро Лубінець"],
            roles: ["Уповноважений Верховної Ради з прав людини"])
        let text = "Доповідь представив Дмитро Лубінець.\n\nЗа даними омбудсмана, Україна встановила особи 19 тисяч дітей."
        #expect(facts(text, entities: [ombudsman]).1.quotes.first?.speaker == "e14")
        // No one named, or no comma soon after the source: no statement.
        #expect(facts("За даними слідства, гроші зникли.", entities: []).1.quotes.isEmpty)
        #expect(facts("За даними слідства невстановлені особи з фірми розтратили кошти, перерахувавши їх.", entities: []).1.quotes.isEmpty)
    }

    @Test func thanksAfterADashAreAQuote() {
        let minister = TestEntity(id: "e15", type: "PERS", name: "Герман Галущенко", gender: "masc", surfaces: ["Галущенко"])
        let text = "«Японія допомогла енергосистемі пережити зиму», – подякував Галущенко."
        #expect(facts(text, entities: [minister]).1.quotes.first?.speaker == "e15")
    }

    @Test func aNationalityNamesThePersonItIntroduced() {
        let boxer = TestEntity(id: "e11", type: "PERS", name: "Тайсон Ф'юрі", gender: "masc", surfaces: ["Тайсона Ф'юрі"])
        let champion = TestEntity(id: "e12", type: "PERS", name: "Олександр Усик", gender: "masc", surfaces: ["Олександр Усик", "Усик"])
        let text = "Олександр Усик переміг британця Тайсона Ф'юрі. Усик зберіг пояси.\n\nБританець заявив журналістам, що вважає себе переможцем."
        #expect(facts(text, entities: [boxer, champion]).1.quotes.first?.speaker == "e11")
    }
}
