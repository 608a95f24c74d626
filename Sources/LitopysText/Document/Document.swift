/// One article as it moves through the pipeline: cleaned text plus flat, parallel arrays
/// of annotations that each stage adds.
///
/// `Document` is struct-of-arrays, like spaCy's `Doc`: tokens and sentences are integer
/// code-point offsets into ``scalars`` stored in parallel `ContiguousArray`s, and
/// ``Token`` and ``Sentence`` are lightweight views by index. Stages in later modules attach
/// their own annotation arrays as ``DocumentLayer`` values (see ``subscript(layer:)``), so a
/// stage never needs to know about the stages after it.
///
/// Offsets are Unicode code-point offsets into ``text`` — what Python's `str` indexes and
/// what the JSON output contract uses — never `String.Index`.
///
/// ```swift
/// var document = ArticleCleaner().clean(Article(text: raw, hasHeadline: true))
/// Segmenter().segment(&document)
/// for token in document.tokens { print(token.text) }
/// ```
public struct Document: Sendable {
    /// The headline, if the input had one.
    public var title: String?
    /// Where the article says it comes from ("твітер Єнса Столтенберга"), if it says.
    public var attribution: String?
    /// Publication date as ISO 8601 (`2022-01-12`), used to resolve relative dates.
    public var published: String?
    /// The cleaned body text.
    public let text: String
    /// ``text`` as code points; every offset in the document indexes this array.
    public let scalars: ContiguousArray<Unicode.Scalar>
    /// Subheadings found in the body, in text order.
    public var sections: [Section]
    /// Pieces of the input that are not body text (inserts, credits), in input order.
    public var removed: [RemovedPiece]

    /// Start offset of each token. Shape: `[tokenCount]`, ascending.
    public internal(set) var tokenStarts: ContiguousArray<Int32> = []
    /// End offset (exclusive) of each token. Shape: `[tokenCount]`.
    public internal(set) var tokenEnds: ContiguousArray<Int32> = []
    /// What kind of token each one is. Shape: `[tokenCount]`.
    public internal(set) var tokenKinds: ContiguousArray<TokenKind> = []
    /// Index of the first token of each sentence. Shape: `[sentenceCount + 1]`; the last
    /// element is `tokenCount`, so sentence `i` owns tokens `sentenceBounds[i] ..< sentenceBounds[i+1]`.
    public internal(set) var sentenceBounds: ContiguousArray<Int32> = [0]

    private var layers: [ObjectIdentifier: any DocumentLayer] = [:]

    /// Makes a document over already-cleaned text.
    public init(
        text: String, title: String? = nil, attribution: String? = nil, published: String? = nil,
        sections: [Section] = [], removed: [RemovedPiece] = []
    ) {
        self.text = text
        self.scalars = ContiguousArray(text.unicodeScalars)
        self.title = title
        self.attribution = attribution
        self.published = published
        self.sections = sections
        self.removed = removed
    }

    /// Makes a document over already-cleaned text given as code points.
    public init(
        scalars: ContiguousArray<Unicode.Scalar>, title: String? = nil, attribution: String? = nil,
        published: String? = nil, sections: [Section] = [], removed: [RemovedPiece] = []
    ) {
        self.text = String(scalars: scalars)
        self.scalars = scalars
        self.title = title
        self.attribution = attribution
        self.published = published
        self.sections = sections
        self.removed = removed
    }

    /// The number of tokens.
    public var tokenCount: Int { tokenStarts.count }
    /// The number of sentences.
    public var sentenceCount: Int { sentenceBounds.count - 1 }

    /// The text between two code-point offsets.
    ///
    /// - Complexity: O(`end - start`).
    public func text(from start: Int, to end: Int) -> String {
        String(scalars: scalars[start..<end])
    }

    /// Replaces the segmentation; used by ``Segmenter``.
    mutating func setSegmentation(
        starts: ContiguousArray<Int32>, ends: ContiguousArray<Int32>, kinds: ContiguousArray<TokenKind>,
        sentenceBounds: ContiguousArray<Int32>
    ) {
        tokenStarts = starts
        tokenEnds = ends
        tokenKinds = kinds
        self.sentenceBounds = sentenceBounds
    }

    /// The annotation layer of type `L`, created empty on first access.
    ///
    /// Later stages keep their per-token arrays in layers, so `Document` stays one value:
    /// `document[layer: MorphologyLayer.self].lemmas`.
    public subscript<L: DocumentLayer>(layer type: L.Type) -> L {
        get { (layers[ObjectIdentifier(type)] as? L) ?? L() }
        _modify {
            // Taking the value out keeps it uniquely referenced, so mutation does not copy.
            var value = (layers.removeValue(forKey: ObjectIdentifier(type)) as? L) ?? L()
            defer { layers[ObjectIdentifier(type)] = value }
            yield &value
        }
        set { layers[ObjectIdentifier(type)] = newValue }
    }

    /// Whether a stage has stored a layer of type `L`.
    public func hasLayer<L: DocumentLayer>(_ type: L.Type) -> Bool {
        layers[ObjectIdentifier(type)] != nil
    }
}

/// Annotations a later stage attaches to a ``Document`` (lemmas, entity spans, facts).
public protocol DocumentLayer: Sendable {
    /// An empty layer.
    init()
}

/// A subheading inside the article body.
public struct Section: Sendable, Hashable, Codable {
    /// The heading as written.
    public var heading: String
    /// Offset of the heading in the cleaned text; the section runs to the next heading.
    public var start: Int

    /// Makes a section.
    public init(heading: String, start: Int) {
        self.heading = heading
        self.start = start
    }
}

/// A piece of the input that is not body text, kept so that nothing is lost silently.
public struct RemovedPiece: Sendable, Hashable, Codable {
    /// What the piece is: `read-also`, `see-also`, `related`, `partners`, `subscribe`,
    /// `advertisement`, `attribution`, `credit`.
    public var kind: String
    /// The piece as it stood in the input (after character normalisation).
    public var text: String

    /// Makes a removed piece.
    public init(kind: String, text: String) {
        self.kind = kind
        self.text = text
    }
}
