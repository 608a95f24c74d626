import ArgumentParser
import Foundation
import Litopys
import LitopysStore

/// `litopys bench-ingest`: ingest throughput on a synthetic archive, into a fresh database.
struct BenchIngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-ingest",
        abstract: "Measure ingest throughput (articles/s) on a synthetic archive built from examples/.",
        discussion: """
            Builds --articles articles from the example articles (recombined paragraphs, varied \
            names, dates and places) as JSON Lines in a temporary folder, ingests them into a \
            fresh SQLite file (or an empty PostgreSQL \
            database given by --database postgres://…) with all cores, and prints articles per second. Loading the \
            pipeline is timed apart. Use a release build.

            Example:
              swift build -c release && .build/release/litopys bench-ingest --articles 2000
              litopys bench-ingest --articles 500 --write-archive /tmp/archive   # just the files
            """
    )

    @Option(help: "How many articles to generate. The default is 1000.")
    var articles = 1000

    @Option(help: "The folder of example articles (*.txt). The default is examples.")
    var examples = "examples"

    @Option(help: "Analysis threads. The default is the number of cores.")
    var jobs: Int?

    @Option(help: "The database file to create, or an empty PostgreSQL database as postgres://USER:PASSWORD@HOST:PORT/DATABASE. The default is a new file in the temporary folder, removed afterwards.")
    var database: String?

    @Option(help: "Only write the synthetic archive into this folder (kept), without ingesting it.")
    var writeArchive: String?

    func validate() throws {
        guard articles > 0 else { throw ValidationError("--articles must be at least 1 (got \(articles)).") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1 (got \(jobs)).") }
    }

    func run() async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("litopys-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: work) }
        let archive: SyntheticArchive
        do {
            archive = try SyntheticArchive(folder: examples)
        } catch {
            printError("\(examples): cannot read the example articles (\(error.localizedDescription)). Run from the repository root or pass --examples.")
            throw ExitCode(1)
        }
        guard !archive.examples.isEmpty else {
            printError("\(examples): no example articles (*.txt) found. Run from the repository root or pass --examples.")
            throw ExitCode(1)
        }
        if let writeArchive {
            try archive.write(count: articles, into: writeArchive)
            print("\(articles) articles written to \(writeArchive)")
            return
        }
        let folder = (work as NSString).appendingPathComponent("archive")
        try archive.write(count: articles, into: folder)
        let path = database ?? (work as NSString).appendingPathComponent("bench.sqlite")
        let location = try ChronicleDatabase(path)
        if case .sqlite = location, FileManager.default.fileExists(atPath: path) {
            printError("\(path) exists; the benchmark needs a fresh database. Remove it or pass another --database.")
            throw ExitCode(1)
        }

        let clock = ContinuousClock()
        var pipeline: Pipeline?
        let load = clock.measure { pipeline = try? loadStandardPipeline() }
        guard let pipeline else {
            printError("cannot load the pipeline. Run `litopys setup`.")
            throw ExitCode(1)
        }
        let store = try await location.open()
        guard try await store.statistics().documents == 0 else {
            printError("\(location) holds documents; the benchmark needs an empty database. Pass another --database.")
            throw ExitCode(1)
        }
        var ingester = Ingester(pipeline: pipeline, store: store)
        if let jobs { ingester.workers = jobs }
        var display = ProgressDisplay(enabled: true)
        let tally = try await ingester.ingest(paths: [folder], progress: { display.show($0) }, problem: { display.problem($0.description) })
        display.finish()
        let statistics = try await store.statistics()
        let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
        print(String(format: "pipeline loaded in %.2f s", Self.seconds(load)))
        print(String(
            format: "%d articles ingested in %.2f s with %d workers: %.1f articles/s",
            tally.processed, tally.elapsed, ingester.workers, tally.rate))
        print("stored: \(statistics.documents) documents (\(statistics.nearDuplicates) near-duplicates), \(statistics.entities) entities, \(statistics.events) events, \(statistics.quotes) quotes\(location.isSQLite ? "; \(size / 1024) KiB (+ WAL)" : "") in \(location)")
        if tally.failed > 0 {
            printError("\(tally.failed) records failed.")
            throw ExitCode(3)
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
