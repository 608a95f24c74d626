import Foundation
import Testing
@testable import LitopysMorph

@Suite struct MorphCorpusTests {
    @Test func readsBrukTokensAndSentences() {
        let xml = """
            <text>
            <sentence>
              <token value="Яку" lemma="який" tags="adj:f:v_zna:pron:int" />
              <token value="&quot;силу&quot;" lemma="сила" tags="noun:inanim:f:v_zna" />
            </sentence>
            <sentence>
              <token value="!" lemma="!" tags="punct" />
            </sentence>
            </text>
            """
        let sentences = MorphCorpus.parseBruk(xml)
        #expect(sentences.count == 2)
        #expect(sentences[0][1] == GoldToken(word: "\"силу\"", lemma: "сила", tag: "noun:inanim:f:v_zna"))
    }

    @Test func holdsOutEveryTenthDocument() {
        let documents = (1...25).map { GoldDocument(name: String(format: "%02d.xml", $0), sentences: []) }
        let (train, heldOut) = MorphCorpus.split(documents)
        #expect(heldOut.map(\.name) == ["10.xml", "20.xml"])
        #expect(train.count == 23)
    }

    @Test(.enabled(if: Fixtures.shared != nil, "needs ../shared")) func readsUD() throws {
        let sentences = try MorphCorpus.conllu(path: Fixtures.shared! + "/corpora/ud-uk-iu/uk_iu-ud-dev.conllu")
        #expect(sentences.first?.first == GoldToken(word: "Дідусь", lemma: "дідусь", tag: "NOUN"))
    }
}
