/// A problem with the chronicle store: what happened, what to do, and the underlying cause.
///
/// The one public error type of `LitopysStore`. Its ``message`` names the database file or
/// the input and the remedy ("litopys.sqlite is not a Litopys database. Pass another
/// `--database` file.").
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// What kind of problem this is.
    public enum Code: String, Sendable {
        /// The database file cannot be opened or created.
        case cannotOpen
        /// The schema cannot be created or upgraded.
        case migrationFailed
        /// A statement failed while storing a document.
        case writeFailed
        /// A statement failed while answering a query.
        case readFailed
        /// A query argument is not usable (an empty search, a bad date).
        case invalidQuery
    }

    /// What kind of problem this is.
    public var code: Code
    /// What happened and what to do.
    public var message: String
    /// The error that caused this one (an SQLite error with its SQL), if any.
    public var cause: (any Error & Sendable)?

    /// Makes an error.
    public init(code: Code, message: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    /// The message, followed by the cause when there is one.
    public var description: String {
        cause.map { "\(message) (\($0))" } ?? message
    }
}
