import Testing

@testable import LitopysEntities

/// The document-context atom: how the other occurrences of a capitalised word's stem are written.
@Suite struct DocumentContextTests {
    /// The context atom of the token with text `word` (its first occurrence) in `text`.
    func context(of word: String, in text: String) -> UInt64? {
        let input = TextSegmentation.input(for: text)
        let extractor = FeatureExtractor(gazetteer: Gazetteer())
        let atoms = extractor.atoms(for: input)
        guard let t = (0..<input.tokenCount).first(where: { input.text(ofToken: $0) == word }) else { return nil }
        return atoms[t * TokenAttribute.count + TokenAttribute.documentContext.column]
    }

    @Test func lowerCaseElsewhereMarksACommonWord() {
        // `Вчора` opens a sentence; `вчора` elsewhere is lower case (bit 2).
        #expect(context(of: "Вчора", in: "Вчора йшов дощ. Він прийшов вчора ввечері.") == DocumentContext.combinations[2])
    }

    @Test func capitalisedMidSentenceElsewhereMarksAName() {
        // `Вілламет` elsewhere stands capitalised inside a sentence (bit 1), not next to
        // another capitalised word and not quoted.
        #expect(context(of: "Вілламет", in: "Вілламет зріс. Акції купила компанія Вілламет учора.") == DocumentContext.combinations[1])
    }

    @Test func quotedAndNeighbouredElsewhere() {
        // Elsewhere: inside quotation marks (bit 4) and beside the capitalised `Плюс` (bit 8),
        // in the middle of a sentence (bit 1).
        let text = "Світанок відкрився. Фірма «Світанок Плюс» працює."
        #expect(context(of: "Світанок", in: text) == DocumentContext.combinations[1 | 4 | 8])
    }

    @Test func aloneAndLowerCaseTokens() {
        #expect(context(of: "Київ", in: "Київ прокинувся рано.") == DocumentContext.alone)
        // Tokens in lower case carry no context.
        #expect(context(of: "прокинувся", in: "Київ прокинувся рано. Львів прокинувся теж.") == 0)
    }
}
