import ArgumentParser
import Foundation
import LitopysMorph

/// `litopys train tagger`: trains the morphological disambiguation model on BrUK (every
/// 10th document held out) and writes the model file that the package bundles.
struct TrainTaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger", abstract: "Train the morphological disambiguation tagger on BrUK.",
        discussion: "Reproducible: same corpus, same seed, same model. Run from the repository root.")

    @Option(help: "BrUK folder of *.xml files.")
    var corpus = "../shared/corpora/bruk-disambig"

    @Option(help: "Where to write the model.")
    var output = "Sources/LitopysMorph/Resources/tagger.model"

    @Option(help: "Training epochs.")
    var epochs = 5

    @Option(help: "log2 of the weight table size.")
    var hashBits = 21

    func validate() throws {
        guard epochs > 0 else { throw ValidationError("--epochs must be positive, not \(epochs).") }
        guard (12...24).contains(hashBits) else { throw ValidationError("--hash-bits must be 12…24, not \(hashBits).") }
    }

    func run() throws {
        let analyzer = try MorphAnalyzer(download: true)
        let started = Date()
        let documents = try MorphCorpus.bruk(directory: corpus)
        let (train, heldOut) = MorphCorpus.split(documents)
        let sentences = train.flatMap(\.sentences)
        print("training on \(train.count) documents (\(sentences.count) sentences); \(heldOut.count) held out")
        let model = TaggerTrainer(epochs: epochs, hashBits: hashBits).train(on: sentences, analyzer: analyzer) { epoch, accuracy in
            print("epoch \(epoch): accuracy on ambiguous tokens \(String(format: "%.4f", accuracy))")
        }
        try model.write(to: output)
        print("wrote \(output) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        let tagger = try MorphologyTagger(analyzer: analyzer, model: model)
        print(tagger.evaluateBruk(heldOut.flatMap(\.sentences)))
    }
}
