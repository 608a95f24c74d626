import Testing
@testable import LitopysText

/// A self-written article with the defects scrapers leave: a credit label on its own line
/// glued to the first sentence, inserts, subheadings, a dash attribution on its own line,
/// a glued sentence end and an embedded post.
let scrapedArticle = """
    Уряд ухвалив програму підтримки фермерів: що зміниться
    Джерело:
    пресслужба КабмінуУ Києві 3 березня відбулося засідання уряду. Міністри ухвалили програму.
    Фото: Укрінформ
    Прем'єр-міністр Денис Шмигаль заявив, що програма почне діяти з квітня.
    Читайте також: Уряд змінив правила експорту зерна
    Що передбачає програма
    Фермери отримають дешеві кредити,
    – пояснив очільник уряду.
    Програма розрахована на три роки.Після цього її переглянуть.
    Новини партнерів
    Текст допису Дениса Шмигаля:
    Сьогодні ми ухвалили важливе рішення для аграріїв.
    """

struct ArticleCleanerTests {
    let document = ArticleCleaner().clean(Article(text: scrapedArticle, hasHeadline: true, published: "2024-03-03"))

    @Test func takesTheHeadlineFromTheFirstLine() {
        #expect(document.title == "Уряд ухвалив програму підтримки фермерів: що зміниться")
        #expect(!document.text.contains("що зміниться"))
        #expect(document.published == "2024-03-03")
    }

    @Test func splitsAGluedAttributionFromTheBody() {
        #expect(document.attribution == "пресслужба Кабміну")
        #expect(document.text.hasPrefix("У Києві 3 березня відбулося засідання уряду."))
        #expect(document.removed.contains(RemovedPiece(kind: "attribution", text: "Джерело: пресслужба Кабміну")))
    }

    @Test func removesCreditsAndInsertsWithTheirKind() {
        let kinds = document.removed.map(\.kind)
        #expect(kinds == ["attribution", "credit", "read-also", "partners"])
        #expect(document.removed[2].text == "Читайте також: Уряд змінив правила експорту зерна")
        #expect(!document.text.contains("Укрінформ"))
        #expect(!document.text.contains("Новини партнерів"))
    }

    @Test func findsSubheadingsAndKeepsThemInTheText() {
        #expect(document.sections.map(\.heading) == ["Що передбачає програма"])
        let section = document.sections[0]
        #expect(document.text(from: section.start, to: section.start + 22) == "Що передбачає програма")
    }

    @Test func joinsADashAttributionToItsQuote() {
        #expect(document.text.contains("Фермери отримають дешеві кредити, – пояснив очільник уряду."))
    }

    @Test func repairsAGluedSentenceEnd() {
        #expect(document.text.contains("три роки. Після цього"))
    }

    @Test func keepsEmbeddedPostsAsBody() {
        #expect(document.text.contains("Текст допису Дениса Шмигаля:\nСьогодні ми ухвалили важливе рішення для аграріїв."))
    }

    @Test func losesNoLineOfTheInput() {
        let kept = [document.title ?? "", document.text] + document.removed.map(\.text)
        for line in scrapedArticle.split(separator: "\n") {
            // Words are compared without glue: `КабмінуУ` in the input is `Кабміну У` in the output.
            let words = line.split(whereSeparator: { !$0.isLetter }).flatMap { $0.split(whereSeparator: \.isUppercase) }
            for word in words where word.count > 3 {
                #expect(kept.contains { $0.contains(word) }, "lost the word \(word) of line \(line)")
            }
        }
    }

    @Test func bareReadAlsoLabelTakesTheLinkedHeadline() {
        let article = "Перше речення тексту.\nЧитайте також:\nУ Львові відкрили новий міст\nДруге речення тексту."
        let document = ArticleCleaner().clean(Article(text: article))
        #expect(document.removed == [RemovedPiece(kind: "read-also", text: "Читайте також: У Львові відкрили новий міст")])
        #expect(document.text == "Перше речення тексту.\nДруге речення тексту.")
    }

    @Test func withoutAHeadlineAllTextIsBody() {
        let document = ArticleCleaner().clean(Article(title: "Заголовок", text: "Перший рядок.\nДругий рядок."))
        #expect(document.title == "Заголовок")
        #expect(document.text == "Перший рядок.\nДругий рядок.")
    }

    @Test func emptyInputGivesAnEmptyDocument() {
        let document = ArticleCleaner().clean(Article(text: "  \n\n "))
        #expect(document.text.isEmpty)
        #expect(document.sections.isEmpty)
    }

    @Test(arguments: [
        ("Читайте також НАТО не збирається відступати", "read-also"),
        ("ДИВІТЬСЯ ТАКОЖ: відео з місця події", "see-also"),
        ("До теми – про перемовини: дивіться відео", "related"),
        ("Підписуйтесь на наш канал у Telegram", "subscribe"),
        ("Реклама", "advertisement"),
    ])
    func recognisesInserts(line: String, kind: String) {
        #expect(InsertRule.match(line)?.kind == kind)
    }

    @Test(arguments: ["Читайтеся книжки", "Дотеми немає", "Рекламація надійшла вчора."])
    func leavesLookalikesAlone(line: String) {
        #expect(InsertRule.match(line) == nil)
    }
}

struct GluedCreditTests {
    @Test func aCreditValueGluedToTheBodyOnTheSameLine() {
        let document = ArticleCleaner().clean(Article(text: "Джерело: Офіс ПрезидентаПрезидент підписав указ.\nДругий абзац."))
        #expect(document.attribution == "Офіс Президента")
        #expect(document.text == "Президент підписав указ.\nДругий абзац.")
        #expect(document.removed == [RemovedPiece(kind: "attribution", text: "Джерело: Офіс Президента")])
    }

    @Test func aBareInsertLabelWithoutColonTakesItsHeadline() {
        let document = ArticleCleaner().clean(Article(text: "Текст статті.\nНовини партнерів\nЯк обрати генератор для дому\nЩе текст."))
        #expect(document.removed == [RemovedPiece(kind: "partners", text: "Новини партнерів Як обрати генератор для дому")])
        #expect(document.sections.isEmpty)
    }
}
