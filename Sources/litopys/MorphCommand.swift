import ArgumentParser
import Foundation
import LitopysMorph

/// `litopys morph WORD…`: every reading of each word, with its nominative, for a person
/// checking the dictionary; `--json` prints one JSON object per word instead.
struct MorphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "morph", abstract: "Show all parses and inflections of words.",
        discussion: "Example: litopys morph Єнса Столтенберга. With --stdin, reads one word per line (for comparisons).")

    @Argument(help: "Words to analyse.")
    var words: [String] = []

    @Flag(help: "Print JSON Lines: {\"word\", \"parses\": [{\"lemma\", \"tag\", \"pos\", \"source\"}], \"nominative\"}.")
    var json = false

    @Flag(help: "Read words from standard input, one per line, in addition to the arguments.")
    var stdin = false

    func validate() throws {
        if words.isEmpty && !stdin { throw ValidationError("Give at least one word, or --stdin.") }
    }

    func run() throws {
        let analyzer = try MorphAnalyzer(download: true)
        let output = FileHandle.standardOutput
        var buffer = ""
        func flush(_ force: Bool) {
            if force || buffer.utf8.count > 1 << 16 {
                output.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        func handle(_ word: String) {
            let parses = analyzer.analyze(word)
            let nominative = analyzer.nominative(of: [word]).joined(separator: " ")
            if json {
                let object: [String: Any] = [
                    "word": word,
                    "parses": parses.map { ["lemma": $0.lemma, "tag": $0.tag, "pos": $0.partOfSpeech, "source": $0.source.rawValue, "form": $0.word] },
                    "nominative": nominative,
                ]
                if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) {
                    buffer += String(decoding: data, as: UTF8.self) + "\n"
                }
            } else {
                buffer += "\(word)  (nominative: \(nominative))\n"
                for parse in parses {
                    buffer += "  \(parse.lemma)\t\(parse.tag)\t[\(parse.source.rawValue)]\n"
                    if parse.partOfSpeech == "NOUN" || parse.partOfSpeech == "ADJF" {
                        let forms = Grammeme.cases.map { analyzer.inflect(parse, to: [$0]).map { $0.word } ?? "—" }
                        buffer += "    cases: \(forms.joined(separator: ", "))\n"
                    }
                }
            }
            flush(false)
        }
        for word in words { handle(word) }
        if stdin {
            while let line = readLine() {
                let word = line.trimmingCharacters(in: .whitespaces)
                if !word.isEmpty { handle(word) }
            }
        }
        flush(true)

    }
}
