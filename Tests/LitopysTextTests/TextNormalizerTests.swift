import Testing
@testable import LitopysText

struct TextNormalizerTests {
    @Test(arguments: [
        // lineBreaks
        ("перший\r\nдругий\rтретій", "перший\nдругий\nтретій"),
        // invisibles: soft hyphen, zero-width space, BOM, direction mark
        ("пере\u{00AD}мовини\u{200B} \u{FEFF}тривають\u{200E}", "перемовини тривають"),
        // spaces: NBSP, narrow NBSP, thin space, tab
        ("12\u{00A0}січня\u{202F}2022\u{2009}року\tу Києві", "12 січня 2022 року у Києві"),
        // composition: decomposed й and ї
        ("краи\u{0306} і\u{0308}жі", "край їжі"),
        ("Київ", "Київ"),
        // apostrophes between letters
        ("мʼясо, м’ясо, м`ясо, пам´ять", "м'ясо, м'ясо, м'ясо, пам'ять"),
        // dashes: free-standing ones become an en dash, word hyphens stay
        ("Київ — столиця - і край", "Київ – столиця – і край"),
        ("будь\u{2011}який північно-східний", "будь-який північно-східний"),
        ("- пункт списку", "– пункт списку"),
        ("3–4 квітня", "3–4 квітня"),
        // quotes
        ("\"Слово\" і „друге“ та “третє”", "«Слово» і «друге» та «третє»"),
        ("вимогу \"повертати час назад\".", "вимогу «повертати час назад»."),
        // homoglyphs inside Cyrillic words only
        ("Kиїв і Xарків", "Київ і Харків"),
        ("iPhone і Apple", "iPhone і Apple"),
        // stress marks stay
        ("за́мок", "за́мок"),
    ])
    func normalizes(input: String, expected: String) {
        #expect(TextNormalizer().normalize(input) == expected)
    }

    @Test func rulesCanBeSwitchedOff() {
        var rules = Set(TextNormalizer.Rule.allCases)
        rules.remove(.quotes)
        rules.remove(.homoglyphs)
        let normalizer = TextNormalizer(rules: rules)
        #expect(normalizer.normalize("\"Kиїв\"") == "\"Kиїв\"")
        #expect(normalizer.normalize("мʼясо") == "м'ясо")
    }

    @Test func zeroWidthJoinerStaysInsideEmoji() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(TextNormalizer().normalize(family) == family)
        #expect(TextNormalizer().normalize("сло\u{200D}во") == "слово")
    }

    @Test func unusualCombiningMarksAreComposed() {
        // e + combining acute has a precomposed form; a full NFC pass makes it.
        #expect(TextNormalizer().normalize("cafe\u{0301}") == "café")
    }
}
