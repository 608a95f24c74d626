import Dispatch
import Foundation
import Litopys
import LitopysText

/// Reads article files, analyses them in parallel and stores them in a chronicle.
///
/// A fixed pool of ``workers`` threads shares one immutable ``Litopys/Pipeline``: each takes
/// the next record, cleans it, skips it when its content hash is already stored, and
/// otherwise runs the remaining stages and builds a ``DocumentRecord``. The calling task
/// is the single writer: it stores the records in input order, one transaction each, so
/// a run that is killed and started again ends with the same database as a run that was
/// never interrupted.
///
/// ```swift
/// let ingester = Ingester(pipeline: try Pipeline.standard(), store: try SQLiteChronicleStore(path: "litopys.sqlite"))
/// let tally = try await ingester.ingest(paths: ["archive/"], progress: { print($0.processed) }, problem: { print($0) })
/// ```
public struct Ingester: Sendable {
    /// The analysis, loaded once.
    public var pipeline: Pipeline
    /// Where documents go.
    public var store: any ChronicleStore
    /// How input files are read. The default is ``Litopys/InputReader/init()``.
    public var reader = InputReader()
    /// The number of analysis threads. The default is the number of active cores.
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// How many analysed records may wait for the writer. The default is 64.
    public var window = 64

    /// Makes an ingester.
    public init(pipeline: Pipeline, store: any ChronicleStore) {
        self.pipeline = pipeline
        self.store = store
    }

    /// Ingests every record of the files and folders at `paths`.
    ///
    /// `progress` is called in the calling task after every record; `problem` for every
    /// record that cannot be read (the rest goes on).
    ///
    /// - Returns: the final tally.
    /// - Throws: ``StoreError`` when the store cannot be written; documents stored before
    ///   stay, and running the same command again resumes.
    public func ingest(
        paths: [String], progress: (IngestProgress) -> Void = { _ in }, problem: (InputError) -> Void = { _ in }
    ) async throws(StoreError) -> IngestProgress {
        let files = InputFiles(paths: paths)
        let clock = ContinuousClock()
        let start = clock.now
        var tally = IngestProgress()
        for error in files.errors {
            tally.failed += 1
            tally.processed += 1
            problem(error)
        }
        let queue = WorkQueue(source: RecordSource(files: files.files, reader: reader), window: window)
        let group = DispatchGroup()
        let pipeline = self.pipeline
        let store = self.store
        for _ in 0..<max(1, workers) {
            DispatchQueue.global().async(group: group) {
                while let (index, item) = queue.take() {
                    queue.put(Self.analyze(item, pipeline: pipeline, store: store), at: index)
                }
            }
        }
        var failure: StoreError?
        var index = 0
        while failure == nil, let result = await ThreadBridge.offload({ [index] in queue.result(at: index) }) {
            index += 1
            switch result {
            case .failed(let error):
                tally.failed += 1
                problem(error)
            case .stored:
                tally.alreadyStored += 1
            case .analysed(let record):
                do throws(StoreError) {
                    tally.count(try await store.add(record))
                } catch {
                    failure = error
                    continue
                }
            case .storeFailed(let error):
                failure = error
                continue
            }
            tally.processed += 1
            tally.elapsed = Self.seconds(clock.now - start)
            progress(tally)
        }
        queue.cancel()
        await withCheckedContinuation { continuation in group.notify(queue: .global()) { continuation.resume() } }
        if let failure { throw failure }
        tally.elapsed = Self.seconds(clock.now - start)
        return tally
    }

    /// What a worker made of one record.
    enum WorkResult: Sendable {
        case analysed(DocumentRecord)
        case stored
        case failed(InputError)
        case storeFailed(StoreError)
    }

    /// Cleans, checks the store, and analyses one record.
    ///
    /// Runs on an analysis thread (Dispatch), never in async code: it waits for the store.
    static func analyze(_ item: Result<ArticleInput, InputError>, pipeline: Pipeline, store: any ChronicleStore) -> WorkResult {
        switch item {
        case .failure(let error):
            return .failed(error)
        case .success(let input):
            let cleaned = pipeline.cleaner.clean(input.article)
            let id = OutputContract.contentID(of: cleaned)
            do throws(StoreError) {
                // A Dispatch thread, outside the concurrency pool: waiting here is safe.
                if try ThreadBridge.wait({ () async throws(StoreError) in try await store.contains(document: id) }) { return .stored }
            } catch {
                return .storeFailed(error)
            }
            return .analysed(DocumentRecord(document: pipeline.analyze(cleaned: cleaned), input: input))
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
