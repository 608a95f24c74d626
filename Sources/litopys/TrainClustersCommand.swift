import ArgumentParser
import Foundation
import LitopysEntities
import LitopysMorph

/// `litopys train clusters`: learns the word classes the NER tagger reads, from the
/// unlabelled text of BrUK and UD, and writes the clusters file that the package bundles.
struct TrainClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters", abstract: "Learn word classes for the NER tagger from BrUK and UD text.",
        discussion: """
            Words that stand between the same neighbours get the same class (Львові, Харкові, \
            Донецьку), so the tagger carries what it learned about one name to names it never \
            saw. With --lemmas, the lemmas the dictionary gives are clustered instead (run \
            `litopys setup` first), so every form of a name shares one class. Only the words of \
            the corpora are read, not their tags. Deterministic; run from the repository root, \
            then retrain the NER models (`litopys train ner`) and rebuild litopys: a model \
            records which classes it was trained with and refuses others.
            """)

    @Option(help: "BrUK folder of *.xml files.")
    var bruk = "../shared/corpora/bruk-disambig"

    @Option(help: "UD CoNLL-U file.")
    var ud = "../shared/corpora/ud-uk-iu/uk_iu-ud-dev.conllu"

    @Option(help: "Where to write the clusters file (default: Resources/clusters.txt, or lemma-clusters.txt with --lemmas).")
    var output: String?

    @Option(help: "The number of fine classes.")
    var classes = 1024

    @Option(help: "The number of coarse classes, each a group of fine ones.")
    var coarseClasses = 128

    @Flag(help: ArgumentHelp(
        "Cluster lemmas instead of words: the text is read as the lemma of each word in the installed dictionary (its first reading that is not a personal name).",
        discussion: "Every form of a word then shares one class (Львова, Львові → львів)."))
    var lemmas = false

    @Option(help: "Words seen fewer times get no class.")
    var minimumCount = 2

    func validate() throws {
        guard (2...4096).contains(classes) else { throw ValidationError("--classes must be 2…4096, not \(classes).") }
        guard (2...classes).contains(coarseClasses) else {
            throw ValidationError("--coarse-classes must be 2…\(classes) (the fine classes), not \(coarseClasses).")
        }
        guard minimumCount >= 1 else { throw ValidationError("--minimum-count must be at least 1, not \(minimumCount).") }
    }

    func run() throws {
        let started = Date()
        var sentences = try MorphCorpus.bruk(directory: bruk).flatMap(\.sentences).map { $0.map(\.word) }
        let brukCount = sentences.count
        sentences += try MorphCorpus.conllu(path: ud).map { $0.map(\.word) }
        let tokens = sentences.reduce(0) { $0 + $1.count }
        if lemmas {
            let analyzer = try MorphAnalyzer()
            var memo: [String: String] = [:]
            sentences = sentences.map { sentence in
                sentence.map { word in
                    if let lemma = memo[word] { return lemma }
                    let lemma = analyzer.lemma(word)
                    memo[word] = lemma
                    return lemma
                }
            }
        }
        print("reading \(sentences.count) sentences (\(brukCount) from BrUK), \(tokens) tokens")
        let output = output ?? "Sources/LitopysEntities/Resources/\(lemmas ? "lemma-clusters.txt" : "clusters.txt")"
        var trainer = WordClusterTrainer()
        trainer.fineCount = classes
        trainer.coarseCount = coarseClasses
        trainer.minimumCount = minimumCount
        let result = trainer.train(sentences: sentences) { print($0) }
        let header = [
            "Litopys \(lemmas ? "lemma" : "word") classes for the NER tagger: \(lemmas ? "lemma" : "word")<TAB>fine class<TAB>coarse class, most frequent first.",
            "Made by `litopys train clusters\(lemmas ? " --lemmas" : "")` (--classes \(classes) --coarse-classes \(coarseClasses) --minimum-count \(minimumCount))",
            "from the words of BrUK (bruk-disambig) and UD Ukrainian-IU dev, \(tokens) tokens; CC BY-NC-SA 4.0 like them.",
        ]
        do {
            try result.fileText(header: header).write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw ValidationError("Cannot write \(output): \(error.localizedDescription). Run from the repository root or pass --output.")
        }
        print("wrote \(output): \(result.words.count) words in \(classes) classes, \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }
}
