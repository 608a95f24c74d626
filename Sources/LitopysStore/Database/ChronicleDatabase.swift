import Foundation

/// The `--database` argument: an SQLite file path, or a `postgres://` URL.
///
/// ```swift
/// let store = try await ChronicleDatabase("litopys.sqlite").open(mustExist: true)
/// let shared = try await ChronicleDatabase("postgres://litopys:secret@db.local:5432/news").open()
/// ```
public enum ChronicleDatabase: Sendable, Hashable, CustomStringConvertible {
    /// An SQLite file (``SQLiteChronicleStore``).
    case sqlite(path: String)
    /// A PostgreSQL database (``PostgresChronicleStore``).
    case postgres(PostgresLocation)

    /// The default: `litopys.sqlite` in the current folder.
    public static let defaultArgument = "litopys.sqlite"

    /// Reads a `--database` value: `postgres://…` or `postgresql://…` selects PostgreSQL,
    /// anything else is an SQLite file path.
    ///
    /// - Throws: ``StoreError`` `cannotOpen` for a malformed PostgreSQL URL.
    public init(_ argument: String) throws(StoreError) {
        self = PostgresLocation.isURL(argument) ? .postgres(try PostgresLocation(url: argument)) : .sqlite(path: argument)
    }

    /// Whether this is an SQLite file.
    public var isSQLite: Bool {
        if case .sqlite = self { return true }
        return false
    }

    /// The path, or the URL without its password: for messages.
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let location): return location.description
        }
    }

    /// Opens the store, creating the file or the tables as needed.
    ///
    /// - Parameter mustExist: for queries: an SQLite file that does not exist is an error
    ///   that says how to make one, instead of an empty new database.
    /// - Throws: ``StoreError`` `cannotOpen` or `migrationFailed`, naming the file or server and what to do.
    public func open(
        mustExist: Bool = false, configuration: ChronicleConfiguration = ChronicleConfiguration()
    ) async throws(StoreError) -> any ChronicleStore {
        switch self {
        case .sqlite(let path):
            if mustExist, !FileManager.default.fileExists(atPath: path) {
                throw StoreError(
                    code: .cannotOpen,
                    message: "\(path): no such database. Create it with `litopys ingest --database \(path) ARTICLES…`, or pass --database.")
            }
            return try SQLiteChronicleStore(path: path, configuration: configuration)
        case .postgres(let location):
            return try await PostgresChronicleStore(location: location, configuration: configuration)
        }
    }
}
