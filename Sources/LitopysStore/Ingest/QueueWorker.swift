import Foundation
import Litopys
import LitopysText

/// Ingest by several workers, on several machines, that share one PostgreSQL chronicle.
///
/// One command fills the work queue (``enqueue(paths:reader:into:problem:)``); any number
/// of workers then drain it (``run(progress:)``). Each worker runs ``jobs`` claim loops
/// at once, each on a connection of its own: claim a batch with `FOR UPDATE SKIP LOCKED`,
/// analyse it on a Dispatch thread, store it and mark it done in the claiming transaction
/// (see ``PostgresChronicleStore/processQueuedWork(limit:worker:analyse:)``). A killed
/// worker's batch returns to the queue; no article is stored twice.
///
/// ```swift
/// let store = try await PostgresChronicleStore(location: PostgresLocation(url: url))
/// _ = try await QueueWorker.enqueue(paths: ["archive/"], reader: InputReader(), into: store)
/// let tally = try await QueueWorker(pipeline: try Pipeline.standard(), store: store).run()
/// ```
public struct QueueWorker: Sendable {
    /// The analysis, loaded once.
    public var pipeline: Pipeline
    /// The shared chronicle and its queue.
    public var store: PostgresChronicleStore
    /// The name recorded with each article it stores. The default is `HOST:PID`.
    public var name = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
    /// Claim loops run at once (connections held). The default is the number of active cores.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Articles claimed per transaction. The default is 8: large enough to spare round
    /// trips, small enough that a killed worker hands little back.
    public var batchSize = 8

    /// Makes a worker.
    public init(pipeline: Pipeline, store: PostgresChronicleStore) {
        self.pipeline = pipeline
        self.store = store
    }

    /// Processes queued articles until the queue holds none that another worker has not
    /// claimed; `progress` is called in the calling task after every batch.
    ///
    /// - Throws: ``StoreError`` when the store cannot be written; batches committed before stay done.
    public func run(progress: (IngestProgress) -> Void = { _ in }) async throws(StoreError) -> IngestProgress {
        let clock = ContinuousClock()
        let start = clock.now
        var tally = IngestProgress()
        let (store, pipeline, name, batchSize) = (self.store, self.pipeline, self.name, max(1, self.batchSize))
        let claim: @Sendable () async throws -> ClaimedBatch? = {
            try await store.processQueuedWork(limit: batchSize, worker: name) { articles in
                await ThreadBridge.offload {
                    articles.map { DocumentRecord(document: pipeline.analyze($0.input.article), input: $0.input) }
                }
            }
        }
        do {
            try await withThrowingTaskGroup(of: ClaimedBatch?.self) { group in
                for _ in 0..<max(1, jobs) { group.addTask(operation: claim) }
                while let batch = try await group.next() {
                    guard let batch else { continue }
                    for (_, outcome) in batch.outcomes {
                        tally.count(outcome)
                        tally.processed += 1
                    }
                    tally.elapsed = Self.seconds(clock.now - start)
                    progress(tally)
                    group.addTask(operation: claim)
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(code: .writeFailed, message: "a worker stopped: \(error)", cause: error)
        }
        tally.elapsed = Self.seconds(clock.now - start)
        return tally
    }

    /// What filling the queue did.
    public struct EnqueueTally: Sendable, Hashable {
        /// Articles newly queued.
        public var queued = 0
        /// Articles skipped because the same content was queued before.
        public var alreadyQueued = 0
        /// Records that could not be read.
        public var failed = 0
    }

    /// Reads every record of the files and folders at `paths` and queues it under the
    /// content hash of its cleaned article; `problem` is called for every unreadable record.
    public static func enqueue(
        paths: [String], reader: InputReader, into store: PostgresChronicleStore, problem: (InputError) -> Void = { _ in }
    ) async throws(StoreError) -> EnqueueTally {
        let files = InputFiles(paths: paths)
        var tally = EnqueueTally()
        for error in files.errors {
            tally.failed += 1
            problem(error)
        }
        let cleaner = ArticleCleaner()
        var pending: [QueuedArticle] = []
        func flush() async throws(StoreError) {
            let added = try await store.enqueue(pending)
            tally.queued += added
            tally.alreadyQueued += pending.count - added
            pending = []
        }
        var source = RecordSource(files: files.files, reader: reader)
        while let record = source.next() {
            switch record {
            case .failure(let error):
                tally.failed += 1
                problem(error)
            case .success(let input):
                pending.append(QueuedArticle(input: input, id: OutputContract.contentID(of: cleaner.clean(input.article))))
                if pending.count >= 200 { try await flush() }
            }
        }
        if !pending.isEmpty { try await flush() }
        return tally
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
