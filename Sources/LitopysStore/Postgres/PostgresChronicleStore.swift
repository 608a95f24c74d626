import Foundation
import PostgresNIO

/// The chronicle in a PostgreSQL database: for several ingest workers, on several
/// machines, that share one server.
///
/// The same tables as ``SQLiteChronicleStore`` (documents, entities with aliases, roles and
/// mentions, events with sources and participants, quotes, near-duplicate links), built by
/// named migrations recorded in `litopys_migration`; full-text search over documents and
/// quotes with `to_tsvector('simple', …)` columns and GIN indexes. Every statement is
/// parameterised.
///
/// Each ``add(_:)`` is one transaction that first takes a transaction-level advisory lock,
/// so that documents stored at the same time by several processes merge exactly as if
/// they were stored one after another; analysis, the slow part, runs outside the lock.
/// The work queue (``enqueue(_:)``, ``processQueuedWork(limit:worker:analyse:)``) lets
/// workers claim articles with `FOR UPDATE SKIP LOCKED`.
///
/// ```swift
/// let store = try await PostgresChronicleStore(location: PostgresLocation(url: "postgres://litopys@127.0.0.1/litopys"))
/// _ = try await store.add(record)
/// print(try await store.statistics())
/// ```
public final class PostgresChronicleStore: ChronicleStore {
    /// The server and database.
    public let location: PostgresLocation
    /// How documents and events are merged.
    public let configuration: ChronicleConfiguration
    /// Connections to the server.
    let pool: PostgresConnectionPool
    /// The merge logic shared with the other backends.
    let writer: ChronicleWriter

    /// The advisory lock key (any constant) that serialises storing documents.
    static let writeLock: Int64 = 0x6C69_746F_7079_7301
    /// The advisory lock key that serialises migrations.
    static let migrationLock: Int64 = 0x6C69_746F_7079_7302

    /// Connects to the server and brings the schema up to date.
    ///
    /// - Throws: ``StoreError`` `cannotOpen` when the server cannot be reached or refuses
    ///   the login (the message names host and port and says what to check),
    ///   `migrationFailed` when the schema cannot be created or upgraded.
    public init(location: PostgresLocation, configuration: ChronicleConfiguration = ChronicleConfiguration()) async throws(StoreError) {
        self.location = location
        self.configuration = configuration
        self.pool = PostgresConnectionPool(location: location)
        self.writer = ChronicleWriter(configuration: configuration)
        do {
            _ = try await pool.withConnection { connection in
                try await connection.query("SELECT 1", logger: PostgresConnectionPool.logger)
            }
        } catch {
            throw Self.connectionError(error, location: location)
        }
        do {
            try await migrate()
        } catch {
            throw StoreError(
                code: .migrationFailed,
                message: "cannot prepare the chronicle tables in \(location): \(PostgresErrorText.describe(error)). Check that the user may create tables there (and the schema), or pass another --database.",
                cause: error)
        }
    }

    deinit {
        let pool = self.pool
        Task { await pool.close() }
    }

    /// Closes the idle connections now (they also close when the store is released).
    public func close() async {
        await pool.close()
    }

    /// The error for a failed first contact, saying what to check.
    static func connectionError(_ error: any Error, location: PostgresLocation) -> StoreError {
        let reason = PostgresErrorText.describe(error)
        let advice = PostgresErrorText.isConnectionFailure(error)
            ? "Is the PostgreSQL server running and accepting TCP connections on \(location.host) port \(location.port)? Start it, or pass the right address as --database postgres://USER:PASSWORD@HOST:PORT/DATABASE."
            : "Check the user name, password and database name in --database postgres://USER:PASSWORD@HOST:PORT/DATABASE (the database must exist: createdb \(location.database))."
        return StoreError(
            code: .cannotOpen, message: "cannot connect to PostgreSQL at \(location.host):\(location.port) as \(location.user), database \(location.database) (\(reason)). \(advice)",
            cause: error)
    }

    /// Runs `body` in one transaction on a connection of its own, turning errors into ``StoreError`` `writeFailed`.
    func transaction<T: Sendable>(_ what: String, _ body: @Sendable @escaping (PostgresConnection) async throws -> T) async throws(StoreError) -> T {
        do {
            return try await pool.withConnection { connection in
                try await connection.query("BEGIN", logger: PostgresConnectionPool.logger)
                do {
                    let result = try await body(connection)
                    try await connection.query("COMMIT", logger: PostgresConnectionPool.logger)
                    return result
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: PostgresConnectionPool.logger)
                    throw error
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(
                code: .writeFailed,
                message: "cannot store \(what) in \(location): \(PostgresErrorText.describe(error)); nothing of it was stored. Check that the server is up, then run the command again.",
                cause: error)
        }
    }

    /// All rows of one query, turning errors into ``StoreError`` `readFailed`.
    func rows(_ what: String, _ query: PostgresQuery) async throws(StoreError) -> [PostgresRow] {
        do {
            return try await pool.withConnection { connection in
                try await connection.query(query, logger: PostgresConnectionPool.logger).collect()
            }
        } catch {
            throw StoreError(
                code: .readFailed, message: "cannot read \(what) from \(location): \(PostgresErrorText.describe(error)).",
                cause: error)
        }
    }

    /// Whether the content hash is stored; an indexed lookup.
    public func contains(document id: String) async throws(StoreError) -> Bool {
        !(try await rows("document \(id)", "SELECT 1 FROM document WHERE id = \(id)")).isEmpty
    }

    /// Row counts; see ``ChronicleStore/statistics()``.
    public func statistics() async throws(StoreError) -> ChronicleStatistics {
        let rows = try await rows("statistics", """
            SELECT (SELECT count(*) FROM document), (SELECT count(*) FROM document WHERE duplicate_of IS NOT NULL),
                   (SELECT count(*) FROM entity), (SELECT count(*) FROM event), (SELECT count(*) FROM quote)
            """)
        do {
            guard let row = rows.first else { throw StoreError(code: .readFailed, message: "no statistics row") }
            let (documents, nearDuplicates, entities, events, quotes) = try row.decode((Int, Int, Int, Int, Int).self)
            return ChronicleStatistics(documents: documents, nearDuplicates: nearDuplicates, entities: entities, events: events, quotes: quotes)
        } catch {
            throw Self.decodingError("statistics", error)
        }
    }

    /// The error for a row that does not have the expected shape (a schema from another version).
    static func decodingError(_ what: String, _ error: any Error) -> StoreError {
        StoreError(
            code: .readFailed,
            message: "cannot read \(what): a row is not what this version of litopys expects. Is the database written by another version?",
            cause: error)
    }
}
