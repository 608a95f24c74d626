import Foundation
import GRDB

/// The chronicle in one embedded SQLite file: the default backend.
///
/// The file uses write-ahead logging, so queries read while an ingest writes; the schema is
/// built by named migrations (``migrator``), so an older file is upgraded on open; documents
/// and quotes are indexed for full-text search with FTS5.
///
/// Each ``add(_:)`` is one transaction: a killed ingest leaves whole documents only, and
/// running it again stores the rest.
///
/// ```swift
/// let store = try SQLiteChronicleStore(path: "litopys.sqlite")
/// _ = try await store.add(DocumentRecord(document: document, input: input))
/// for event in try await store.events(EventQuery(kind: "meeting")) { print(event.date ?? "?", event.sources.count) }
/// ```
public final class SQLiteChronicleStore: ChronicleStore {
    /// The database file.
    public let path: String
    /// How documents and events are merged.
    public let configuration: ChronicleConfiguration
    /// The connection pool: one writer, concurrent readers.
    let pool: DatabasePool
    /// The merge logic shared with the other backends.
    let writer: ChronicleWriter

    /// Opens the database at `path`, creating it and upgrading its schema as needed.
    ///
    /// - Throws: ``StoreError`` `cannotOpen` when the file cannot be opened or is not an
    ///   SQLite database, `migrationFailed` when its schema cannot be brought up to date.
    public init(path: String, configuration: ChronicleConfiguration = ChronicleConfiguration()) throws(StoreError) {
        self.path = path
        self.configuration = configuration
        self.writer = ChronicleWriter(configuration: configuration)
        var options = Configuration()
        options.foreignKeysEnabled = true
        options.busyMode = .timeout(10)
        options.prepareDatabase { db in
            // With WAL, NORMAL loses no committed transaction when the process is killed
            // (only on power loss), and spares an fsync per document.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Pages read through a memory map and a 32 MB cache, not a read(2) per page.
            try db.execute(sql: "PRAGMA mmap_size = 268435456")
            try db.execute(sql: "PRAGMA cache_size = -32000")
        }
        do {
            pool = try DatabasePool(path: path, configuration: options)
        } catch {
            throw StoreError(
                code: .cannotOpen,
                message: "cannot open the database \(path). Check that its folder exists and is writable, or pass another --database file.",
                cause: error)
        }
        do {
            try Self.migrator.migrate(pool)
        } catch {
            throw StoreError(
                code: .migrationFailed,
                message: "cannot prepare the database \(path) (is it a Litopys database, written by a newer version?). Pass another --database file.",
                cause: error)
        }
    }

    /// Runs `body` in a write transaction, turning database errors into ``StoreError``.
    ///
    /// GRDB runs it on its writer queue; the calling task waits without holding a thread.
    func write<T: Sendable>(_ what: String, _ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(code: .writeFailed, message: "cannot store \(what) in \(path); nothing of it was stored. Check free disk space, then run the command again.", cause: error)
        }
    }

    /// Runs `body` on a read connection, turning database errors into ``StoreError``.
    func read<T: Sendable>(_ what: String, _ body: @escaping @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do {
            return try await pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(code: .readFailed, message: "cannot read \(what) from \(path).", cause: error)
        }
    }

    /// Whether the content hash is stored; an indexed lookup on a read connection.
    public func contains(document id: String) async throws(StoreError) -> Bool {
        try await read("document \(id)") { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM document WHERE id = ?", arguments: [id]) ?? false
        }
    }

    /// Row counts; see ``ChronicleStore/statistics()``.
    public func statistics() async throws(StoreError) -> ChronicleStatistics {
        try await read("statistics") { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            return ChronicleStatistics(
                documents: try count("SELECT count(*) FROM document"),
                nearDuplicates: try count("SELECT count(*) FROM document WHERE duplicate_of IS NOT NULL"),
                entities: try count("SELECT count(*) FROM entity"),
                events: try count("SELECT count(*) FROM event"),
                quotes: try count("SELECT count(*) FROM quote"))
        }
    }
}
