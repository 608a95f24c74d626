import ArgumentParser
import Foundation
import LitopysEntities
import LitopysMorph
import LitopysText

/// `litopys eval ner DIR`: entity-level exact-match precision, recall and F1.
struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Entity-level precision, recall and F1 on a folder of brat files.",
        discussion: """
            Reads brat .txt/.ann files under DIR recursively. A predicted entity counts when its \
            start, end and type equal a gold one. Scores per type and micro-averaged.
            """)

    @Argument(help: "Folder of brat .txt/.ann files.")
    var directory: String

    @Option(help: "Model file; the default is the model built into litopys.")
    var model: String?

    @Option(help: "Which documents to score: all, dev (every tenth by path) or train.")
    var split: String = "all"

    @Option(help: "Which tenth is the dev part, 0-9: the documents whose index (by sorted path) ends in this digit. The standard dev split is 9; the others serve for cross-validation.")
    var fold = 9

    @Flag(help: "Score the gold annotations themselves, flattened onto the pipeline's tokens: the ceiling for a flat tagger.")
    var ceiling = false

    @Flag(help: "List every false positive (FP) and false negative (FN).")
    var errors = false

    @Flag(inversion: .prefixedNo, help: "Apply the recognizer's gazetteer repair rules after the tagger.")
    var repair = true

    @Flag(help: "Also measure tagging throughput (one core) on these documents.")
    var benchmark = false

    func validate() throws {
        guard (0...9).contains(fold) else { throw ValidationError("--fold must be 0 to 9, not \(fold).") }
        guard BratCorpus.Split(rawValue: split) != nil else {
            throw ValidationError("--split must be `all`, `dev` or `train`, not `\(split)`.")
        }
    }

    func run() throws {
        let documents = try BratCorpus.documents(in: directory, split: BratCorpus.Split(rawValue: split) ?? .all, fold: fold)
        let started = Date()
        let evaluation: NEREvaluation
        if ceiling {
            evaluation = NEREvaluation.ceiling(documents: documents)
        } else {
            let tagger = try model.map { try NERModel(contentsOf: URL(fileURLWithPath: $0)) } ?? NERModel.bundled()
            evaluation = NEREvaluation.evaluate(model: tagger, documents: documents, repair: repair)
        }
        if errors { print(evaluation.errors.joined(separator: "\n")) }
        print(evaluation.report)
        print(String(format: "%.2f s", Date().timeIntervalSince(started)))
        if benchmark {
            let recognizer = try model.map { EntityRecognizer(model: try NERModel(contentsOf: URL(fileURLWithPath: $0)), analyzer: try? MorphAnalyzer()) }
                ?? EntityRecognizer()
            let segmented = documents.map { brat -> Document in
                var document = Document(text: brat.text)
                Segmenter().segment(&document)
                return document
            }
            print(recognizer.benchmarkTagging(segmented, minimumSeconds: 3))
            print(recognizer.benchmarkRecognition(segmented, minimumSeconds: 3))
        }
    }
}
