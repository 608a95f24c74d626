import Testing
@testable import LitopysFacts

struct DateExtractorTests {
    @Test(arguments: [
        ("Засідання відбулося 12 січня 2022 року.", "2022-01-12", "day-month-year"),
        ("Засідання відбулося 12 січня.", "2022-01-12", "day-month"),
        ("Переговори пройшли 25 грудня.", "2021-12-25", "day-month"),
        ("Документ підписали 12.01.2022.", "2022-01-12", "numeric"),
        ("Окупація почалася у 2014 році.", "2014", "year"),
        ("Це було 2017-го року.", "2017", "year"),
        ("Це сталося у 2014–2015 роках.", "2014/2015", "year"),
        ("Вибори призначено на у березні 2024 року.", "2024-03", "month-year"),
        ("Саміт запланували у березні.", "2022-03", "month"),
        ("Форум пройде 3–4 квітня.", "2022-04-03/2022-04-04", "day-month"),
        ("Форум пройде з 2 по 4 квітня.", "2022-04-02/2022-04-04", "day-month"),
        ("Ярмарок триватиме з 12 до 22 лютого.", "2022-02-12/2022-02-22", "day-month"),
        ("Чемпіонат пройде з 14 червня по 14 липня.", "2022-06-14/2022-07-14", "day-month"),
        ("Виставка триватиме 20 грудня – 10 січня 2023 року.", "2022-12-20/2023-01-10", "day-month-year"),
        ("Вчора він прилетів до Києва.", "2022-01-11", "relative-day"),
        ("Сьогодні триває засідання.", "2022-01-12", "relative-day"),
        ("Позавчора його звільнили.", "2022-01-10", "relative-day"),
        ("Минулого тижня пройшли консультації.", "2022-W01", "relative-period"),
        ("Наступного місяця почнуться навчання.", "2022-02", "relative-period"),
        ("Торік угоду продовжили.", "2021", "relative-period"),
        ("У понеділок міністр зустрівся з послом.", "2022-01-10", "weekday"),
        ("У понеділок відбудеться зустріч міністра з послом.", "2022-01-17", "weekday"),
        ("Брифінг почнеться о 14:00.", "T14:00", "time"),
    ])
    func resolves(text: String, value: String, rule: String) {
        let (_, layer) = facts(text, published: "2022-01-12")
        let date = layer.dates.first
        #expect(date?.value == value, "rule \(rule)")
        #expect(date?.rule == rule)
    }

    @Test func aDatelineDatesAnArticleWithoutAPublicationDate() {
        // `вчора` and a day without a year resolve against the dateline's day.
        let (_, layer) = facts("Київ, 12 березня 2024 року. Вчора міністр зустрівся з послом. Візит завершиться 2 квітня.")
        #expect(layer.dates.map(\.value) == ["2024-03-12", "2024-03-11", "2024-04-02"])
        for opening in ["ВАРШАВА, 18.01.2024 – Вчора міністр зустрівся з послом.", "Івано-Франківськ, 18 січня 2024 р. Вчора міністр зустрівся з послом."] {
            #expect(facts(opening).1.dates.map(\.value).contains("2024-01-17"), "\(opening)")
        }
        // A date inside the first sentence, or one without a year, is no dateline.
        for text in ["Київ, 12 березня 2024 року став місцем зустрічі. Вчора міністр прилетів.", "Київ, 12 березня. Вчора міністр прилетів."] {
            #expect(facts(text).1.dates.last?.value == nil, "\(text)")
        }
        // A publication date, when given, wins.
        #expect(facts("Київ, 12 березня 2024 року. Вчора міністр прилетів.", published: "2024-03-13").1.dates.last?.value == "2024-03-12")
    }

    @Test func theSameDayIsTheDayNamedLast() {
        let (_, layer) = facts("Міністр прибув 5 січня. Того ж дня він зустрівся з послом.", published: "2022-01-12")
        #expect(layer.dates.map(\.value) == ["2022-01-05", "2022-01-05"])
        #expect(layer.dates.last?.rule == "same-day")
        // With no day named before, it stays unresolved.
        let (_, alone) = facts("Того ж дня він зустрівся з послом.", published: "2022-01-12")
        #expect(alone.dates.map(\.value) == [nil])
    }

    @Test func keepsOffsetsAndText() {
        let (_, layer) = facts("У Брюсселі 12 січня розпочалося засідання.", published: "2022-01-12")
        #expect(layer.dates.map(\.text) == ["12 січня"])
        #expect(layer.dates.first?.start == 11)
        #expect(layer.dates.first?.end == 19)
    }

    @Test func withoutAPublicationDateDaysHaveNoYear() {
        let (_, layer) = facts("Зустріч відбулася 12 січня, а вчора – ще одна.")
        #expect(layer.dates.map(\.value) == ["--01-12", nil])
    }

    @Test(arguments: ["Це сталося 31 лютого.", "Нарада 30 лютого 2023 року.", "Їх було 45 січня."])
    func rejectsDaysThatDoNotExist(text: String) {
        let (_, layer) = facts(text, published: "2023-01-12")
        #expect(layer.dates.isEmpty)
    }

    @Test func leapDaysNeedALeapYear() {
        #expect(facts("Нарада 29 лютого 2024 року.").1.dates.first?.value == "2024-02-29")
        #expect(facts("Нарада 29 лютого 2023 року.").1.dates.isEmpty)
    }

    @Test func plainNumbersAreNotYears() {
        let (_, layer) = facts("У 2014 депутатів голосували 1991 разів.", published: "2022-01-12")
        #expect(layer.dates.isEmpty)
    }

    @Test func calendarArithmetic() throws {
        let date = try #require(CalendarDate(year: 2022, month: 1, day: 12))
        #expect(date.weekday == 3)
        #expect(date.isoWeek.week == 2)
        #expect(date.adding(days: -12).iso == "2021-12-31")
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
    }
}

struct RelativeDayTests {
    @Test(arguments: [
        ("Напередодні, президент підписав указ.", "2024-06-04"),
        ("Наступного дня міністр відвідає Миколаїв.", "2024-06-06"),
        ("У ніч на вівторок ворог атакував місто.", "2024-06-04"),
    ])
    func resolves(text: String, value: String) {
        #expect(facts(text, published: "2024-06-05").1.dates.first?.value == value)
    }

    @Test func theNextDayOfAStoryToldInThePastFollowsTheDayNamedLast() {
        let (_, layer) = facts("3 червня міністр прибув до Варшави. Наступного дня він відвідав Краків.", published: "2024-06-10")
        #expect(layer.dates.map(\.value) == ["2024-06-03", "2024-06-04"])
        // An event there still to come happened all the same: the verb is in the past.
        #expect(layer.events.last?.status == "happened")
    }

    @Test func theEveAtTheEndOfASentenceIsTheDayBefore() {
        #expect(facts("Ворог атакував Балаклію напередодні.", published: "2024-06-05").1.dates.first?.value == "2024-06-04")
    }

    @Test func theEveOfSomethingIsNoDate() {
        #expect(facts("Сторони говорили напередодні саміту.", published: "2024-06-05").1.dates.isEmpty)
    }
}
