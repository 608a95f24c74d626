import Foundation
import Litopys

/// The records of the input files, read one file at a time as workers ask for more.
struct RecordSource {
    private var files: IndexingIterator<[String]>
    private var pending: IndexingIterator<[Result<ArticleInput, InputError>]> = [].makeIterator()
    private let reader: InputReader

    init(files: [String], reader: InputReader) {
        self.files = files.makeIterator()
        self.reader = reader
    }

    /// The next record, reading the next file when the current one is used up.
    mutating func next() -> Result<ArticleInput, InputError>? {
        while true {
            if let record = pending.next() { return record }
            guard let file = files.next() else { return nil }
            pending = reader.read(path: file).makeIterator()
        }
    }
}

/// Hands numbered records to workers and gives their results back to the writer in order.
///
/// Shape: records are numbered 0, 1, 2, … in input order; `results` holds the finished ones
/// the writer has not taken yet. A worker waits while it is more than `window` records
/// ahead of the writer, which bounds memory.
///
/// `@unchecked Sendable`: every mutable member is read and written only while `condition`
/// is locked.
final class WorkQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var source: RecordSource
    private let window: Int
    private var handedOut = 0
    private var exhausted = false
    private var cancelled = false
    private var awaited = 0
    private var results: [Int: Ingester.WorkResult] = [:]

    init(source: RecordSource, window: Int) {
        self.source = source
        self.window = max(1, window)
    }

    /// The next record and its number, or nil when there are no more (or the writer stopped).
    func take() -> (Int, Result<ArticleInput, InputError>)? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && !exhausted && handedOut - awaited >= window { condition.wait() }
        guard !cancelled, !exhausted, let record = source.next() else {
            exhausted = true
            condition.broadcast()
            return nil
        }
        handedOut += 1
        return (handedOut - 1, record)
    }

    /// Files the result of record `index`.
    func put(_ result: Ingester.WorkResult, at index: Int) {
        condition.lock()
        results[index] = result
        condition.broadcast()
        condition.unlock()
    }

    /// The result of record `index`, waiting for it; nil when there is no such record.
    func result(at index: Int) -> Ingester.WorkResult? {
        condition.lock()
        defer { condition.unlock() }
        awaited = index
        condition.broadcast()
        while results[index] == nil {
            if exhausted && index >= handedOut { return nil }
            condition.wait()
        }
        return results.removeValue(forKey: index)
    }

    /// Stops handing out records, so that workers finish.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
