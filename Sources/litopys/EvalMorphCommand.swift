import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LitopysMorph
import LitopysText

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

    @Option(help: "Also print the N most frequent lemma errors.")
    var errors = 0

    @Option(help: "Instead of accuracy, measure speed and memory on this UTF-8 text file (build with -c release).")
    var speed: String?

    func run() throws {
        if let speed { return try measureSpeed(file: speed) }
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
            let score = tagger.evaluateBruk(heldOut.flatMap(\.sentences), name: "BrUK held-out (\(heldOut.count) documents)")
            print(score)
            printErrors(score)
        } else {
            print("BrUK: \(corpus) not found; skipped.")
        }
        if fm.fileExists(atPath: ud) {
            let score = tagger.evaluateUD(try MorphCorpus.conllu(path: ud))
            print(score)
            printErrors(score)
        } else {
            print("UD: \(ud) not found; skipped.")
        }
    }
}

extension EvalMorphCommand {
    func printErrors(_ score: MorphScore) {
        for (error, count) in score.lemmaErrors.sorted(by: { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }).prefix(errors) {
            print("  \(count)\t\(error)")
        }
    }

    /// CPU seconds used by this thread: throughput on one core, even when other processes
    /// share the machine.
    static func threadCPUTime() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Dictionary and model load times (wall clock), analysis+lemma and full tagging
    /// throughput on one core (thread CPU time, best of 3; "cold" starts with an empty word
    /// cache, "warm" is the same tagger again), and peak resident memory.
    func measureSpeed(file: String) throws {
        let text = try TextFile.read(file).text
        let location = DictionaryLocation()
        try location.install()
        var started = Date()
        let dictionary = try VesumDictionary(directory: location.dataDirectory)
        let dictionaryLoad = Date().timeIntervalSince(started)
        started = Date()
        let model = try TaggerModel.bundled()
        let modelLoad = Date().timeIntervalSince(started)
        let analyzer = MorphAnalyzer(dictionary: dictionary)
        var document = Document(text: text)
        Segmenter().segment(&document)
        let tokens = document.tokenCount
        print(String(format: "dictionary load: %.1f ms; model load: %.1f ms; %d tokens", dictionaryLoad * 1000, modelLoad * 1000, tokens))
        // Cold: a new tagger (empty word cache) for one pass; warm: the same tagger again.
        func timed(_ tagger: MorphologyTagger) -> Double {
            var copy = document
            let t = Self.threadCPUTime()
            tagger.tag(&copy)
            return Self.threadCPUTime() - t
        }
        func report(_ name: String, model: TaggerModel?) throws {
            var cold = Double.infinity
            var warm = Double.infinity
            for _ in 0..<3 {
                let tagger = try MorphologyTagger(analyzer: analyzer, model: model)
                cold = min(cold, timed(tagger))
                warm = min(warm, timed(tagger))
            }
            print(String(format: "%@ cold %.3f s, %.0f tokens/s; warm %.3f s, %.0f tokens/s", name, cold, Double(tokens) / cold, warm, Double(tokens) / warm))
        }
        try report("analysis+lemma (first reading):", model: nil)
        if let model { try report("disambiguated tagging:         ", model: model) }
        // Uncached analysis: every token analysed from scratch, as pymorphy3's parse() does.
        let words = (0..<min(tokens, 200_000)).map { document.tokenText($0) }
        let t = Self.threadCPUTime()
        var lemmaBytes = 0
        for word in words { lemmaBytes &+= analyzer.lemma(word).utf8.count }
        let uncached = Self.threadCPUTime() - t
        print(String(format: "analyze() per token, no cache:  %.3f s, %.0f tokens/s (%d)", uncached, Double(words.count) / uncached, lemmaBytes % 10))
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
            for line in status.split(separator: "\n") where line.hasPrefix("VmHWM") || line.hasPrefix("VmRSS") { print(line) }
        }
    }
}
