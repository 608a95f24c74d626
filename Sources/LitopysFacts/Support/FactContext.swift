import LitopysMorph
import LitopysText

/// A per-document view that the fact rules read: lowercase words, lemmas and verb features
/// per token, paragraphs per sentence, and which entity each token belongs to.
///
/// Built once per document in O(tokens). Lemmas and verb features come from the
/// ``MorphologyLayer`` when the morphology stage ran, and from word endings otherwise.
struct FactContext {
    let document: Document
    /// Lowercase text of each token. Shape: `[tokenCount]`.
    let words: [String]
    /// Lemma of each token (the lowercase word when unknown). Shape: `[tokenCount]`.
    let lemmas: [String]
    /// Grammemes of each token, empty when unknown. Shape: `[tokenCount]`.
    let grammemes: [Set<String>]
    /// Paragraph index of each sentence. Shape: `[sentenceCount]`.
    let paragraphOfSentence: [Int]
    /// Index into ``entities`` of the entity a token belongs to, or -1. Shape: `[tokenCount]`.
    let entityOfToken: [Int]
    /// The entities.
    let entities: [FactEntity]
    /// Whether morphology was available.
    let hasMorphology: Bool

    init(document: Document, entities: [FactEntity]) {
        self.document = document
        self.entities = entities
        let count = document.tokenCount
        var words: [String] = []
        words.reserveCapacity(count)
        for i in 0..<count { words.append(document.tokenText(i).lowercased()) }
        self.words = words
        let morphology = document[layer: MorphologyLayer.self]
        hasMorphology = morphology.count == count && count > 0
        if hasMorphology {
            lemmas = (0..<count).map { morphology.lemma($0).lowercased() }
            grammemes = (0..<count).map { Set(morphology.grammemes($0)) }
        } else {
            lemmas = words
            grammemes = Array(repeating: [], count: count)
        }
        var paragraphs: [Int] = []
        var paragraph = 0
        var previousEnd = 0
        for s in 0..<document.sentenceCount {
            let sentence = document.sentence(s)
            if s > 0 && document.scalars[previousEnd..<max(previousEnd, sentence.start)].contains("\n") { paragraph += 1 }
            paragraphs.append(paragraph)
            previousEnd = sentence.end
        }
        paragraphOfSentence = paragraphs
        var owner = Array(repeating: -1, count: count)
        for (index, entity) in entities.enumerated() {
            for mention in entity.mentions where mention.lowerBound >= 0 && mention.upperBound <= count {
                for t in mention where owner[t] == -1 { owner[t] = index }
            }
        }
        entityOfToken = owner
    }

    var tokenCount: Int { words.count }

    /// The tokens of sentence `s`.
    func tokens(ofSentence s: Int) -> Range<Int> { document.sentence(s).tokens }

    /// Whether token `i` is a verb (by morphology, or by a verb ending when there is none).
    func isVerb(_ i: Int) -> Bool {
        if hasMorphology { return grammemes[i].contains("VERB") || grammemes[i].contains("INFN") || grammemes[i].contains("GRND") }
        let w = words[i]
        return w.hasSuffix("в") || w.hasSuffix("ла") || w.hasSuffix("ли") || w.hasSuffix("ло") || w.hasSuffix("ає")
            || w.hasSuffix("ить") || w.hasSuffix("ють") || w.hasSuffix("ться")
    }

    /// Feminine past-tense verb (`наголосила`): evidence of a woman speaker.
    func isFeminineVerb(_ i: Int) -> Bool {
        if hasMorphology && grammemes[i].contains("femn") && isVerb(i) { return true }
        return words[i].hasSuffix("ла") && isVerb(i)
    }

    /// Whether the sentence speaks of the future (`відбудеться`, `дасть`, `буде`).
    func isFuture(sentence s: Int) -> Bool {
        for t in tokens(ofSentence: s) {
            if grammemes[t].contains("futr") { return true }
            let w = words[t]
            if w == "буде" || w == "будуть" || w == "відбудеться" || w == "відбудуться" || w.hasSuffix("тиме") || w.hasSuffix("тимуть") { return true }
        }
        return false
    }

    /// Whether the sentence speaks of the present (`триває`, `очолює`).
    func isPresent(sentence s: Int) -> Bool {
        for t in tokens(ofSentence: s) {
            if grammemes[t].contains("pres") && isVerb(t) { return true }
            if words[t] == "триває" || words[t] == "тривають" { return true }
        }
        return false
    }

    /// The text of tokens `range`, as written.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return document.text(from: Int(document.tokenStarts[range.lowerBound]), to: Int(document.tokenEnds[range.upperBound - 1]))
    }

    /// Start offset of token `i`.
    func start(_ i: Int) -> Int { Int(document.tokenStarts[i]) }
    /// End offset of token `i`.
    func end(_ i: Int) -> Int { Int(document.tokenEnds[i]) }

    /// Whether lemma or word of token `i` is in `set`.
    func matches(_ i: Int, _ set: Set<String>) -> Bool { set.contains(lemmas[i]) || set.contains(words[i]) }

    /// The entity of token `i`, if any.
    func entity(at i: Int) -> FactEntity? {
        let index = entityOfToken[i]
        return index >= 0 ? entities[index] : nil
    }
}
