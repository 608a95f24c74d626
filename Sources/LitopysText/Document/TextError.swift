/// An error of the text layer: what happened, to which input, and what to do.
public struct TextError: Error, CustomStringConvertible, Sendable {
    /// What kind of failure this is.
    public enum Code: String, Sendable {
        /// A file could not be read.
        case unreadableFile
        /// The input is not valid UTF-8 text.
        case invalidEncoding
        /// The input is empty or holds no text.
        case emptyInput
        /// The input does not have the expected format.
        case malformedInput
    }

    /// What kind of failure this is.
    public var code: Code
    /// A message for a person: the input and the remedy.
    public var message: String

    /// Makes an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
