/// The one public error of `LitopysEntities`: a code, a message that names the input and
/// the remedy, and an optional underlying cause.
public struct EntitiesError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, broadly.
    public enum Code: String, Sendable {
        /// The NER model file does not exist.
        case modelMissing
        /// The NER model file ends early or is corrupt.
        case modelTruncated
        /// The NER model file was written by another format version or for other templates.
        case modelVersion
        /// A data file (gazetteer, corpus) cannot be read or parsed.
        case badData
        /// A training corpus has no usable documents.
        case emptyCorpus
    }

    /// What went wrong.
    public var code: Code
    /// A sentence for a person: the input and the remedy.
    public var message: String
    /// The underlying error, if any.
    public var cause: (any Error & Sendable)?

    /// Makes an error.
    public init(code: Code, message: String, cause: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        if let cause { return "\(message) (\(cause))" }
        return message
    }
}
