import ArgumentParser
import Foundation
import LitopysText

/// `litopys eval segmentation`: sentence and token boundary F1 against a CoNLL-U treebank.
struct EvalSegmentationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segmentation",
        abstract: "Sentence and token boundary F1 against a CoNLL-U file.",
        discussion: """
            The text is rebuilt from the file's `# text` lines (paragraphs on their own lines), \
            segmented, and compared with the gold sentences and tokens by exact offsets.
            Example: litopys eval segmentation ../shared/corpora/ud-uk-iu/uk_iu-ud-dev.conllu
            """
    )

    @Argument(help: "A CoNLL-U file with `# text` lines.")
    var conllu: String = "../shared/corpora/ud-uk-iu/uk_iu-ud-dev.conllu"

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    @Option(help: "Write the rebuilt text to this file (for timing other tools on the same text).")
    var writeText: String?

    @Option(help: "Also print up to this many gold tokens and sentences that were missed, with context.")
    var misses = 0

    func run() throws {
        let evaluation = try SegmentationEvaluation(conlluAt: conllu)
        if let writeText {
            try evaluation.text.write(toFile: writeText, atomically: true, encoding: .utf8)
        }
        let (sentences, tokens) = evaluation.score()
        if misses > 0 {
            printMisses(evaluation)
        }
        if json {
            print(#"{"sentences":{"precision":\#(sentences.precision),"recall":\#(sentences.recall),"f1":\#(sentences.f1),"gold":\#(sentences.gold)},"tokens":{"precision":\#(tokens.precision),"recall":\#(tokens.recall),"f1":\#(tokens.f1),"gold":\#(tokens.gold)}}"#)
        } else {
            print("boundary    gold   found  precision  recall     F1")
            for (name, score) in [("sentences", sentences), ("tokens", tokens)] {
                print(name.padding(toLength: 10, withPad: " ", startingAt: 0)
                    + String(format: "%6d  %6d     %.4f  %.4f  %.4f", score.gold, score.found, score.precision, score.recall, score.f1))
            }
        }
    }

    private func printMisses(_ evaluation: SegmentationEvaluation) {
        var document = Document(text: evaluation.text)
        Segmenter().segment(&document)
        let found = Set((0..<document.tokenCount).map { [Int(document.tokenStarts[$0]), Int(document.tokenEnds[$0])] })
        let foundSentences = Set(document.sentences.map { [$0.start, $0.end] })
        for range in evaluation.goldTokens.filter({ !found.contains([$0.lowerBound, $0.upperBound]) }).prefix(misses) {
            let context = document.text(from: max(0, range.lowerBound - 15), to: min(document.scalars.count, range.upperBound + 15))
            print("token \(document.text(from: range.lowerBound, to: range.upperBound)) in: \(context.replacingOccurrences(of: "\n", with: "⏎"))")
        }
        for range in evaluation.goldSentences.filter({ !foundSentences.contains([$0.lowerBound, $0.upperBound]) }).prefix(misses) {
            print("sentence: \(document.text(from: range.lowerBound, to: range.upperBound))")
        }
    }
}
