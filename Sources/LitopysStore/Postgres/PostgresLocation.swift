import Foundation

/// Where a PostgreSQL chronicle lives, parsed from a `postgres://` URL.
///
/// ```
/// postgres://USER:PASSWORD@HOST:PORT/DATABASE?schema=SCHEMA&sslmode=require
/// ```
///
/// `postgresql://` works too. The port defaults to 5432, the user to `postgres`, the
/// database to the user's name. `schema` (letters, digits, `_`) keeps the chronicle in a
/// schema of its own, created when missing; the default is `public`. `sslmode` is
/// `disable` (the default) or `require` (TLS with the server's certificate verified).
/// Percent-encode special characters of the password (`@` is `%40`).
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    /// The server's host name or address.
    public var host: String
    /// The TCP port. The default is 5432.
    public var port: Int
    /// The user name. The default is `postgres`.
    public var user: String
    /// The password, if the server asks for one.
    public var password: String?
    /// The database. The default is the user name.
    public var database: String
    /// The schema that holds the chronicle's tables, or nil for `public`.
    public var schema: String?
    /// Whether to talk TLS. The default is false.
    public var requiresTLS: Bool

    /// Whether `argument` names a PostgreSQL database (starts with `postgres://` or `postgresql://`).
    public static func isURL(_ argument: String) -> Bool {
        let lowered = argument.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    /// Parses a `postgres://` URL.
    ///
    /// - Throws: ``StoreError`` `cannotOpen` with what is wrong and the shape of a good URL.
    public init(url: String) throws(StoreError) {
        func bad(_ what: String) -> StoreError {
            StoreError(
                code: .cannotOpen,
                message: "\(Self.redacted(url)): \(what). Pass the database as postgres://USER:PASSWORD@HOST:PORT/DATABASE, e.g. postgres://litopys:secret@127.0.0.1:5432/litopys.")
        }
        guard Self.isURL(url), let components = URLComponents(string: url) else { throw bad("not a PostgreSQL URL") }
        guard let host = components.host, !host.isEmpty else { throw bad("the host is missing") }
        self.host = host
        self.port = components.port ?? 5432
        guard (1...65535).contains(port) else { throw bad("the port must be from 1 to 65535") }
        self.user = components.user.flatMap { $0.isEmpty ? nil : $0 } ?? "postgres"
        self.password = components.password
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        self.database = path.isEmpty ? user : path
        self.schema = nil
        self.requiresTLS = false
        for item in components.queryItems ?? [] {
            switch (item.name, item.value ?? "") {
            case ("schema", let value):
                guard value.range(of: "^[A-Za-z_][A-Za-z0-9_]{0,62}$", options: .regularExpression) != nil else {
                    throw bad("schema must be letters, digits and _ (got \"\(value)\")")
                }
                schema = value.lowercased()
            case ("sslmode", "disable"): requiresTLS = false
            case ("sslmode", "require"), ("sslmode", "verify-full"): requiresTLS = true
            case ("sslmode", let value): throw bad("sslmode must be disable or require (got \"\(value)\")")
            case (let name, _): throw bad("unknown parameter \"\(name)\" (known: schema, sslmode)")
            }
        }
    }

    /// The URL without the password, for messages.
    public var description: String {
        "postgres://\(user)@\(host):\(port)/\(database)\(schema.map { "?schema=\($0)" } ?? "")"
    }

    /// `url` with any password replaced by `***`.
    static func redacted(_ url: String) -> String {
        url.replacingOccurrences(of: #"(://[^:/@]*:)[^@]*@"#, with: "$1***@", options: .regularExpression)
    }
}
