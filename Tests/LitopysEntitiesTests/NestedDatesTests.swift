import Testing

@testable import LitopysEntities

/// The dates found inside a period span, on self-written phrases.
@Suite struct NestedDatesTests {
    /// The texts of the dates inside the period marked up in `marked`.
    func dates(_ marked: String) -> [String] {
        let markup = Markup(marked)
        let input = TextSegmentation.input(for: markup.text)
        let labels = markup.labels(for: input)
        guard let period = BIOLabels.spans(labels).first(where: { $0.1 == .period })?.0 else { return [] }
        let scalars = Array(markup.text.unicodeScalars)
        return NestedDates.dates(inPeriod: period, input: input).map { part in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[part.start..<part.end])
            return String(view)
        }
    }

    @Test func yearsWithPluralYearWord() {
        #expect(dates("Завод працював у [PERIOD 2012-2014 роках] без зупинок.") == ["2012", "2014"])
        #expect(dates("Ремонт тривав [PERIOD 2006 – 2009 рр.] з перервами.") == ["2006", "2009"])
        #expect(dates("Школу будували [PERIOD 2001-2004 р. р.] за кошти громади.") == ["2001", "2004"])
    }

    @Test func singularYearWordStaysWithTheLastDate() {
        #expect(dates("Він жив там з [PERIOD 1904 до 1918 року] разом із сестрою.") == ["1904", "1918 року"])
    }

    @Test func daysAndMonths() {
        #expect(dates("Фестиваль пройде [PERIOD 27-31 липня 2014 р.] у парку.") == ["27", "31 липня 2014 р."])
        #expect(dates("Виставка працюватиме з [PERIOD 16 вересня по 4 жовтня] щодня.") == ["16 вересня", "4 жовтня"])
    }

    @Test func twoMonthsInOneToken() {
        #expect(dates("Ціни росли у [PERIOD квітні-листопаді 2015 року] щомісяця.") == ["квітні", "листопаді 2015 року"])
    }

    @Test func numericDates() {
        #expect(dates("Конкурс тривав з [PERIOD 12.02.2018 до 02.03.2018] включно.") == ["12.02.2018", "02.03.2018"])
    }

    @Test func aSecondRangeIsLeftOut() {
        #expect(dates("Він очолював раду з [PERIOD 2006 по 2007 і з 2010 по 2012 рр.] двічі.") == ["2006", "2007"])
    }

    @Test func durationsAndOpenRangesHaveNoDates() {
        #expect(dates("Роботи триватимуть [PERIOD 10-15 хвилин] щоранку.").isEmpty)
        #expect(dates("Він працює там з [PERIOD 2013 року по теперішній час] без відпусток.").isEmpty)
        #expect(dates("Ремонт триватиме [PERIOD п'ять років] або довше.").isEmpty)
    }

    /// The date inside the document span marked up in `marked`.
    func documentDate(_ marked: String) -> String? {
        let markup = Markup(marked)
        let input = TextSegmentation.input(for: markup.text)
        let labels = markup.labels(for: input)
        guard let span = BIOLabels.spans(labels).first(where: { $0.1 == .document })?.0,
            let part = NestedDates.date(inDocument: span, input: input)
        else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: Array(markup.text.unicodeScalars)[part.start..<part.end])
        return String(view)
    }

    @Test func documentDates() {
        #expect(documentDate("Суд скасував [DOC рішення обласної ради від 28 травня 2015 року] повністю.") == "28 травня 2015 року")
        #expect(documentDate("Мораторій наклали [DOC розпорядженням уряду від 10.04.2008 №610] торік.") == "10.04.2008")
        #expect(documentDate("Суд скасував [DOC рішення обласної ради від 28 травня] повністю.") == "28 травня")
        // No date after `від`, or no `від` at all.
        #expect(documentDate("Суд скасував [DOC рішення обласної ради від імені громади] повністю.") == nil)
        #expect(documentDate("Депутати ухвалили [DOC Закон про освіту] вчора.") == nil)
    }
}
