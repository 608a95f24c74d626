import Foundation
import PostgresNIO

/// Idle connections to one server, reused across calls; a new one is opened when none is idle.
///
/// Written here rather than using `PostgresClient` so that a server that is down fails the
/// call at once with a message naming host and port (the client's pool retries quietly),
/// and so that a store needs no long-running `run()` task.
actor PostgresConnectionPool {
    /// Where to connect.
    let location: PostgresLocation
    private var idle: [PostgresConnection] = []
    private var nextID = 1
    /// Logs only critical problems: errors reach the user as ``StoreError``.
    static let logger: Logger = {
        var logger = Logger(label: "litopys.postgres")
        logger.logLevel = .critical
        return logger
    }()

    init(location: PostgresLocation) {
        self.location = location
    }

    /// Runs `body` with a connection of its own; the connection returns to the pool after,
    /// unless it was closed.
    func withConnection<T: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        let connection = try await take()
        do {
            let result = try await body(connection)
            give(connection)
            return result
        } catch {
            // After an error the session state is unknown (an open transaction, say): drop it.
            try? await connection.close()
            throw error
        }
    }

    /// Closes every idle connection; later calls open new ones.
    func close() async {
        let connections = idle
        idle = []
        for connection in connections { try? await connection.close() }
    }

    private func take() async throws -> PostgresConnection {
        while let connection = idle.popLast() {
            if !connection.isClosed { return connection }
        }
        nextID += 1
        return try await PostgresConnection.connect(configuration: try configuration(), id: nextID, logger: Self.logger)
    }

    private func give(_ connection: PostgresConnection) {
        guard !connection.isClosed else { return }
        if idle.count < 8 {
            idle.append(connection)
        } else {
            Task { try? await connection.close() }
        }
    }

    private func configuration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS =
            location.requiresTLS ? .require(try NIOSSLContext(configuration: .makeClientConfiguration())) : .disable
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: tls)
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.additionalStartupParameters = [("application_name", "litopys")]
        if let schema = location.schema { configuration.options.additionalStartupParameters.append(("search_path", schema)) }
        return configuration
    }
}

/// What a PostgreSQL error means for a person: the server's message, or why it could not be reached.
enum PostgresErrorText {
    static func describe(_ error: any Error) -> String {
        if let error = error as? PostgresTransactionError {
            return describe(error.closureError ?? error.commitError ?? error.beginError ?? error.rollbackError ?? error)
        }
        guard let error = error as? PSQLError else { return String(describing: error) }
        if let message = error.serverInfo?[.message] {
            let state = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            return "the server said: \(message)\(state)"
        }
        if let underlying = error.underlying { return String(describing: underlying) }
        return "\(error.code)"
    }

    /// Whether the error happened before the server answered (refused, unreachable, timed out).
    static func isConnectionFailure(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return !(error is PostgresTransactionError) }
        return error.serverInfo == nil && (error.code == .connectionError || error.code == .serverClosedConnection || error.underlying != nil)
    }
}
