/// How the entity module turns raw text into tagger tokens when no segmented document is
/// given (training, evaluation, benchmarks).
enum TextSegmentation {
    /// Tokens and sentences of `text`.
    static func input(for text: String) -> TaggingInput {
        FallbackTokenizer.tokenize(text)
    }
}
