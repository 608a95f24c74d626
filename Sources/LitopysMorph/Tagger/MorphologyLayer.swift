import LitopysText

/// Per-token morphology of a ``Document``, set by ``MorphologyTagger``.
///
/// Shapes: ``lemmaIDs`` and ``tagIDs`` are `[tokenCount]`, parallel to the document's token
/// arrays. Lemmas are interned once per document in ``lemmaTable``; tags index the
/// dictionary's tag table ``tagNames`` (shared by every document, not copied).
///
/// ```swift
/// let morphology = document[layer: MorphologyLayer.self]
/// morphology.lemma(3)          // "рада"
/// morphology.partOfSpeech(3)   // "NOUN"
/// morphology.tag(3)            // "NOUN,inan femn,gent"
/// ```
public struct MorphologyLayer: DocumentLayer {
    /// Lemma of each token, as an index into ``lemmaTable``. Shape: `[tokenCount]`.
    public internal(set) var lemmaIDs = ContiguousArray<Int32>()
    /// The distinct lemmas of the document. Shape: `[distinct lemmas]`.
    public internal(set) var lemmaTable: [String] = []
    /// Tag of each token, as an index into ``tagNames``. Shape: `[tokenCount]`.
    public internal(set) var tagIDs = ContiguousArray<Int32>()
    /// Tag strings by id (the dictionary's gramtab, then `NUMB`, `LATN`, `PNCT`, `SYMB`, `UNKN`).
    public internal(set) var tagNames: [String] = []
    /// Part of speech by tag id. Shape: `[tagNames.count]`.
    public internal(set) var partOfSpeechNames: [String] = []

    /// An empty layer.
    public init() {}

    /// Whether the layer has been filled for `tokenCount` tokens.
    public var count: Int { lemmaIDs.count }

    /// The lemma of token `index`: lowercased, except names, abbreviations and nouns written
    /// with a capital inside a sentence (`Москва`, `НАТО`, `Столтенберг`).
    public func lemma(_ index: Int) -> String { lemmaTable[Int(lemmaIDs[index])] }
    /// The tag of token `index`, e.g. `NOUN,inan femn,gent`.
    public func tag(_ index: Int) -> String { tagNames[Int(tagIDs[index])] }
    /// The part of speech of token `index`: `NOUN`, `ADJF`, `VERB`, …, or a shape tag.
    public func partOfSpeech(_ index: Int) -> String { partOfSpeechNames[Int(tagIDs[index])] }
    /// The grammemes of token `index`'s tag, e.g. `["NOUN", "inan", "femn", "gent"]`.
    public func grammemes(_ index: Int) -> [String] {
        tag(index).split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
    }
}
