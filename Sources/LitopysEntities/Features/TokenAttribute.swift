/// One atomic property of a token that feature templates combine: its folded form, an
/// affix, its shape, a gazetteer tag, a morphological fact.
///
/// The raw values are part of the model's contract (templates are stored by attribute
/// name), so add new cases at the end.
enum TokenAttribute: String, CaseIterable, Sendable, Codable {
    /// The lower-cased word.
    case lower
    /// The word with its inflectional ending cut off (see ``Stemmer``).
    case stem
    /// Character classes with runs collapsed: `Xx`, `X`, `d`, `Xx-Xx`, `d,d`.
    case shape
    /// Coarse capitalisation and script: lower, title, upper, digit, punct, mixed; Latin or Cyrillic.
    case capitalisation
    /// Length bucket: 1, 2, 3, 4–5, 6–8, 9+.
    case length
    /// The last one, two, three and four letters.
    case suffix1, suffix2, suffix3, suffix4
    /// The first two and three letters.
    case prefix2, prefix3
    /// The gazetteer tag of the token: `B-LOC`, `I-ORG`, … or none.
    case gazetteer
    /// Whether the token is inside quotation marks, and whether it opens them.
    case quoted
    /// Whether the token starts its sentence.
    case position
    /// The lemma from morphology.
    case lemma
    /// The part of speech from morphology.
    case pos
    /// The grammatical case from morphology.
    case grammaticalCase
    /// The proper-name kind from morphology: first name, surname, patronymic, geographic;
    /// and whether the word names a living being (`лікар`, not `стіл`).
    case nameKind
    /// The entity type the first stage gave the other occurrences of the token's stem in
    /// the document (stacked models only; see ``DocumentHints``).
    case documentHint
    /// The word's fine class from ``WordClusters`` (words used alike share one).
    case cluster
    /// The word's coarse class from ``WordClusters``.
    case coarseCluster
    /// The fine class of the word's lemma from the lemma classes (forms of one word share it).
    case lemmaCluster
    /// The coarse class of the word's lemma.
    case lemmaCoarseCluster

    /// Position of the attribute in a token's atom row (declaration order).
    var column: Int {
        TokenAttribute.allCases.firstIndex(of: self) ?? 0
    }

    /// The number of attributes: the width of an atom row.
    static let count = TokenAttribute.allCases.count
}
