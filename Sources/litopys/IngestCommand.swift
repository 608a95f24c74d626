import ArgumentParser
import Foundation
import Litopys
import LitopysMorph
import LitopysStore

/// `litopys ingest`: analyses article files and stores their facts in the chronicle database.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyse articles and add them to the chronicle database.",
        discussion: """
            PATH is a file or a folder; folders are searched recursively for .txt (one article \
            per file, the first line is the headline), .jsonl and .ndjson files ({"title", \
            "text", "published", "url", …} per line).

            Safe to repeat: a document whose content is already stored is skipped, so running \
            the same command again after an interruption (even kill -9) finishes the job and \
            leaves the same database as one uninterrupted run. A near-duplicate (the same \
            story with small edits) is kept but linked to the original, and its facts are not \
            counted twice.

            Exit status: 0 when every record was handled, 1 when none could be, 3 when some \
            records were skipped (each is reported on standard error with its file and line).

            DATABASE is an SQLite file (the default, litopys.sqlite) or a PostgreSQL URL, \
            postgres://USER:PASSWORD@HOST:PORT/DATABASE (also postgresql://; add ?schema=NAME \
            to keep the chronicle in a schema of its own, ?sslmode=require for TLS).

            Several workers on several machines can share one PostgreSQL database: queue the \
            articles once with --queue, then start `--worker` on every machine. Each worker \
            claims batches of queued articles (SELECT … FOR UPDATE SKIP LOCKED), analyses \
            them, and stores them and marks them done in one transaction, so no article is \
            processed twice; a killed worker's batch returns to the queue. A worker exits \
            when the queue is empty.

            Examples:
              litopys ingest archive/
              litopys ingest --database news.sqlite feed-2024-01.jsonl feed-2024-02.jsonl
              litopys ingest --database postgres://litopys:secret@db.local/news archive/
              litopys ingest --database postgres://litopys:secret@db.local/news --queue archive/
              litopys ingest --database postgres://litopys:secret@db.local/news --worker --jobs 8
            """
    )

    @Argument(help: "Article files and folders (none with --worker).")
    var paths: [String] = []

    @Option(help: "The chronicle: an SQLite file, or postgres://USER:PASSWORD@HOST:PORT/DATABASE. The default is litopys.sqlite in the current folder.")
    var database = ChronicleDatabase.defaultArgument

    @Flag(help: "PostgreSQL only: put the articles in the database's work queue for --worker processes, without analysing them.")
    var queue = false

    @Flag(help: "PostgreSQL only: analyse and store queued articles until the queue is empty.")
    var worker = false

    @Option(help: "Analysis threads (with --worker: batches in progress at once). The default is the number of cores.")
    var jobs: Int?

    @Option(help: "With --worker: articles claimed per transaction. The default is 8.")
    var batch = 8

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
        guard batch >= 1 else { throw ValidationError("--batch must be at least 1 (got \(batch)).") }
        if queue || worker {
            guard PostgresLocation.isURL(database) else {
                throw ValidationError("--\(queue ? "queue" : "worker") needs a PostgreSQL database: pass --database postgres://USER:PASSWORD@HOST:PORT/DATABASE (got \"\(database)\").")
            }
            if queue && worker { throw ValidationError("--queue and --worker are two steps: queue the articles once, then start workers.") }
        }
        if worker && !paths.isEmpty {
            throw ValidationError("--worker takes its articles from the queue, not from paths. Queue them first with --queue \(paths.joined(separator: " ")).")
        }
        if !worker && paths.isEmpty {
            throw ValidationError("name at least one article file or folder, e.g. `litopys ingest archive/`.")
        }
    }

    func run() async throws {
        let location: ChronicleDatabase
        let store: any ChronicleStore
        do {
            location = try ChronicleDatabase(database)
            store = try await location.open()
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        if queue, let store = store as? PostgresChronicleStore {
            try await fillQueue(store)
            return
        }
        if worker, let store = store as? PostgresChronicleStore {
            try await drainQueue(store)
            return
        }
        var ingester = Ingester(pipeline: try loadStandardPipeline(), store: store)
        ingester.reader.format = format
        ingester.reader.published = published
        if let jobs { ingester.workers = jobs }
        var display = ProgressDisplay(enabled: !quiet)
        let tally: IngestProgress
        do {
            tally = try await ingester.ingest(
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
        print(Self.summary(tally, database: location.description))
        if handled == 0 {
            printError("nothing could be ingested (\(tally.failed) record\(tally.failed == 1 ? "" : "s") failed).")
            throw ExitCode(1)
        }
        if tally.failed > 0 {
            printError("\(handled) ingested, \(tally.failed) skipped.")
            throw ExitCode(3)
        }
    }

    /// `--queue`: reads the articles and queues them in the database for workers.
    private func fillQueue(_ store: PostgresChronicleStore) async throws {
        var reader = InputReader()
        reader.format = format
        reader.published = published
        let tally: QueueWorker.EnqueueTally
        do {
            tally = try await QueueWorker.enqueue(paths: paths, reader: reader, into: store, problem: { printError($0.description) })
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        print("\(tally.queued) queued, \(tally.alreadyQueued) already queued, \(tally.failed) failed → \(store.location). Start workers with `litopys ingest --database URL --worker`.")
        if tally.queued + tally.alreadyQueued == 0 { throw ExitCode(1) }
        if tally.failed > 0 { throw ExitCode(3) }
    }

    /// `--worker`: claims, analyses and stores queued articles until none is left.
    private func drainQueue(_ store: PostgresChronicleStore) async throws {
        var worker = QueueWorker(pipeline: try loadStandardPipeline(), store: store)
        worker.batchSize = batch
        if let jobs { worker.jobs = jobs }
        var display = ProgressDisplay(enabled: !quiet)
        let tally: IngestProgress
        do {
            tally = try await worker.run(progress: { display.show($0) })
        } catch {
            display.finish()
            printError(error.description)
            throw ExitCode(1)
        }
        display.finish()
        print(Self.summary(tally, database: store.location.description))
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
