import Testing
@testable import LitopysText

func segmented(_ text: String) -> Document {
    var document = Document(text: text)
    Segmenter().segment(&document)
    return document
}

struct SegmenterTests {
    @Test(arguments: [
        ("7,08 млн грн", ["7,08", "млн", "грн"]),
        ("виділили 1 000 гривень", ["виділили", "1 000", "гривень"]),
        ("о 14:00 12.01.2022", ["о", "14:00", "12.01.2022"]),
        ("у 2017-го року", ["у", "2017-го", "року"]),
        ("будь-якої пресконференції", ["будь-якої", "пресконференції"]),
        ("Більче-Волицько-Угерське родовище", ["Більче-Волицько-Угерське", "родовище"]),
        ("м'ясо і м’ясо", ["м'ясо", "і", "м’ясо"]),
        ("Дивіться https://www.example.com.ua/news/1, будь ласка", ["Дивіться", "https://www.example.com.ua/news/1", ",", "будь", "ласка"]),
        ("пишіть на info@litopys.org.", ["пишіть", "на", "info@litopys.org", "."]),
        ("@NATO пише #Україна", ["@NATO", "пише", "#Україна"]),
        ("Слава 🇺🇦 👍🏻!", ["Слава", "🇺🇦", "👍🏻", "!"]),
        ("Що?! Ну...", ["Що", "?!", "Ну", "..."]),
        ("«Так», – сказав він.", ["«", "Так", "»", ",", "–", "сказав", "він", "."]),
        ("у 2014 р. (див. вище)", ["у", "2014", "р", ".", "(", "див", ".", "вище", ")"]),
        ("ІТ-фахівці та 5G", ["ІТ-фахівці", "та", "5G"]),
    ])
    func tokenizes(text: String, expected: [String]) {
        #expect(segmented(text).tokens.map(\.text) == expected)
    }

    @Test func tokenKindsAreSet() {
        let document = segmented("Сайт example.com, № 15 і @user 😀")
        #expect(document.tokens.map(\.kind) == [.word, .url, .punctuation, .symbol, .number, .word, .handle, .emoji])
    }

    @Test(arguments: [
        ("В. Зеленський зустрівся з Д. Туском у Києві.", 1),
        ("Наказ підписав Д . Лебідь у Києві .", 1),
        ("Це сталося у 2014 р. Після того все змінилося.", 2),
        ("Це сталося у 2014 р. в Криму.", 1),
        ("Він живе на вул. Хрещатик у м. Київ. Там тихо.", 2),
        ("«Ми прийдемо!» – сказав він. Потім пішов.", 2),
        ("Він сказав: «Ми прийдемо». Потім пішов.", 2),
        ("Чекали... а потім пішли.", 1),
        ("Чекали... Потім пішли.", 2),
        ("Це своєчасна можливість, – написав генсек. Столтенберг наголосив на діалозі.", 2),
        ("Зростання склало 7,5 млн грн. Це рекорд.", 2),
        ("Заголовок без крапки\nПерше речення.", 2),
        ("Про це пишуть «Наші рахунки.\nПолтава» з посиланням на мерію.", 1),
        ("Він процитував: «Ми тут.\nА ви?\nІ вони теж прийдуть, бо так домовилися раніше»", 3),
        ("Відкрили «Книгарню.\nПотім закрили.", 2),
        ("Хто винен? Що робити?", 2),
        ("Ст. 15 Конституції гарантує це.", 1),
    ])
    func splitsSentences(text: String, count: Int) {
        #expect(segmented(text).sentenceCount == count)
    }

    @Test func sentencesKeepTheirClosingQuotes() {
        let document = segmented("Він сказав: «Ми прийдемо!» Потім пішов.")
        #expect(document.sentences.map { document.text(from: $0.start, to: $0.end) } == ["Він сказав: «Ми прийдемо!»", "Потім пішов."])
    }

    @Test func offsetsAreCodePoints() {
        let document = segmented("👍 Так.")
        #expect(document.tokens.map(\.start) == [0, 2, 5])
        #expect(document.sentence(0).end == 6)
    }

    @Test func emptyAndOddInputIsSafe() {
        #expect(segmented("").sentenceCount == 0)
        #expect(segmented("   \n ").tokenCount == 0)
        let long = String(repeating: "а", count: 10_000)
        #expect(segmented(long).tokens.map(\.text) == [long])
        #expect(segmented("...!!!").tokenCount == 1)
    }

    @Test func sentenceIndexOfTokenFindsTheSentence() {
        let document = segmented("Перше речення. Друге речення тут.")
        #expect(document.sentenceIndex(ofToken: 0) == 0)
        #expect(document.sentenceIndex(ofToken: 3) == 1)
        #expect(document.sentenceIndex(ofToken: document.tokenCount - 1) == 1)
    }
}
