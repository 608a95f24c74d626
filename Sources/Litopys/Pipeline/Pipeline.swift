import LitopysText

/// The whole analysis, assembled once and shared: raw article in, analysed ``Document`` out.
///
/// A `Pipeline` is an immutable value, safe to use from many threads at once.
///
/// ```swift
/// let pipeline = Pipeline()
/// let document = pipeline.analyze(Article(text: raw, hasHeadline: true, published: "2022-01-12"))
/// print(document.sentenceCount)
/// ```
public struct Pipeline: Sendable {
    /// Cleans the raw text. The default is ``ArticleCleaner/init()``.
    public var cleaner = ArticleCleaner()
    /// Splits the text into sentences and tokens. The default is ``Segmenter/init()``.
    public var segmenter = Segmenter()

    /// Makes a pipeline with the default stages.
    public init() {}

    /// Cleans and segments one article.
    public func analyze(_ article: Article) -> Document {
        var document = cleaner.clean(article)
        segmenter.segment(&document)
        return document
    }
}
