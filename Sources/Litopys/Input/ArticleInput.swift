import LitopysText

/// One article read from an input file, with where it came from and the fields to echo back.
public struct ArticleInput: Sendable {
    /// The article to analyse.
    public var article: Article
    /// Fields of the input that the output echoes back unchanged (`url`, `document`, …), in input order.
    public var extra: [(String, JSONValue)]
    /// The file the article came from (`-` for standard input).
    public var file: String
    /// The 1-based line of a JSON Lines record, or nil for a whole plain-text file.
    public var line: Int?

    /// Makes an input.
    public init(article: Article, extra: [(String, JSONValue)] = [], file: String = "-", line: Int? = nil) {
        self.article = article
        self.extra = extra
        self.file = file
        self.line = line
    }

    /// `file` or `file:line`, for messages.
    public var location: String { line.map { "\(file):\($0)" } ?? file }
}

/// A problem with one input record: the file (and line), what is wrong, and what to do.
public struct InputError: Error, CustomStringConvertible, Sendable {
    /// What kind of problem this is.
    public enum Code: String, Sendable {
        case unreadableFile, invalidEncoding, binaryFile, emptyInput, malformedJSON, missingText, badDate
    }

    /// What kind of problem this is.
    public var code: Code
    /// The file.
    public var file: String
    /// The 1-based line, for JSON Lines.
    public var line: Int?
    /// What is wrong and what to do.
    public var message: String

    /// Makes an error.
    public init(code: Code, file: String, line: Int? = nil, message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(line.map { "\(file):\($0)" } ?? file): \(message)" }
}
