import LitopysEntities
import LitopysFacts
import LitopysMorph
import LitopysText

/// The whole analysis, assembled once and shared: raw article in, analysed ``Document`` out.
///
/// A `Pipeline` is an immutable value, safe to use from many threads at once. ``init()``
/// makes the text-only pipeline (cleaning, segmentation, rule-based facts without entities);
/// ``standard(downloadDictionary:)`` adds morphology and named entities.
///
/// ```swift
/// let pipeline = try Pipeline.standard()
/// let document = pipeline.analyze(Article(text: raw, hasHeadline: true, published: "2022-01-12"))
/// print(document[layer: EntityLayer.self].entities.map(\.name))
/// ```
public struct Pipeline: Sendable {
    /// Cleans the raw text. The default is ``ArticleCleaner/init()``.
    public var cleaner = ArticleCleaner()
    /// Splits the text into sentences and tokens. The default is ``Segmenter/init()``.
    public var segmenter = Segmenter()
    /// Lemmas and tags; nil skips the stage. The default is nil.
    public var morphology: MorphologyTagger?
    /// Named entities; nil skips the stage. The default is nil.
    public var entities: EntityRecognizer?
    /// Dates, quotes and events. The default is ``FactExtractor/init()``.
    public var facts = FactExtractor()

    /// Makes the text-only pipeline.
    public init() {}

    /// The full pipeline: the VESUM dictionary (fetched into the cache on first use when
    /// `downloadDictionary`), the bundled tagger and NER models.
    ///
    /// - Throws: ``MorphError`` when the dictionary cannot be had; its message says what to run.
    public static func standard(downloadDictionary: Bool = true) throws -> Pipeline {
        var pipeline = Pipeline()
        let morphology = try MorphologyTagger(download: downloadDictionary)
        pipeline.morphology = morphology
        pipeline.entities = try EntityRecognizer()
        pipeline.facts.roles = RoleExtractor(analyzer: morphology.analyzer)
        return pipeline
    }

    /// The pipeline without the dictionary: entities from the model trained without
    /// morphology, names as written. For when the dictionary cannot be fetched.
    public static func withoutDictionary() throws -> Pipeline {
        var pipeline = Pipeline()
        pipeline.entities = try EntityRecognizer()
        return pipeline
    }

    /// Analyses one article.
    public func analyze(_ article: Article) -> Document {
        analyze(cleaned: cleaner.clean(article))
    }

    /// Runs every stage after cleaning on an already cleaned document, so that a caller can
    /// look at the cleaned text first (an ingest skips content it has stored by its hash).
    public func analyze(cleaned document: Document) -> Document {
        var document = document
        segmenter.segment(&document)
        morphology?.tag(&document)
        entities?.recognize(&document)
        facts.extract(&document)
        return document
    }
}
