import ArgumentParser
import Foundation
import Litopys
import LitopysMorph
import LitopysText

/// `litopys analyze`: runs the pipeline on articles and prints what it found.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse articles and print their facts.",
        discussion: """
            Input: plain-text articles (the first line is the headline) and JSON Lines files \
            ({"title", "text", "published", "url", …} per line; a null title means all of \
            `text` is body; other fields are echoed back). `-` reads standard input.

            Output: a readable summary per article, or with --json one JSON object per \
            document per line (the contract in DESIGN.md; offsets are code points into `text`).

            Exit status: 0 when every record was analysed, 1 when none could be, 3 when some \
            records were skipped (each is reported on standard error with its file and line).

            Examples:
              litopys analyze examples/001_uryadove_zasidannya.txt
              litopys analyze --json --published 2022-01-12 article.txt > facts.jsonl
              cat feed.jsonl | litopys analyze --json -
            """
    )

    @Argument(help: "Files to analyse (plain text or JSON Lines); `-` for standard input.")
    var files: [String]

    @Flag(help: "Print one JSON object per document per line.")
    var json = false

    @Flag(help: "With --json, add every token with its lemma, part of speech and tags.")
    var tokens = false

    @Option(help: "Publication date (YYYY-MM-DD) for articles that do not give one; relative dates resolve against it.")
    var published: String?

    @Option(help: "Headline for plain-text input; the whole file is then body.")
    var title: String?

    @Option(help: "Input format: auto, text or jsonl. The default is auto (by extension, or JSON when a file starts with `{`).")
    var format: InputReader.Format = .auto

    func validate() throws {
        if let published, InputReader.isoDate(published) == nil {
            throw ValidationError("--published must be a real date as YYYY-MM-DD, e.g. 2022-01-12 (got \"\(published)\").")
        }
        if tokens && !json {
            throw ValidationError("--tokens adds tokens to the JSON output; use it with --json.")
        }
    }

    func run() throws {
        var reader = InputReader()
        reader.format = format
        reader.published = published
        reader.title = title
        let pipeline = try loadPipeline()
        let contract = OutputContract(includeTokens: tokens)
        var analysed = 0
        var failed = 0
        let output = FileHandle.standardOutput
        for file in files {
            for record in reader.read(path: file) {
                switch record {
                case .failure(let error):
                    failed += 1
                    printError(error.description)
                case .success(let input):
                    if let parts = input.extra.first(where: { $0.0 == "parts" })?.1, input.extra.contains(where: { $0.0 == "part" && $0.1 == .number(1) }),
                        case .number(let count) = parts
                    {
                        printError("note: \(input.file) is longer than an article; it is analysed in \(Int(count)) parts cut at line breaks, one record each (\"part\").")
                    }
                    let document = pipeline.analyze(input.article)
                    analysed += 1
                    if json {
                        var writer = JSONWriter()
                        contract.write(document, extra: input.extra, into: &writer)
                        output.write(Data(writer.bytes + [0x0A]))
                    } else {
                        print(Summary(document: document, location: input.location).text)
                    }
                }
            }
        }
        if analysed == 0 {
            printError("nothing could be analysed (\(failed) record\(failed == 1 ? "" : "s") failed).")
            throw ExitCode(1)
        }
        if failed > 0 {
            printError("\(analysed) analysed, \(failed) skipped.")
            throw ExitCode(3)
        }
    }

    /// The full pipeline; without the dictionary, the pipeline that needs none, with a warning.
    private func loadPipeline() throws -> Pipeline {
        do {
            return try Pipeline.standard(downloadDictionary: true)
        } catch let error as MorphError {
            printError("warning: \(error.message)\n  Continuing without the dictionary: no lemmas, names as written.")
            return try Pipeline.withoutDictionary()
        }
    }
}

extension InputReader.Format: ExpressibleByArgument {}

/// Writes a message for a person to standard error, prefixed with the tool's name.
func printError(_ message: String) {
    FileHandle.standardError.write(Data("litopys: \(message)\n".utf8))
}
