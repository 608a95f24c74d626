import LitopysMorph
import LitopysText
import Testing

@testable import LitopysEntities

/// Sentences written all in capitals inside an article's body: the tagger reads them in
/// ordinary case, and names are built from that case, while mentions keep the text as written.
@Suite(.enabled(if: MorphologyFeatures.shared != nil, "needs the VESUM dictionary (`litopys setup`)"))
struct ShoutedTextTests {
    func truecased(_ text: String) throws -> String {
        var document = Document(text: text)
        Segmenter().segment(&document)
        let input = try EntityRecognizer().taggingInput(document)
        return String(String.UnicodeScalarView(input.scalars.compactMap(Unicode.Scalar.init)))
    }

    @Test func wordsTakeTheCaseTheyHaveElsewhere() throws {
        let text = try truecased("ПРЕЗИДЕНТ УКРАЇНИ ВОЛОДИМИР ЗЕЛЕНСЬКИЙ ЗУСТРІВСЯ З ДЖО БАЙДЕНОМ. Про це повідомив Володимир Зеленський.")
        // `Володимир` from the later sentence (the dictionary has no first-name reading of
        // it); `України` from the gazetteer; `Джо Байденом` from the dictionary; `з` is a
        // preposition.
        #expect(text.hasPrefix("Президент України Володимир Зеленський зустрівся з Джо Байденом."))
    }

    @Test func namesInCapitalsGetOrdinaryCase() throws {
        var document = Document(text: "Київ, 12 березня. ПРЕЗИДЕНТ ЗУСТРІВСЯ З ДЖО БАЙДЕНОМ У ВАШИНГТОНІ. Байден подякував.")
        Segmenter().segment(&document)
        try EntityRecognizer().recognize(&document)
        let layer = document[layer: EntityLayer.self]
        let biden = try #require(layer.entities.first { $0.type == .person })
        #expect(biden.name == "Джо Байден")
        #expect(layer.mentions(of: biden).map(\.text) == ["ДЖО БАЙДЕНОМ", "Байден"])
        #expect(layer.entities.contains { $0.type == .location && $0.name == "Вашингтон" })
    }

    @Test func ordinaryTextIsLeftAsWritten() throws {
        let text = "Зеленський зустрівся з Байденом у Вашингтоні. НАТО і США підтримали ЗСУ."
        #expect(try truecased(text) == text)
    }
}
