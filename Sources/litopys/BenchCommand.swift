import ArgumentParser
import Foundation
import Litopys
import LitopysEntities
import LitopysFacts
import LitopysMorph
import LitopysText

/// `litopys bench`: throughput of the pipeline stages on one core, beside the Python anchors.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Throughput of the pipeline stages on a text file, beside the Python anchors.",
        discussion: """
            Build in release mode first (swift build -c release). The file is analysed as one \
            article, repeatedly for at least --seconds, on one core; the best run is reported. \
            When the Python anchors are installed (bash ../shared/bench/setup-anchors.sh), \
            tokenize-uk and pymorphy3 are timed on the same file in the same run, and the \
            ratios printed.

            Example:
              cat ../shared/corpora/ner-uk-2.0/train/*/*.txt > /tmp/bench.txt
              .build/release/litopys bench /tmp/bench.txt
            """
    )

    @Argument(help: "A UTF-8 text file.")
    var file: String

    @Option(help: "Minimum seconds to spend on each stage. The default is 2.")
    var seconds: Double = 2

    @Option(help: "Python with the anchors installed. The default is ~/.cache/litopys-anchors/bin/python when it exists.")
    var anchorsPython: String?

    @Option(help: "The anchors script. The default is ../shared/bench/anchors.py.")
    var anchorsScript: String = "../shared/bench/anchors.py"

    @Flag(help: "Skip the Python anchors.")
    var noAnchors = false

    @Option(help: ArgumentHelp(
        "Time only this stage, for profiling (e.g. under perf or valgrind): segment, analyze, cold, warm, tagging, entities, facts or pipeline.",
        valueName: "stage"))
    var only: Stage?

    /// The stages the benchmark times, by the name `--only` takes.
    enum Stage: String, ExpressibleByArgument, CaseIterable {
        case segment, analyze, cold, warm, tagging, entities, facts, pipeline
    }

    /// Whether `stage` is timed in this run.
    private func times(_ stage: Stage) -> Bool { only == nil || only == stage }

    func run() throws {
        let (data, text) = try TextFile.read(file)
        let megabytes = Double(data.count) / 1_000_000
        let articles = Self.articles(of: text)
        var pipeline = Pipeline()
        var tokens = 0
        let segmentAll = {
            tokens = 0
            for article in articles {
                var document = pipeline.cleaner.clean(article)
                pipeline.segmenter.segment(&document)
                tokens += document.tokenCount
            }
        }
        let cleanSegment = times(.segment) ? measure(segmentAll) : 0
        if !times(.segment) { segmentAll() }
        print(String(format: "file: %@ (%.2f MB, %d articles of about 4 kB, %d tokens); one core, best of repeated runs", file, megabytes, articles.count, tokens))
        print("stage                          seconds      MB/s      tokens/s")
        if times(.segment) { printRow("clean+segment", cleanSegment, megabytes: megabytes, tokens: tokens) }
        do {
            let loadStart = DispatchTime.now().uptimeNanoseconds
            pipeline = try Pipeline.standard(downloadDictionary: true)
            let load = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
            print(String(format: "(dictionary and models loaded in %.3f s)", load))
        } catch {
            print("morphology, entities: skipped (\(error))")
        }
        var firstReadingTime = 0.0
        if let morphology = pipeline.morphology, let recognizer = pipeline.entities {
            var segmented = articles.map { article -> Document in
                var document = pipeline.cleaner.clean(article)
                pipeline.segmenter.segment(&document)
                return document
            }
            let words = segmented.flatMap { document in (0..<document.tokenCount).map { document.tokenText($0) } }
            let analyzer = morphology.analyzer
            var lemmaCount = 0
            if times(.analyze) {
                let analysis = measure {
                    lemmaCount = 0
                    for word in words { lemmaCount += analyzer.analyze(word).first?.lemma.isEmpty == false ? 1 : 0 }
                }
                printRow("morph analyze(), no cache", analysis, megabytes: megabytes, tokens: words.count)
            }
            // Analysis+lemma as the pipeline does it: each word analysed once, then from the tagger's
            // word cache. Cold: a new tagger (empty cache) for each run; warm: one tagger throughout.
            if times(.cold) {
                firstReadingTime = measure {
                    guard let fresh = try? MorphologyTagger(analyzer: analyzer, model: nil) else { return }
                    var copy = segmented
                    for i in copy.indices { fresh.tag(&copy[i]) }
                }
                printRow("morph analysis+lemma, cold", firstReadingTime, megabytes: megabytes, tokens: tokens)
            }
            if times(.warm) {
                let warmTagger = try MorphologyTagger(analyzer: analyzer, model: nil)
                let warm = measure {
                    var copy = segmented
                    for i in copy.indices { warmTagger.tag(&copy[i]) }
                }
                printRow("morph analysis+lemma, warm", warm, megabytes: megabytes, tokens: tokens)
            }
            if times(.tagging) {
                let tagging = measure {
                    var copy = segmented
                    for i in copy.indices { morphology.tag(&copy[i]) }
                }
                printRow("morph tagging, warm", tagging, megabytes: megabytes, tokens: tokens)
            }
            for i in segmented.indices { morphology.tag(&segmented[i]) }
            if times(.entities) {
                let ner = measure {
                    var copy = segmented
                    for i in copy.indices { recognizer.recognize(&copy[i]) }
                }
                printRow("entities (NER+names+coref)", ner, megabytes: megabytes, tokens: tokens)
            }
            if times(.facts) {
                for i in segmented.indices { recognizer.recognize(&segmented[i]) }
                let factTime = measure {
                    var copy = segmented
                    for i in copy.indices { pipeline.facts.extract(&copy[i]) }
                }
                printRow("facts", factTime, megabytes: megabytes, tokens: tokens)
            }
        }
        if times(.pipeline) {
            let full = measure {
                for article in articles { _ = pipeline.analyze(article) }
            }
            printRow("whole pipeline", full, megabytes: megabytes, tokens: tokens)
        }

        guard !noAnchors, only == nil || only == .analyze || only == .cold || only == .segment, let python = anchorsPython ?? defaultAnchorsPython() else {
            print("anchors: skipped (install them with `bash ../shared/bench/setup-anchors.sh`).")
            return
        }
        guard FileManager.default.fileExists(atPath: anchorsScript) else {
            print("anchors: skipped (\(anchorsScript) not found; pass --anchors-script).")
            return
        }
        let output = try runAnchors(python: python)
        var pythonSegment = 0.0
        var pythonMorph = 0.0
        for line in output.split(separator: "\n") {
            print("anchor  \(line)")
            if line.hasPrefix("tokenize_uk."), let seconds = Self.seconds(in: line) { pythonSegment += seconds }
            if line.hasPrefix("pymorphy3"), let seconds = Self.seconds(in: line) { pythonMorph = seconds }
        }
        if pythonSegment > 0, cleanSegment > 0 {
            print(String(format: "tokenize-uk words+sentences: %.3f s, %.2f MB/s; Litopys clean+segment is %.0f× faster",
                         pythonSegment, megabytes / pythonSegment, pythonSegment / cleanSegment))
        }
        if pythonMorph > 0, firstReadingTime > 0 {
            print(String(format: "pymorphy3 parse+lemma: %.3f s; Litopys analysis+lemma (cold word cache) is %.0f× faster",
                         pythonMorph, pythonMorph / firstReadingTime))
        }
    }

    /// The file cut into article-sized pieces (about 4 kB, at line breaks), as a news archive would come.
    static func articles(of text: String) -> [Article] {
        var articles: [Article] = []
        var current = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            current += line
            current += "\n"
            if current.utf8.count >= 4000 {
                articles.append(Article(text: current))
                current = ""
            }
        }
        if current.contains(where: { !$0.isWhitespace }) { articles.append(Article(text: current)) }
        return articles
    }

    /// The best time of repeated runs of `body`, spending at least ``seconds``.
    private func measure(_ body: () -> Void) -> Double {
        var best = Double.infinity
        let deadline = Date().addingTimeInterval(seconds)
        var runs = 0
        repeat {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, elapsed)
            runs += 1
        } while Date() < deadline || runs < 3
        return best
    }

    private func printRow(_ name: String, _ seconds: Double, megabytes: Double, tokens: Int) {
        print(name.padding(toLength: 29, withPad: " ", startingAt: 0)
              + String(format: "%9.4f  %8.2f  %12.0f", seconds, megabytes / seconds, Double(tokens) / seconds))
    }

    private func defaultAnchorsPython() -> String? {
        let path = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/litopys-anchors/bin/python").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    private func runAnchors(python: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [anchorsScript, file]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }

    /// The seconds figure (`0.12s`) in an anchors line.
    static func seconds(in line: Substring) -> Double? {
        for word in line.split(separator: " ") where word.hasSuffix("s") {
            if let value = Double(word.dropLast()) { return value }
        }
        return nil
    }
}
