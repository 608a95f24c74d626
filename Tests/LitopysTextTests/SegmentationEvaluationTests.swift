import Testing
@testable import LitopysText

struct SegmentationEvaluationTests {
    let conllu = """
        # newdoc id = d1
        # newpar id = p1
        # text = Привіт, світе.
        1\tПривіт\tпривіт\tINTJ
        2\t,\t,\tPUNCT
        3\tсвіте\tсвіт\tNOUN
        4\t.\t.\tPUNCT

        # text = Як справи?
        1\tЯк\tяк\tADV
        2\tсправи\tсправа\tNOUN
        3\t?\t?\tPUNCT

        """

    @Test func rebuildsTextAndScoresASegmenter() throws {
        let evaluation = try SegmentationEvaluation(conllu: conllu)
        #expect(evaluation.text == "Привіт, світе. Як справи?")
        #expect(evaluation.goldSentences == [0..<14, 15..<25])
        #expect(evaluation.goldTokens.count == 7)
        let (sentences, tokens) = evaluation.score()
        #expect(sentences.f1 == 1)
        #expect(tokens.f1 == 1)
    }

    @Test func scoresCountPartialMatches() {
        let score = SegmentationEvaluation.Score(found: [0..<2, 2..<5], gold: [0..<2, 2..<4, 4..<5])
        #expect(score.matched == 1)
        #expect(abs(score.precision - 0.5) < 1e-9)
        #expect(abs(score.recall - 1.0 / 3) < 1e-9)
    }

    @Test func rejectsTextWithoutSentences() {
        #expect(throws: TextError.self) { try SegmentationEvaluation(conllu: "1\tслово\n") }
    }
}
