import Dispatch
import Foundation

/// Crossings between plain threads and Swift concurrency, in one place.
///
/// Analysis is long CPU work and the SQLite/PostgreSQL merge runs blocking statements, so
/// both run on Dispatch threads, never on a thread of the Swift concurrency pool (the pool
/// has one thread per core; blocking one stalls every task). ``offload(_:)`` moves such work
/// off the pool and awaits it; ``wait(_:)`` lets such a thread wait for an async store call.
enum ThreadBridge {
    /// Runs `body` on a Dispatch thread and awaits its result.
    static func offload<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: body()) }
        }
    }

    /// Runs `body` on a Dispatch thread and awaits its result or its error.
    static func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(with: Result(catching: body)) }
        }
    }

    /// Blocks the calling thread until the async `body` finishes.
    ///
    /// Call it only from a Dispatch thread (an analysis worker), never from async code:
    /// there it would hold a pool thread that `body` may need.
    static func wait<T: Sendable>(_ body: @escaping @Sendable () async throws(StoreError) -> T) throws(StoreError) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do throws(StoreError) {
                box.set(.success(try await body()))
            } catch {
                box.set(.failure(error))
            }
            done.signal()
        }
        done.wait()
        return try box.get()
    }
}

/// One result handed from a task to a waiting thread.
///
/// `@unchecked Sendable`: `result` is written once and read after, both under `lock`.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, StoreError>?

    func set(_ value: Result<T, StoreError>) {
        lock.withLock { result = value }
    }

    func get() throws(StoreError) -> T {
        guard let result = lock.withLock({ result }) else {
            throw StoreError(code: .readFailed, message: "an async store call ended without a result")
        }
        return try result.get()
    }
}
