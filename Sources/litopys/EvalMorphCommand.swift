import ArgumentParser
import Foundation
import LitopysMorph

/// `litopys eval morph`: lemma and tag accuracy on the held-out BrUK documents and on UD dev.
struct EvalMorphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "morph", abstract: "Lemma and tag accuracy on BrUK held-out documents and UD dev.",
        discussion: "Lemmas are compared case-insensitively. BrUK tag accuracy: the chosen reading is the one matching the gold VESUM tag; UD: UPOS.")

    @Option(help: "BrUK folder of *.xml files.")
    var corpus = "../shared/corpora/bruk-disambig"

    @Option(help: "UD CoNLL-U file.")
    var ud = "../shared/corpora/ud-uk-iu/uk_iu-ud-dev.conllu"

    @Option(help: "A model file to evaluate instead of the bundled one.")
    var model: String?

    @Flag(help: "Ignore the model: take each word's first dictionary reading (the baseline).")
    var firstReading = false

    func run() throws {
        let fm = FileManager.default
        if !fm.fileExists(atPath: corpus) && !fm.fileExists(atPath: ud) {
            throw ValidationError("Neither \(corpus) nor \(ud) exists. The corpora live in ../shared (next to the repository); run from the repository root or pass --corpus and --ud.")
        }
        let analyzer = try MorphAnalyzer(download: true)
        let chosenModel: TaggerModel? = firstReading ? nil : try model.map { try TaggerModel(contentsOf: $0) } ?? TaggerModel.bundled()
        if !firstReading && chosenModel == nil { print("note: no bundled model; using first readings. Run `litopys train tagger`.") }
        let tagger = try MorphologyTagger(analyzer: analyzer, model: chosenModel)
        if fm.fileExists(atPath: corpus) {
            let (_, heldOut) = MorphCorpus.split(try MorphCorpus.bruk(directory: corpus))
            print(tagger.evaluateBruk(heldOut.flatMap(\.sentences), name: "BrUK held-out (\(heldOut.count) documents)"))
        } else {
            print("BrUK: \(corpus) not found; skipped.")
        }
        if fm.fileExists(atPath: ud) {
            print(tagger.evaluateUD(try MorphCorpus.conllu(path: ud)))
        } else {
            print("UD: \(ud) not found; skipped.")
        }
    }
}
