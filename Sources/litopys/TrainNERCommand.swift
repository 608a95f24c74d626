import ArgumentParser
import Foundation
import LitopysEntities

/// `litopys train ner`: trains the NER tagger on NER-UK 2.0 and writes the model file.
struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the NER tagger on NER-UK 2.0.",
        discussion: """
            Reads brat .txt/.ann files under --corpus (recursively, sorted by path). Without \
            --output, writes both models that `litopys analyze` loads: ner.model (with VESUM \
            morphology) and ner-plain.model (without, used when the dictionary is not installed), \
            in Sources/LitopysEntities/Resources; rebuild litopys afterwards. With --output, writes \
            one model (with morphology unless --no-morphology).

            With --split train, one tenth of the documents (--fold, 9 by default) is left out as \
            development data for `litopys eval ner --split dev --fold K`; \
            scripts/cross-validate-ner.sh does this for all ten folds.

            With --stacking the model has two stages: the second reads the first stage's labels \
            of the whole document (a name clear in one sentence helps where it is unclear), \
            trained on first-stage labels from models that did not see the document (4 folds). \
            The first stage reads single tokens only. Over ten folds it gained 0.1 point of F1 \
            (0.8177 to 0.8188, LOC 0.802 to 0.803), but training takes five times as long and \
            the entity stage half as long again, so the bundled model has one stage.

            Training is deterministic. The corpus is licensed CC BY-NC-SA 4.0, and so is a model \
            trained on it.
            """)

    @Option(help: "Folder of brat .txt/.ann files.")
    var corpus = "../shared/corpora/ner-uk-2.0/train"

    @Option(help: "Where to write one model; the default writes both bundled models.")
    var output: String?

    @Option(help: "Which documents to train on: all, or train (all but every tenth).")
    var split: String = "all"

    @Option(help: "Which tenth is the dev part, 0-9: the documents whose index (by sorted path) ends in this digit. The standard dev split is 9; the others serve for cross-validation.")
    var fold = 9

    @Option(help: "Passes over the training data.")
    var epochs = 20

    @Option(help: "Training runs with different sentence orders whose weights are averaged.")
    var ensemble = 4

    @Option(help: "Drop features seen fewer times than this in the training data.")
    var minimumCount = 2

    @Flag(inversion: .prefixedNo, help: "Use morphological features from the VESUM dictionary.")
    var morphology = true

    @Flag(help: "Train two stages: the second also reads what the first found in the whole document.")
    var stacking = false

    func validate() throws {
        guard (0...9).contains(fold) else { throw ValidationError("--fold must be 0 to 9, not \(fold).") }
        guard let s = BratCorpus.Split(rawValue: split), s != .dev else {
            throw ValidationError("--split must be `all` or `train`, not `\(split)`.")
        }
        guard epochs > 0 else { throw ValidationError("--epochs must be positive, not \(epochs).") }
    }

    /// Where the bundled models live, relative to the package root.
    static let resources = "Sources/LitopysEntities/Resources"

    func run() throws {
        let chosen = BratCorpus.Split(rawValue: split) ?? .all
        let documents = try BratCorpus.documents(in: corpus, split: chosen, fold: fold)
        if let output {
            try train(documents, morphology: morphology, to: output)
        } else {
            try train(documents, morphology: true, to: Self.resources + "/ner.model")
            try train(documents, morphology: false, to: Self.resources + "/ner-plain.model")
        }
    }

    private func train(_ documents: [BratDocument], morphology: Bool, to path: String) throws {
        let started = Date()
        var configuration = NERTrainer.Configuration()
        configuration.epochs = epochs
        configuration.useMorphology = morphology
        configuration.minimumFeatureCount = minimumCount
        configuration.ensemble = ensemble
        configuration.stacked = stacking
        configuration.log = { line in print(line) }
        let model = try NERTrainer(configuration: configuration)
            .train(documents: documents, info: ["corpus": corpus, "split": split])
        try model.write(to: URL(fileURLWithPath: path))
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print("trained on \(documents.count) documents: \(model.featureCount) features, \(size) bytes → \(path)")
        print(String(format: "%.1f s", Date().timeIntervalSince(started)))
    }
}
