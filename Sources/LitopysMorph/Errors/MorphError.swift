/// The one public error of the morphology module: what failed, how to fix it, and why.
///
/// The message names the input (a file, a word, a model) and the remedy, e.g.
/// "VESUM dictionary not found in ~/.cache/litopys. Run `litopys setup` or set LITOPYS_DATA."
public struct MorphError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is; stable across versions, so callers can branch on it.
    public enum Code: String, Sendable {
        /// The dictionary folder or one of its files is missing.
        case dictionaryMissing
        /// A dictionary file exists but cannot be read as expected.
        case dictionaryCorrupt
        /// Obtaining the dictionary package (pip download, unzip) failed.
        case setupFailed
        /// The tagger model is missing, truncated, or of another version.
        case modelInvalid
        /// A corpus file needed for training or evaluation is missing or unreadable.
        case corpusInvalid
    }

    /// The kind of failure.
    public let code: Code
    /// A sentence for a person: the input that failed and the remedy.
    public let message: String
    /// The underlying error, if any.
    public let cause: (any Error)?

    /// Makes an error.
    public init(_ code: Code, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    /// A one-line summary for logs and the command line.
    public var description: String {
        if let cause { return "\(message) (\(cause))" }
        return message
    }
}
