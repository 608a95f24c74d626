import ArgumentParser
import Foundation
import Litopys
import LitopysMorph
import LitopysStore

/// `litopys ingest`: analyses article files and stores their facts in the chronicle database.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyse articles and add them to the chronicle database.",
        discussion: """
            PATH is a file or a folder; folders are searched recursively for .txt (one article
            per file, the first line is the headline), .jsonl and .ndjson files ({"title",
            "text", "published", "url", …} per line).

            Safe to repeat: a document whose content is already stored is skipped, so running
            the same command again after an interruption (even kill -9) finishes the job and
            leaves the same database as one uninterrupted run. A near-duplicate (the same
            story with small edits) is kept but linked to the original, and its facts are not
            counted twice.

            Exit status: 0 when every record was handled, 1 when none could be, 3 when some
            records were skipped (each is reported on standard error with its file and line).

            Examples:
              litopys ingest archive/
              litopys ingest --database news.sqlite feed-2024-01.jsonl feed-2024-02.jsonl
            """
    )

    @Argument(help: "Article files and folders.")
    var paths: [String]

    @Option(help: "The chronicle database file. The default is litopys.sqlite in the current folder.")
    var database = "litopys.sqlite"

    @Option(help: "Analysis threads. The default is the number of cores.")
    var jobs: Int?

    @Option(help: "Publication date (YYYY-MM-DD) for articles that do not give one.")
    var published: String?

    @Option(help: "Input format: auto, text or jsonl. The default is auto.")
    var format: InputReader.Format = .auto

    @Flag(help: "Print no progress, only problems and the final tally.")
    var quiet = false

    func validate() throws {
        if let published, InputReader.isoDate(published) == nil {
            throw ValidationError("--published must be a real date as YYYY-MM-DD, e.g. 2022-01-12 (got \"\(published)\").")
        }
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be at least 1 (got \(jobs)).")
        }
    }

    func run() throws {
        let store: SQLiteChronicleStore
        do {
            store = try SQLiteChronicleStore(path: database)
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        var ingester = Ingester(pipeline: try loadStandardPipeline(), store: store)
        ingester.reader.format = format
        ingester.reader.published = published
        if let jobs { ingester.workers = jobs }
        var display = ProgressDisplay(enabled: !quiet)
        let tally: IngestProgress
        do {
            tally = try ingester.ingest(
                paths: paths,
                progress: { display.show($0) },
                problem: { display.problem($0.description) })
        } catch {
            display.finish()
            printError(error.description)
            throw ExitCode(1)
        }
        display.finish()
        let handled = tally.added + tally.alreadyStored + tally.nearDuplicates
        print(Self.summary(tally, database: database))
        if handled == 0 {
            printError("nothing could be ingested (\(tally.failed) record\(tally.failed == 1 ? "" : "s") failed).")
            throw ExitCode(1)
        }
        if tally.failed > 0 {
            printError("\(handled) ingested, \(tally.failed) skipped.")
            throw ExitCode(3)
        }
    }

    /// The closing line: what was added, skipped and linked, and how fast.
    static func summary(_ tally: IngestProgress, database: String) -> String {
        String(
            format: "%d added, %d already stored, %d near-duplicates linked, %d failed in %.1f s (%.1f documents/s) → %@",
            tally.added, tally.alreadyStored, tally.nearDuplicates, tally.failed, tally.elapsed, tally.rate, database)
    }
}

/// The full pipeline; without the dictionary, the pipeline that needs none, with a warning.
func loadStandardPipeline() throws -> Pipeline {
    do {
        return try Pipeline.standard(downloadDictionary: true)
    } catch let error as MorphError {
        printError("warning: \(error.message)\n  Continuing without the dictionary: no lemmas, names as written.")
        return try Pipeline.withoutDictionary()
    }
}
